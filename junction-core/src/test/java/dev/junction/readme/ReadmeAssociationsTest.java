package dev.junction.readme;

import static dev.junction.association.Associations.as;
import static dev.junction.association.Associations.through;
import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Models;
import dev.junction.Row;
import dev.junction.association.BelongsTo;
import dev.junction.association.BelongsToMany;
import dev.junction.association.Link;
import dev.junction.association.With;
import dev.junction.query.Loaded;
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

    record Beach(Long id, String name) { }

    record Sandcastle(Long id, String name) { }

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

    @DialectTest
    void addReturnsTheJoinRowsItWrote(TestTarget target) {
        Junction db = target.open();
        Model<User> users = db.define(User.class);
        Model<Show> shows = db.define(Show.class);
        db.define("UserFavorites", m -> m.attribute("rating", DataType.integer()));
        BelongsToMany<User, Show> favorites = users.belongsToMany(shows, as("Favorites").through("UserFavorites"));
        db.sync();
        User alice = users.create(new User(null, "alice"));
        Show dune = shows.create(new Show(null, "Dune"));
        Show solaris = shows.create(new Show(null, "Solaris"));

        List<Row> written = favorites.add(alice, List.of(dune, solaris), Map.of("rating", 4));
        assertThat(written).extracting(r -> r.getLong("ShowId")).containsExactlyInAnyOrder(dune.id(), solaris.id());
        assertThat(written).allSatisfy(r -> assertThat(r.getInteger("rating")).isEqualTo(4));
        assertThat(favorites.add(alice, List.of(dune, solaris), Map.of("rating", 4))).isEmpty();
        favorites.set(alice, null);
        assertThat(favorites.get(alice)).isEmpty();
    }

    @DialectTest
    void createWithAssociatedRows(TestTarget target) {
        Junction db = target.open();
        Model<User> users = db.define(User.class);
        Model<Show> shows = db.define(Show.class);
        Model<Beach> beaches = db.define(Beach.class);
        Model<Sandcastle> castles = db.define(Sandcastle.class);
        db.define("UserFavorites", m -> m.attribute("rating", DataType.integer()));
        BelongsToMany<User, Show> favorites = users.belongsToMany(shows, as("Favorites").through("UserFavorites"));
        BelongsTo<Sandcastle, Beach> beach = castles.belongsTo(beaches);
        db.sync();

        Loaded<User> carol = users.create(new User(null, "carol"),
                With.of(favorites, Link.of(new Show(null, "Dune"), Map.of("rating", 5)), new Show(null, "Arrival")));
        assertThat(carol.get(favorites)).extracting(Show::title).containsExactly("Dune", "Arrival");
        assertThat(carol.linked(favorites)).extracting(l -> l.through().getInteger("rating")).containsExactly(5, null);
        Loaded<Sandcastle> keep = castles.create(new Sandcastle(null, "Keep"),
                With.of(beach, new Beach(null, "Bondi")));
        assertThat(beach.get(keep.get())).map(Beach::name).contains("Bondi");
    }
}
