package dev.junction.association;

import static dev.junction.association.Associations.as;
import static dev.junction.association.Associations.through;
import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Row;
import dev.junction.association.Lesson.Show;
import dev.junction.association.Lesson.User;
import dev.junction.query.Order;
import dev.junction.query.Query;
import dev.junction.query.Where;
import dev.junction.schema.DataType;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.util.List;
import java.util.Map;

/** get, count, has, add, set, remove and create of the lesson's favourites. */
class ManyToManyAccessorsTest {

    @DialectTest
    void addLinksTheTargets(TestTarget target) {
        Lesson lesson = Lesson.on(target.open());
        User alice = lesson.user("alice");
        Show dune = lesson.show("Dune");
        Show arrival = lesson.show("Arrival");

        lesson.favorites.add(alice, dune, arrival);

        assertThat(lesson.favorites.get(alice)).containsExactlyInAnyOrder(dune, arrival);
        assertThat(lesson.fans.get(dune)).containsExactly(alice);
    }

    @DialectTest
    void addIsIdempotent(TestTarget target) {
        Lesson lesson = Lesson.on(target.open());
        User alice = lesson.user("alice");
        Show dune = lesson.show("Dune");
        lesson.favorites.add(alice, dune);

        lesson.favorites.add(alice, dune);
        lesson.favorites.add(alice, dune, dune);

        assertThat(lesson.favorites.get(alice)).containsExactly(dune);
        assertThat(Lesson.rows(target, lesson.db, "UserFavorites")).isEqualTo(1);
    }

    @DialectTest
    void addOfSomeLinkedAndSomeNewTargetsLinksTheNewOnes(TestTarget target) {
        Lesson lesson = Lesson.on(target.open());
        User alice = lesson.user("alice");
        Show dune = lesson.show("Dune");
        Show arrival = lesson.show("Arrival");
        lesson.favorites.add(alice, dune);

        lesson.favorites.add(alice, dune, arrival);

        assertThat(lesson.favorites.get(alice)).containsExactlyInAnyOrder(dune, arrival);
        assertThat(Lesson.rows(target, lesson.db, "UserFavorites")).isEqualTo(2);
    }

    @DialectTest
    void hasIsTrueOnlyWhenEveryTargetIsLinked(TestTarget target) {
        Lesson lesson = Lesson.on(target.open());
        User alice = lesson.user("alice");
        Show dune = lesson.show("Dune");
        Show arrival = lesson.show("Arrival");
        lesson.favorites.add(alice, dune);

        assertThat(lesson.favorites.has(alice, dune)).isTrue();
        assertThat(lesson.favorites.has(alice, dune, dune)).isTrue();
        assertThat(lesson.favorites.has(alice, dune, arrival)).isFalse();
        assertThat(lesson.favorites.has(alice, arrival)).isFalse();
        assertThat(lesson.fans.has(dune, alice)).isTrue();
    }

    @DialectTest
    void hasDoesNotCountAnotherSourcesLinks(TestTarget target) {
        Lesson lesson = Lesson.on(target.open());
        User alice = lesson.user("alice");
        User bob = lesson.user("bob");
        Show dune = lesson.show("Dune");
        lesson.favorites.add(bob, dune);

        assertThat(lesson.favorites.has(alice, dune)).isFalse();
    }

    @DialectTest
    void setReplacesTheLinksExactly(TestTarget target) {
        Lesson lesson = Lesson.on(target.open());
        User alice = lesson.user("alice");
        Show dune = lesson.show("Dune");
        Show arrival = lesson.show("Arrival");
        Show solaris = lesson.show("Solaris");
        lesson.favorites.add(alice, dune, arrival);

        lesson.favorites.set(alice, List.of(arrival, solaris));

        assertThat(lesson.favorites.get(alice)).containsExactlyInAnyOrder(arrival, solaris);
        assertThat(Lesson.rows(target, lesson.db, "UserFavorites")).isEqualTo(2);
    }

    @DialectTest
    void setWithAnEmptyListClearsTheLinks(TestTarget target) {
        Lesson lesson = Lesson.on(target.open());
        User alice = lesson.user("alice");
        lesson.favorites.add(alice, lesson.show("Dune"), lesson.show("Arrival"));

        lesson.favorites.set(alice, List.of());

        assertThat(lesson.favorites.get(alice)).isEmpty();
        assertThat(lesson.favorites.count(alice)).isZero();
    }

    @DialectTest
    void setLeavesOtherSourcesLinksAlone(TestTarget target) {
        Lesson lesson = Lesson.on(target.open());
        User alice = lesson.user("alice");
        User bob = lesson.user("bob");
        Show dune = lesson.show("Dune");
        Show arrival = lesson.show("Arrival");
        lesson.favorites.add(alice, dune);
        lesson.favorites.add(bob, dune, arrival);

        lesson.favorites.set(alice, List.of(arrival));

        assertThat(lesson.favorites.get(bob)).containsExactlyInAnyOrder(dune, arrival);
    }

    @DialectTest
    void removeUnlinksOnlyTheGivenTargets(TestTarget target) {
        Lesson lesson = Lesson.on(target.open());
        User alice = lesson.user("alice");
        User bob = lesson.user("bob");
        Show dune = lesson.show("Dune");
        Show arrival = lesson.show("Arrival");
        lesson.favorites.add(alice, dune, arrival);
        lesson.favorites.add(bob, dune);

        lesson.favorites.remove(alice, dune);

        assertThat(lesson.favorites.get(alice)).containsExactly(arrival);
        assertThat(lesson.favorites.get(bob)).containsExactly(dune);
        assertThat(lesson.shows.count()).isEqualTo(2);
    }

    @DialectTest
    void removeOfATargetThatIsNotLinkedChangesNothing(TestTarget target) {
        Lesson lesson = Lesson.on(target.open());
        User alice = lesson.user("alice");
        Show dune = lesson.show("Dune");
        Show arrival = lesson.show("Arrival");
        lesson.favorites.add(alice, dune);

        lesson.favorites.remove(alice, arrival);

        assertThat(lesson.favorites.get(alice)).containsExactly(dune);
    }

    @DialectTest
    void createInsertsTheTargetAndLinksIt(TestTarget target) {
        Lesson lesson = Lesson.on(target.open());
        User alice = lesson.user("alice");

        Show solaris = lesson.favorites.create(alice, new Show("Solaris"));

        assertThat(solaris.id()).isNotNull();
        assertThat(lesson.shows.findByPk(solaris.id())).contains(solaris);
        assertThat(lesson.favorites.get(alice)).containsExactly(solaris);
    }

    @DialectTest
    void targetsMayBeInstancesRowsOrKeys(TestTarget target) {
        Lesson lesson = Lesson.on(target.open());
        User alice = lesson.user("alice");
        Show dune = lesson.show("Dune");
        Show arrival = lesson.show("Arrival");
        Show solaris = lesson.show("Solaris");
        Row arrivalRow = lesson.db.model("Show").findByPk(arrival.id()).orElseThrow();

        lesson.favorites.add(alice, dune, arrivalRow, solaris.id());

        assertThat(lesson.favorites.get(alice)).containsExactlyInAnyOrder(dune, arrival, solaris);
        assertThat(lesson.favorites.has(alice, dune.id(), arrivalRow, solaris)).isTrue();
    }

    @DialectTest
    void anIntegerKeyStandsForALongKey(TestTarget target) {
        Lesson lesson = Lesson.on(target.open());
        User alice = lesson.user("alice");
        Show dune = lesson.show("Dune");
        Show arrival = lesson.show("Arrival");
        int duneId = Math.toIntExact(dune.id());

        lesson.favorites.add(alice, duneId, Math.toIntExact(arrival.id()));
        lesson.favorites.remove(alice, Math.toIntExact(arrival.id()));

        assertThat(lesson.favorites.get(alice)).containsExactly(dune);
        assertThat(lesson.favorites.has(alice, duneId)).isTrue();
    }

    @DialectTest
    void setAndRemoveTakeKeysToo(TestTarget target) {
        Lesson lesson = Lesson.on(target.open());
        User alice = lesson.user("alice");
        Show dune = lesson.show("Dune");
        Show arrival = lesson.show("Arrival");

        lesson.favorites.set(alice, List.of(dune.id(), Math.toIntExact(arrival.id())));
        lesson.favorites.remove(alice, dune.id());

        assertThat(lesson.favorites.get(alice)).containsExactly(arrival);
    }

    @DialectTest
    void getFiltersOrdersAndPagesTheTargets(TestTarget target) {
        Lesson lesson = Lesson.on(target.open());
        User alice = lesson.user("alice");
        Show dune = lesson.show("Dune");
        Show arrival = lesson.show("Arrival");
        Show solaris = lesson.show("Solaris");
        Show stalker = lesson.show("Stalker");
        lesson.show("Sunshine");
        lesson.favorites.add(alice, dune, arrival, solaris, stalker);

        List<Show> page = lesson.favorites.get(alice, Query.where(Where.like("title", "S%"))
                .order(Order.desc("title")).limit(1));
        List<Show> ordered = lesson.favorites.get(alice, Query.all().order(Order.asc("title")));

        assertThat(page).containsExactly(stalker);
        assertThat(ordered).containsExactly(arrival, dune, solaris, stalker);
    }

    @DialectTest
    void getFiltersOnTheJoinRows(TestTarget target) {
        Junction db = target.open();
        db.define("UserFavorites", m -> m.attribute("rating", DataType.integer()));
        Model<User> users = db.define(User.class);
        Model<Show> shows = db.define(Show.class);
        BelongsToMany<User, Show> favorites = users.belongsToMany(shows, as("Favorites").through("UserFavorites"));
        shows.belongsToMany(users, through("UserFavorites"));
        db.sync();
        User alice = users.create(new User("alice"));
        Show dune = shows.create(new Show("Dune"));
        Show arrival = shows.create(new Show("Arrival"));
        favorites.add(alice, List.of(Link.of(dune, Map.of("rating", 5)), Link.of(arrival, Map.of("rating", 2))),
                Map.of());

        List<Show> loved = favorites.get(alice, Query.all(), Where.gte("rating", 4));

        assertThat(loved).containsExactly(dune);
    }

    @DialectTest
    void countAgreesWithGetForTheSameFilters(TestTarget target) {
        Lesson lesson = Lesson.on(target.open());
        User alice = lesson.user("alice");
        User bob = lesson.user("bob");
        Show dune = lesson.show("Dune");
        Show solaris = lesson.show("Solaris");
        Show stalker = lesson.show("Stalker");
        lesson.favorites.add(alice, dune, solaris, stalker);
        lesson.favorites.add(bob, solaris);
        Where titled = Where.like("title", "S%");
        Where notDune = Where.ne("ShowId", dune.id());

        assertThat(lesson.favorites.count(alice)).isEqualTo(lesson.favorites.get(alice).size()).isEqualTo(3);
        assertThat(lesson.favorites.count(alice, titled, null))
                .isEqualTo(lesson.favorites.get(alice, Query.where(titled)).size()).isEqualTo(2);
        assertThat(lesson.favorites.count(alice, null, notDune))
                .isEqualTo(lesson.favorites.get(alice, Query.all(), notDune).size()).isEqualTo(2);
        assertThat(lesson.favorites.count(bob, titled, notDune)).isEqualTo(1);
    }

    @DialectTest
    void targetFiltersAndOrderUseTheTargetsColumnsWhereTheJoinTableHasTheSame(TestTarget target) {
        Lesson lesson = Lesson.on(target.open());
        User alice = lesson.user("alice");
        Show dune = lesson.show("Dune");
        Show arrival = lesson.show("Arrival");
        lesson.favorites.add(alice, dune, arrival);

        List<Show> shows = lesson.favorites.get(alice, Query.where(Where.isNotNull("createdAt"))
                .order(Order.desc("id")));

        assertThat(shows).containsExactly(arrival, dune);
        assertThat(lesson.favorites.count(alice, Where.isNotNull("createdAt"), Where.isNotNull("createdAt")))
                .isEqualTo(2);
    }

    @DialectTest
    void accessorsWorkOnAJoinModelWithItsOwnKey(TestTarget target) {
        Junction db = target.open();
        db.define("Memberships", m -> m.attribute("id", DataType.bigint(), a -> a.primaryKey().autoIncrement(true))
                .attribute("role", DataType.string()));
        Model<User> users = db.define(User.class);
        Model<Show> shows = db.define(Show.class);
        BelongsToMany<User, Show> memberships = users.belongsToMany(shows, as("Memberships")
                .through("Memberships"));
        shows.belongsToMany(users, through("Memberships"));
        db.sync();
        User alice = users.create(new User("alice"));
        Show dune = shows.create(new Show("Dune"));
        Show arrival = shows.create(new Show("Arrival"));

        memberships.add(alice, List.of(dune, arrival), Map.of("role", "cast"));
        memberships.add(alice, List.of(dune), Map.of("role", "crew"));
        memberships.add(alice, dune, arrival);
        assertThat(db.model("Memberships").count()).isEqualTo(2);
        memberships.set(alice, List.of(Link.of(arrival, Map.of("role", "director"))));

        assertThat(memberships.getLinked(alice)).singleElement().satisfies(link -> {
            assertThat(link.target()).isEqualTo(arrival);
            assertThat(link.through().getString("role")).isEqualTo("director");
            assertThat(link.through().getLong("id")).isNotNull();
        });
        memberships.remove(alice, arrival);
        assertThat(memberships.count(alice)).isZero();
    }

    @DialectTest
    void modelsDefinedByNameLinkRows(TestTarget target) {
        Junction db = target.open();
        Model<Row> actors = db.define("Actor", m -> m.attribute("name", DataType.string()));
        Model<Row> films = db.define("Film", m -> m.attribute("title", DataType.string()));
        BelongsToMany<Row, Row> filmography = actors.belongsToMany(films, as("Films").through("Castings"));
        BelongsToMany<Row, Row> cast = films.belongsToMany(actors, through("Castings"));
        db.sync();
        Row keanu = actors.create(Row.of("name", "Keanu"));
        Row matrix = films.create(Row.of("title", "The Matrix"));
        Row speed = films.create(Row.of("title", "Speed"));

        filmography.add(keanu, matrix, speed.get("id"));

        assertThat(filmography.get(keanu, Query.all().order(Order.asc("title")))).extracting(r -> r.get("title"))
                .containsExactly("Speed", "The Matrix");
        assertThat(cast.get(matrix)).extracting(r -> r.get("name")).containsExactly("Keanu");
        assertThat(db.describe().table("Castings").orElseThrow().primaryKey()).containsExactly("ActorId", "FilmId");
    }
}
