package dev.junction.readme;

import static dev.junction.association.Associations.as;
import static dev.junction.association.Associations.through;
import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Models;
import dev.junction.Row;
import dev.junction.association.BelongsToMany;
import dev.junction.schema.DataType;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.util.List;
import java.util.Map;

/** The README's "Associations" examples, as written there, on every database. */
class ReadmeAssociationsTest {
    record User(Long id, String username) {
        static void associate(Models models) {
            models.model(User.class).belongsToMany(models.model(Show.class), as("Favorites").through("UserFavorites"));
        }
    }

    record Show(Long id, String title) { }

    @DialectTest
    void theLessonsExampleInJava(TestTarget target) {
        Junction db = target.open();
        Model<User> users = db.define(User.class);
        Model<Show> shows = db.define(Show.class);
        BelongsToMany<User, Show> favorites = users.belongsToMany(shows, as("Favorites").through("UserFavorites"));
        BelongsToMany<Show, User> fans = shows.belongsToMany(users, through("UserFavorites"));
        db.sync();
        User alice = users.create(new User(null, "alice"));
        User bob = users.create(new User(null, "bob"));
        Show dune = shows.create(new Show(null, "Dune"));
        Show arrival = shows.create(new Show(null, "Arrival"));

        favorites.add(alice, dune, arrival);
        favorites.add(alice, dune, arrival);
        assertThat(favorites.get(alice)).containsExactlyInAnyOrder(dune, arrival);
        assertThat(fans.get(dune)).containsExactly(alice);
        favorites.set(alice, List.of(arrival));
        assertThat(favorites.get(alice)).containsExactly(arrival);
        Show solaris = favorites.create(alice, new Show(null, "Solaris"));
        assertThat(favorites.get(alice)).containsExactlyInAnyOrder(arrival, solaris);

        db.model("UserFavorites").bulkCreate(List.of(Row.of("UserId", bob.id(), "ShowId", dune.id())));
        assertThat(favorites.get(bob)).containsExactly(dune);
        var table = db.describe().table("UserFavorites").orElseThrow();
        assertThat(table.primaryKey()).containsExactly("UserId", "ShowId");
        assertThat(table.column("createdAt")).isPresent();
    }

    @DialectTest
    void extraColumnsOnTheLink(TestTarget target) {
        Junction db = target.open();
        Model<User> users = db.define(User.class);
        Model<Show> shows = db.define(Show.class);
        db.define("UserFavorites", m -> m.attribute("rating", DataType.integer()));
        BelongsToMany<User, Show> favorites = users.belongsToMany(shows, as("Favorites").through("UserFavorites"));
        db.sync();
        User alice = users.create(new User(null, "alice"));
        Show dune = shows.create(new Show(null, "Dune"));
        favorites.add(alice, List.of(dune), Map.of("rating", 5));
        assertThat(favorites.getLinked(alice).get(0).through().getInteger("rating")).isEqualTo(5);
    }

    @DialectTest
    void associationsLiveWithTheirModels(TestTarget target) {
        Junction db = target.open();
        db.defineAll(User.class, Show.class);
        db.sync();
        assertThat(db.model(User.class).association("Favorites").target().name()).isEqualTo("Show");
        assertThat(db.describe().table("UserFavorites")).isPresent();
    }
}
