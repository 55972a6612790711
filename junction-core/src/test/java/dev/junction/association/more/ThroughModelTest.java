package dev.junction.association.more;

import static dev.junction.association.Associations.as;
import static dev.junction.association.Associations.through;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.DefinitionException;
import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Row;
import dev.junction.association.BelongsToMany;
import dev.junction.association.Link;
import dev.junction.association.Linked;
import dev.junction.schema.DataType;
import dev.junction.schema.DatabaseSchema;
import dev.junction.testing.DialectTest;
import dev.junction.testing.ClusterStatements;
import dev.junction.testing.TestTarget;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Join models given as a class (defined by the association, or before it with a key of its own) or as a model. */
class ThroughModelTest {
    record User(Long id, String username) { }

    record Show(Long id, String title) { }

    /** A join model class without a key: the pair becomes its primary key. */
    record UserFavorite(Long UserId, Long ShowId, Integer rating) { }

    /** A join model class with a key of its own: the pair becomes a unique constraint. */
    record Review(Long id, Long UserId, Long ShowId, Integer stars) { }

    /** A join model class whose key property contradicts the key it refers to (User.id is a Long). */
    record Mismatched(Integer UserId, Long ShowId) { }

    @DialectTest
    void aClassDefinedByTheAssociationGetsACompositePrimaryKey(TestTarget target) {
        Junction db = target.open();
        Model<User> users = db.define(User.class);
        Model<Show> shows = db.define(Show.class);
        users.belongsToMany(shows, as("Favorites").through(UserFavorite.class));
        shows.belongsToMany(users, through(UserFavorite.class));
        db.sync();

        DatabaseSchema.Table table = db.describe().table("UserFavorites").orElseThrow();
        assertThat(table.primaryKey()).containsExactly("UserId", "ShowId");
        assertThat(table.column("rating").orElseThrow().nullable()).isTrue();
        assertThat(table.foreignKey(List.of("UserId")).orElseThrow().referencedTable()).isEqualTo("Users");
        assertThat(table.foreignKey(List.of("ShowId")).orElseThrow().referencedTable()).isEqualTo("Shows");
    }

    @DialectTest
    void theRatingIsReadableThroughTheModelAndGetLinked(TestTarget target) {
        Junction db = target.open();
        Model<User> users = db.define(User.class);
        Model<Show> shows = db.define(Show.class);
        BelongsToMany<User, Show> favorites = users.belongsToMany(shows, as("Favorites").through(UserFavorite.class));
        BelongsToMany<Show, User> fans = shows.belongsToMany(users, through(UserFavorite.class));
        db.sync();
        User alice = users.create(new User(null, "alice"));
        Show dune = shows.create(new Show(null, "Dune"));
        Show arrival = shows.create(new Show(null, "Arrival"));

        favorites.add(alice, Link.of(dune, Map.of("rating", 5)), Link.of(arrival, Map.of("rating", 3)));

        assertThat(db.model(UserFavorite.class).findAll())
                .containsExactlyInAnyOrder(new UserFavorite(alice.id(), dune.id(), 5),
                        new UserFavorite(alice.id(), arrival.id(), 3));
        assertThat(db.model("UserFavorite").findAll()).extracting(r -> r.getInteger("rating"))
                .containsExactlyInAnyOrder(5, 3);
        assertThat(db.model("UserFavorites").count()).as("by table name too").isEqualTo(2);
        List<Linked<User>> linked = fans.getLinked(dune);
        assertThat(linked).extracting(Linked::target).containsExactly(alice);
        assertThat(linked.get(0).through().getInteger("rating")).isEqualTo(5);
    }

    @DialectTest
    void aClassWithItsOwnIdGetsAUniquePairInstead(TestTarget target) {
        Junction db = target.open();
        Model<User> users = db.define(User.class);
        Model<Show> shows = db.define(Show.class);
        db.define(Review.class);
        users.belongsToMany(shows, as("Reviewed").through(Review.class));
        shows.belongsToMany(users, as("Reviewers").through(Review.class));
        db.sync();

        DatabaseSchema.Table table = db.describe().table("Reviews").orElseThrow();
        assertThat(table.primaryKey()).containsExactly("id");
        assertThat(table.column("id").orElseThrow().autoIncrement()).isTrue();
        assertThat(table.uniqueConstraints()).extracting(DatabaseSchema.Unique::columns)
                .containsExactly(List.of("UserId", "ShowId"));
    }

    @DialectTest
    void aUniquePairIsLinkedOnceAndItsValuesUpdated(TestTarget target) {
        Junction db = target.open();
        Model<User> users = db.define(User.class);
        Model<Show> shows = db.define(Show.class);
        Model<Review> reviews = db.define(Review.class);
        BelongsToMany<User, Show> reviewed = users.belongsToMany(shows, as("Reviewed").through(reviews));
        db.sync();
        User alice = users.create(new User(null, "alice"));
        Show dune = shows.create(new Show(null, "Dune"));

        reviewed.add(alice, Link.of(dune, Map.of("stars", 2)));
        Long id = reviews.findAll().get(0).id();
        reviewed.add(alice, Link.of(dune, Map.of("stars", 4)));

        assertThat(reviews.findAll()).containsExactly(new Review(id, alice.id(), dune.id(), 4));
        assertThat(reviewed.count(alice)).isEqualTo(1);
    }

    @DialectTest
    void aKeyPropertyContradictingTheReferencedKeyIsRefused(TestTarget target) {
        Junction db = target.open();
        Model<User> users = db.define(User.class);
        Model<Show> shows = db.define(Show.class);

        assertThatThrownBy(() -> users.belongsToMany(shows, as("Favorites").through(Mismatched.class)))
                .isInstanceOf(DefinitionException.class)
                .hasMessageContaining("Mismatched")
                .hasMessageContaining("UserId")
                .hasMessageContaining("Integer")
                .hasMessageContaining("Long");
    }

    @DialectTest
    void aContradictedThroughClassLeavesNoModelBehind(TestTarget target) {
        Junction db = target.open();
        Model<User> users = db.define(User.class);
        Model<Show> shows = db.define(Show.class);
        try {
            users.belongsToMany(shows, as("Favorites").through(Mismatched.class));
        } catch (DefinitionException expected) {
            // the refusal itself is tested above
        }

        db.sync();

        assertThat(ClusterStatements.withoutBookkeeping(db.describe().tables())).extracting(DatabaseSchema.Table::name)
                .containsExactlyInAnyOrder("Users", "Shows");
        assertThat(users.associations()).isEmpty();
    }

    @DialectTest
    void aModelDefinedByNameCanBeTheThroughModel(TestTarget target) {
        Junction db = target.open();
        Model<User> users = db.define(User.class);
        Model<Show> shows = db.define(Show.class);
        Model<Row> likes = db.define("Like", m -> m.attribute("since", DataType.date()));
        BelongsToMany<User, Show> liked = users.belongsToMany(shows, as("Liked").through(db.model("Like")));
        BelongsToMany<Show, User> likers = shows.belongsToMany(users, as("Likers").through(likes));
        db.sync();
        User alice = users.create(new User(null, "alice"));
        Show dune = shows.create(new Show(null, "Dune"));
        LocalDate since = LocalDate.of(2021, 10, 22);

        liked.add(alice, List.of(dune), Map.of("since", since));

        assertThat(db.describe().table("Likes").orElseThrow().primaryKey()).containsExactly("UserId", "ShowId");
        assertThat(likers.getLinked(dune)).singleElement()
                .satisfies(l -> assertThat(l.through().get("since", LocalDate.class)).isEqualTo(since));
        assertThat(db.model("Like").findAll()).singleElement()
                .satisfies(r -> assertThat(r.getLong("UserId")).isEqualTo(alice.id()));
    }

    @DialectTest
    void aModelOfAnotherJunctionIsRefusedAsThroughModel(TestTarget target) {
        Junction db = target.open();
        Model<User> users = db.define(User.class);
        Model<Show> shows = db.define(Show.class);
        Junction other = Junction.open("jdbc:h2:mem:");
        try {
            Model<Row> foreign = other.define("Like", m -> m.timestamps(false));

            assertThatThrownBy(() -> users.belongsToMany(shows, as("Liked").through(foreign)))
                    .isInstanceOf(DefinitionException.class)
                    .hasMessageContaining("User")
                    .hasMessageContaining("Like")
                    .hasMessageContaining("same Junction");
        } finally {
            other.close();
        }
    }
}
