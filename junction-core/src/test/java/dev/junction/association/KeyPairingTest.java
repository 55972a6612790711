package dev.junction.association;

import static dev.junction.association.Associations.as;
import static dev.junction.association.Associations.through;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.DefinitionException;
import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.association.Lesson.Show;
import dev.junction.association.Lesson.User;
import dev.junction.schema.DatabaseSchema;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.util.List;

/** How the two sides of one join model agree on its key columns. */
class KeyPairingTest {

    private static DatabaseSchema.Table userFavorites(Junction db) {
        return db.describe().table("UserFavorites").orElseThrow();
    }

    @DialectTest
    void defaultKeysAreNamedAfterEachModelAndItsKey(TestTarget target) {
        Lesson lesson = Lesson.on(target.open());

        assertThat(lesson.favorites.foreignKey()).isEqualTo("UserId");
        assertThat(lesson.favorites.otherKey()).isEqualTo("ShowId");
        assertThat(lesson.fans.foreignKey()).isEqualTo("ShowId");
        assertThat(lesson.fans.otherKey()).isEqualTo("UserId");
        assertThat(userFavorites(lesson.db).columns()).extracting(DatabaseSchema.Column::name)
                .containsExactlyInAnyOrder("UserId", "ShowId", "createdAt", "updatedAt");
    }

    @DialectTest
    void aliasDoesNotRenameTheKeys(TestTarget target) {
        Junction db = target.open();
        Model<User> users = db.define(User.class);
        Model<Show> shows = db.define(Show.class);

        BelongsToMany<User, Show> watched = users.belongsToMany(shows, as("Watched").through("Viewings"));

        assertThat(watched.foreignKey()).isEqualTo("UserId");
        assertThat(watched.otherKey()).isEqualTo("ShowId");
    }

    @DialectTest
    void foreignKeyOfALaterSideBecomesTheOtherKeyOfTheFirst(TestTarget target) {
        Junction db = target.open();
        Model<User> users = db.define(User.class);
        Model<Show> shows = db.define(Show.class);
        BelongsToMany<User, Show> favorites = users.belongsToMany(shows, as("Favorites").through("UserFavorites"));

        shows.belongsToMany(users, through("UserFavorites").foreignKey("show_id"));
        db.sync();

        assertThat(favorites.otherKey()).isEqualTo("show_id");
        assertThat(userFavorites(db).primaryKey()).containsExactly("UserId", "show_id");
        assertThat(userFavorites(db).column("ShowId")).isEmpty();
    }

    @DialectTest
    void foreignKeyOfAnEarlierSideBecomesTheOtherKeyOfTheSecond(TestTarget target) {
        Junction db = target.open();
        Model<User> users = db.define(User.class);
        Model<Show> shows = db.define(Show.class);
        shows.belongsToMany(users, through("UserFavorites").foreignKey("show_id"));

        BelongsToMany<User, Show> favorites = users.belongsToMany(shows, as("Favorites").through("UserFavorites"));
        db.sync();

        assertThat(favorites.otherKey()).isEqualTo("show_id");
        assertThat(userFavorites(db).primaryKey()).containsExactlyInAnyOrder("UserId", "show_id");
        assertThat(userFavorites(db).column("ShowId")).isEmpty();
    }

    @DialectTest
    void linksWrittenFromOneSideAreReadFromTheOtherWithPairedKeys(TestTarget target) {
        Junction db = target.open();
        Model<User> users = db.define(User.class);
        Model<Show> shows = db.define(Show.class);
        BelongsToMany<User, Show> favorites = users.belongsToMany(shows, as("Favorites").through("UserFavorites"));
        BelongsToMany<Show, User> fans = shows.belongsToMany(users, through("UserFavorites").foreignKey("show_id"));
        db.sync();
        User alice = users.create(new User("alice"));
        User bob = users.create(new User("bob"));
        Show dune = shows.create(new Show("Dune"));
        Show arrival = shows.create(new Show("Arrival"));

        favorites.add(alice, dune);
        fans.add(arrival, bob);

        assertThat(fans.get(dune)).containsExactly(alice);
        assertThat(favorites.get(bob)).containsExactly(arrival);
        assertThat(fans.has(arrival, bob)).isTrue();
        assertThat(favorites.count(alice)).isEqualTo(1);
    }

    @DialectTest
    void underscoredModelsGiveSnakeCaseKeyColumns(TestTarget target) {
        Junction db = target.open();
        Model<User> users = db.define(User.class, m -> m.underscored(true));
        Model<Show> shows = db.define(Show.class, m -> m.underscored(true));
        BelongsToMany<User, Show> favorites = users.belongsToMany(shows, as("Favorites").through("UserFavorites"));
        shows.belongsToMany(users, through("UserFavorites"));
        db.sync();
        User alice = users.create(new User("alice"));
        Show dune = shows.create(new Show("Dune"));

        favorites.add(alice, dune);

        DatabaseSchema.Table links = userFavorites(db);
        assertThat(links.primaryKey()).containsExactly("user_id", "show_id");
        assertThat(links.foreignKey(List.of("user_id")).orElseThrow().referencedTable())
                .as("an underscored model's table, as Sequelize names it").isEqualTo("users");
        assertThat(favorites.get(alice)).containsExactly(dune);
    }

    @DialectTest
    void contradictingExplicitKeysAreRefusedNamingBothDeclarations(TestTarget target) {
        Junction db = target.open();
        Model<User> users = db.define(User.class);
        Model<Show> shows = db.define(Show.class);
        users.belongsToMany(shows, as("Favorites").through("UserFavorites").otherKey("show_id"));

        assertThatThrownBy(() -> shows.belongsToMany(users, as("Fans").through("UserFavorites")
                .foreignKey("ShowKey")))
                .isInstanceOf(DefinitionException.class)
                .hasMessageContaining("UserFavorites")
                .hasMessageContaining("User.belongsToMany(Show, as 'Favorites')")
                .hasMessageContaining("Show.belongsToMany(User, as 'Fans')")
                .hasMessageContaining("show_id")
                .hasMessageContaining("ShowKey");
    }

    @DialectTest
    void timestampChoicesThatDisagreeAreRefused(TestTarget target) {
        Junction db = target.open();
        Model<User> users = db.define(User.class);
        Model<Show> shows = db.define(Show.class);
        users.belongsToMany(shows, as("Favorites").through(Through.of("UserFavorites").timestamps(true)));

        assertThatThrownBy(() -> shows.belongsToMany(users, as("Fans")
                .through(Through.of("UserFavorites").timestamps(false))))
                .isInstanceOf(DefinitionException.class)
                .hasMessageContaining("UserFavorites")
                .hasMessageContaining("User.belongsToMany(Show, as 'Favorites')")
                .hasMessageContaining("Show.belongsToMany(User, as 'Fans')")
                .hasMessageContaining("timestamps");
    }

    @DialectTest
    void uniqueFlagsThatDisagreeAreRefused(TestTarget target) {
        Junction db = target.open();
        Model<User> users = db.define(User.class);
        Model<Show> shows = db.define(Show.class);
        users.belongsToMany(shows, as("Favorites").through("UserFavorites"));

        assertThatThrownBy(() -> shows.belongsToMany(users, as("Fans")
                .through(Through.of("UserFavorites").unique(false))))
                .isInstanceOf(DefinitionException.class)
                .hasMessageContaining("UserFavorites")
                .hasMessageContaining("User.belongsToMany(Show, as 'Favorites')")
                .hasMessageContaining("Show.belongsToMany(User, as 'Fans')")
                .hasMessageContaining("unique");
    }
}
