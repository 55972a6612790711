package dev.junction.association;

import static dev.junction.association.Associations.as;
import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Row;
import dev.junction.association.Lesson.Show;
import dev.junction.association.Lesson.User;
import dev.junction.query.Where;
import dev.junction.schema.DataType;
import dev.junction.testing.Backend;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code add} returns the join rows it wrote, as Sequelize v6's {@code add} returns its through rows: new links with
 * their keys and values, links whose join values changed, never links that were there already as wanted.
 */
class AddReturnsLinkRowsTest {

    /** Users rate shows through "Ratings" (unique pairs) and watch them through "Viewings" (any number of rows). */
    private static final class Fixture {
        final AtomicInteger statements = new AtomicInteger();
        final Junction db;
        final Model<User> users;
        final Model<Show> shows;
        final Model<Row> viewingRows;
        final BelongsToMany<User, Show> rated;
        final BelongsToMany<User, Show> watched;
        final User alice;
        final Show dune;
        final Show arrival;

        Fixture(TestTarget target) {
            db = target.open(b -> b.listener((sql, parameters, nanos) -> statements.incrementAndGet()));
            users = db.define(User.class);
            shows = db.define(Show.class);
            db.define("Ratings", m -> m.attribute("rating", DataType.integer()));
            rated = users.belongsToMany(shows, as("Rated").through("Ratings"));
            watched = users.belongsToMany(shows, as("Watched").through(Through.of("Viewings").unique(false)));
            db.sync();
            viewingRows = db.model("Viewings");
            alice = users.create(new User("alice"));
            dune = shows.create(new Show("Dune"));
            arrival = shows.create(new Show("Arrival"));
        }
    }

    @DialectTest
    void addReturnsTheNewLinkRowsWithTheirKeysAndTimestamps(TestTarget target) {
        Fixture f = new Fixture(target);

        List<Row> written = f.rated.add(f.alice, f.dune, f.arrival);

        assertThat(written).extracting(r -> r.getLong("UserId")).containsOnly(f.alice.id());
        assertThat(written).extracting(r -> r.getLong("ShowId"))
                .containsExactlyInAnyOrder(f.dune.id(), f.arrival.id());
        assertThat(written).allSatisfy(r -> assertThat(r.getInstant("createdAt")).isNotNull());
    }

    @DialectTest
    void withoutForeignKeysAnAddReturnsOnlyTheLinksItInserted(TestTarget target) {
        Junction db = target.open();
        Model<User> users = db.define(User.class);
        Model<Show> shows = db.define(Show.class);
        // No foreign keys: H2 takes no lock of referenced rows, and reads then upserts as MariaDB does.
        BelongsToMany<User, Show> picks = users.belongsToMany(shows, as("Picks").through("Picks").constraints(false));
        db.sync();
        User alice = users.create(new User("alice"));
        Show dune = shows.create(new Show("Dune"));
        Show arrival = shows.create(new Show("Arrival"));
        picks.add(alice, dune);

        List<Row> written = picks.add(alice, dune, arrival);

        assertThat(written).extracting(r -> r.getLong("ShowId")).containsExactly(arrival.id());
        assertThat(picks.add(alice, arrival, dune)).isEmpty();
        assertThat(picks.get(alice)).containsExactlyInAnyOrder(dune, arrival);
    }

    @DialectTest
    void addOfOneLinkReturnsTheRowStoredThenNothing(TestTarget target) {
        Fixture f = new Fixture(target);

        List<Row> written = f.rated.add(f.alice, f.dune);

        assertThat(written).singleElement().satisfies(row -> {
            assertThat(row.getLong("UserId")).isEqualTo(f.alice.id());
            assertThat(row.getLong("ShowId")).isEqualTo(f.dune.id());
            Row stored = f.db.model("Ratings").findAll().get(0);
            assertThat(row.getInstant("createdAt")).isNotNull().isEqualTo(stored.getInstant("createdAt"));
            assertThat(row.getInstant("updatedAt")).isEqualTo(stored.getInstant("updatedAt"));
            assertThat(row.get("rating")).isNull();
        });
        assertThat(f.rated.add(f.alice, f.dune)).as("the pair is linked already").isEmpty();
        assertThat(f.rated.count(f.alice)).isEqualTo(1);
    }

    @DialectTest
    void addLeavesOutPairsThatWereLinkedAlready(TestTarget target) {
        Fixture f = new Fixture(target);
        f.rated.add(f.alice, f.dune);

        List<Row> written = f.rated.add(f.alice, f.dune, f.arrival);

        assertThat(written).extracting(r -> r.getLong("ShowId")).containsExactly(f.arrival.id());
        assertThat(f.rated.add(f.alice, f.dune, f.arrival)).isEmpty();
    }

    @DialectTest
    void addReturnsNewLinksAndLinksWhoseJoinValuesChangedWithTheirValues(TestTarget target) {
        Fixture f = new Fixture(target);
        f.rated.add(f.alice, List.of(Link.of(f.dune, Map.of("rating", 3))), Map.of());

        List<Row> written = f.rated.add(f.alice,
                List.of(Link.of(f.dune, Map.of("rating", 5)), Link.of(f.arrival, Map.of("rating", 4))), Map.of());

        assertThat(written).extracting(r -> r.getLong("ShowId") + "=" + r.getInteger("rating"))
                .containsExactlyInAnyOrder(f.dune.id() + "=5", f.arrival.id() + "=4");
        assertThat(written).allSatisfy(r -> assertThat(r.getLong("UserId")).isEqualTo(f.alice.id()));
    }

    @DialectTest
    void addWithJoinValuesAlreadyStoredReturnsNothing(TestTarget target) {
        Fixture f = new Fixture(target);
        f.rated.add(f.alice, List.of(f.dune, f.arrival), Map.of("rating", 4));

        assertThat(f.rated.add(f.alice, List.of(f.dune, f.arrival), Map.of("rating", 4))).isEmpty();
    }

    @DialectTest
    void nonUniqueAddReturnsEveryNewRowWithItsSurrogateId(TestTarget target) {
        Fixture f = new Fixture(target);

        List<Row> written = f.watched.add(f.alice, f.dune, f.dune, f.arrival);

        assertThat(written).hasSize(3);
        List<Long> ids = written.stream().map(r -> r.getLong("id")).toList();
        assertThat(ids).doesNotContainNull().doesNotHaveDuplicates();
        for (Row row : written) {
            Row stored = f.viewingRows.findByPk(row.getLong("id")).orElseThrow();
            assertThat(stored.getLong("ShowId")).isEqualTo(row.getLong("ShowId"));
        }
        assertThat(f.viewingRows.count(Where.eq("UserId", f.alice.id()))).isEqualTo(3);
    }

    @DialectTest
    void addInsideATransactionReturnsTheRowsItWrote(TestTarget target) {
        Fixture f = new Fixture(target);

        List<Row> written = f.db.transaction(tx -> f.rated.in(tx).add(f.alice, f.dune));

        assertThat(written).extracting(r -> r.getLong("ShowId")).containsExactly(f.dune.id());
    }

    @DialectTest
    void addWithJoinValuesReadsTheLinksFirstAndWritesOnlyWhatIsNew(TestTarget target) {
        Fixture f = new Fixture(target);
        f.rated.add(f.alice, List.of(Link.of(f.dune, Map.of("rating", 3))), Map.of());
        int lock = target.backend() == Backend.H2 ? 1 : 0;

        f.statements.set(0);
        f.rated.add(f.alice, List.of(Link.of(f.dune, Map.of("rating", 3)), Link.of(f.arrival, Map.of("rating", 4))),
                Map.of());
        assertThat(f.statements.get()).isEqualTo(2 + lock);

        f.statements.set(0);
        assertThat(f.rated.add(f.alice, List.of(Link.of(f.arrival, Map.of("rating", 4))), Map.of())).isEmpty();
        assertThat(f.statements.get()).isEqualTo(1);
    }

    @DialectTest
    void addReturnsTheIdsOfAJoinModelWithItsOwnKey(TestTarget target) {
        Junction db = target.open();
        Model<User> users = db.define(User.class);
        Model<Show> shows = db.define(Show.class);
        Model<Row> picks = db.define("Picks", m -> m.freezeTableName()
                .attribute("id", DataType.integer(), a -> a.primaryKey().autoIncrement(true))
                .attribute("rating", DataType.integer()));
        BelongsToMany<User, Show> picked = users.belongsToMany(shows, as("Picked").through(picks));
        db.sync();
        User alice = users.create(new User("alice"));
        Show dune = shows.create(new Show("Dune"));
        Show arrival = shows.create(new Show("Arrival"));

        List<Row> withValues = picked.add(alice, List.of(dune), Map.of("rating", 5));
        List<Row> plain = picked.add(alice, arrival);

        for (Row row : List.of(withValues.get(0), plain.get(0))) {
            assertThat(row.get("id")).isNotNull();
            Row stored = picks.findByPk(row.get("id")).orElseThrow();
            assertThat(stored.getLong("ShowId")).isEqualTo(row.getLong("ShowId"));
        }
        assertThat(withValues.get(0).getInteger("rating")).isEqualTo(5);
        assertThat(withValues).hasSize(1);
        assertThat(plain).hasSize(1);
    }
}
