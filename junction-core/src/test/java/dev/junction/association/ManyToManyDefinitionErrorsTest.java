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
import dev.junction.testing.ClusterStatements;
import dev.junction.testing.TestTarget;
import java.util.List;

/** Misdeclared many-to-many associations fail when declared, naming the models, the alias and the option. */
class ManyToManyDefinitionErrorsTest {

    @DialectTest
    void missingThroughIsRefused(TestTarget target) {
        Junction db = target.open();
        Model<User> users = db.define(User.class);
        Model<Show> shows = db.define(Show.class);

        assertThatThrownBy(() -> users.belongsToMany(shows, as("Favorites")))
                .isInstanceOf(DefinitionException.class)
                .hasMessageContaining("User.belongsToMany(Show, as 'Favorites')")
                .hasMessageContaining("'through' is required");
    }

    @DialectTest
    void selfAssociationWithoutAliasIsRefused(TestTarget target) {
        Junction db = target.open();
        Model<User> users = db.define(User.class);

        assertThatThrownBy(() -> users.belongsToMany(users, through("Follows")))
                .isInstanceOf(DefinitionException.class)
                .hasMessageContaining("User.belongsToMany(User)")
                .hasMessageContaining("Follows")
                .hasMessageContaining("needs 'as'");
    }

    @DialectTest
    void twoSelfAssociationsOnOneJoinModelWithoutKeysAreRefused(TestTarget target) {
        Junction db = target.open();
        Model<User> users = db.define(User.class);
        users.belongsToMany(users, as("Followers").through("Follows"));

        assertThatThrownBy(() -> users.belongsToMany(users, as("Following").through("Follows")))
                .isInstanceOf(DefinitionException.class)
                .hasMessageContaining("Follows")
                .hasMessageContaining("User.belongsToMany(User, as 'Followers')")
                .hasMessageContaining("User.belongsToMany(User, as 'Following')")
                .hasMessageContaining("foreignKey")
                .hasMessageContaining("otherKey");
    }

    @DialectTest
    void aliasUsedTwiceOnOneModelIsRefused(TestTarget target) {
        Junction db = target.open();
        Model<User> users = db.define(User.class);
        Model<Show> shows = db.define(Show.class);
        users.belongsToMany(shows, as("Favorites").through("UserFavorites"));

        assertThatThrownBy(() -> users.belongsToMany(shows, as("Favorites").through("Watchlist")))
                .isInstanceOf(DefinitionException.class)
                .hasMessageContaining("User")
                .hasMessageContaining("'Favorites'")
                .hasMessageContaining("as(");
    }

    @DialectTest
    void defaultAliasUsedTwiceIsRefused(TestTarget target) {
        Junction db = target.open();
        Model<User> users = db.define(User.class);
        Model<Show> shows = db.define(Show.class);
        users.belongsToMany(shows, through("UserFavorites"));

        assertThatThrownBy(() -> users.belongsToMany(shows, through("Watchlist")))
                .isInstanceOf(DefinitionException.class)
                .hasMessageContaining("User")
                .hasMessageContaining("'Shows'")
                .hasMessageContaining("as(");
    }

    @DialectTest
    void aliasCollidingWithAnAttributeIsRefused(TestTarget target) {
        Junction db = target.open();
        Model<User> users = db.define(User.class);
        Model<Show> shows = db.define(Show.class);

        assertThatThrownBy(() -> users.belongsToMany(shows, as("username").through("UserFavorites")))
                .isInstanceOf(DefinitionException.class)
                .hasMessageContaining("User")
                .hasMessageContaining("'username'")
                .hasMessageContaining("attribute");
    }

    @DialectTest
    void aFailedDeclarationLeavesTheModelsAsTheyWere(TestTarget target) {
        Junction db = target.open();
        Model<User> users = db.define(User.class);
        Model<Show> shows = db.define(Show.class);
        BelongsToMany<User, Show> favorites = users.belongsToMany(shows, as("Favorites").through("UserFavorites")
                .otherKey("show_id"));
        var before = db.model("UserFavorites").definition();

        assertThatThrownBy(() -> shows.belongsToMany(users, as("Fans").through("UserFavorites")
                .foreignKey("ShowKey"))).isInstanceOf(DefinitionException.class);
        assertThatThrownBy(() -> users.belongsToMany(shows, as("username").through("Watchlist")))
                .isInstanceOf(DefinitionException.class);
        db.sync();

        assertThat(users.associations()).containsExactly(favorites);
        assertThat(shows.associations()).isEmpty();
        assertThat(db.model("UserFavorites").definition()).isEqualTo(before);
        assertThat(ClusterStatements.withoutBookkeeping(db.describe().tables())).extracting(DatabaseSchema.Table::name)
                .containsExactlyInAnyOrder("Users", "Shows", "UserFavorites");
        User alice = users.create(new User("alice"));
        Show dune = shows.create(new Show("Dune"));
        favorites.add(alice, dune);
        assertThat(favorites.get(alice)).containsExactly(dune);
    }

    @DialectTest
    void aFailedDeclarationCanBeCorrectedUnderTheSameAlias(TestTarget target) {
        Junction db = target.open();
        Model<User> users = db.define(User.class);
        Model<Show> shows = db.define(Show.class);
        users.belongsToMany(shows, as("Favorites").through("UserFavorites").otherKey("show_id"));
        assertThatThrownBy(() -> shows.belongsToMany(users, as("Fans").through("UserFavorites")
                .foreignKey("ShowKey"))).isInstanceOf(DefinitionException.class);

        BelongsToMany<Show, User> fans = shows.belongsToMany(users, as("Fans").through("UserFavorites"));
        db.sync();

        assertThat(fans.foreignKey()).isEqualTo("show_id");
        assertThat(db.describe().table("UserFavorites").orElseThrow().primaryKey())
                .containsExactlyInAnyOrderElementsOf(List.of("UserId", "show_id"));
    }
}
