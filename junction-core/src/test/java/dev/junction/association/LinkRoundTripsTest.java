package dev.junction.association;

import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.Junction;
import dev.junction.association.Lesson.Show;
import dev.junction.association.Lesson.User;
import dev.junction.schema.DataType;
import dev.junction.testing.Backend;
import dev.junction.testing.DialectTest;
import dev.junction.testing.RoundTrips;
import dev.junction.testing.TestTarget;
import dev.junction.testing.Topology;
import java.util.List;
import java.util.Map;

/**
 * How many round trips {@code set} and {@code add} make, BEGIN and COMMIT included, counted where they go: on the
 * wire to PostgreSQL and MariaDB, as calls into the engine on H2 and SQLite ({@link RoundTrips}).
 */
class LinkRoundTripsTest {

    private record Setup(RoundTrips trips, Lesson lesson, User alice, List<Show> shows) {
    }

    /** The lesson with alice and five shows, the first two her favourites; counting from zero. */
    private static Setup setup(TestTarget target, RoundTrips trips) throws Exception {
        Lesson lesson = Lesson.on(trips.open(target));
        User alice = lesson.user("alice");
        List<Show> shows = List.of(lesson.show("Dune"), lesson.show("Arrival"), lesson.show("Solaris"),
                lesson.show("Stalker"), lesson.show("Sunshine"));
        lesson.favorites.set(alice, shows.subList(0, 2)); // warms the connection the calls below will take
        trips.reset();
        return new Setup(trips, lesson, alice, shows);
    }

    @DialectTest
    void setReplacingSomeLinks(TestTarget target) throws Exception {
        try (RoundTrips trips = new RoundTrips()) {
            Setup s = setup(target, trips);

            s.lesson.favorites.set(s.alice, s.shows.subList(1, 4));

            assertThat(trips.count()).as(trips.trace()).isEqualTo(expectedForSet(target, 1, 6, 5, 6));
            assertThat(s.lesson.favorites.get(s.alice)).containsExactlyInAnyOrderElementsOf(s.shows.subList(1, 4));
        }
    }

    @DialectTest
    void setToTheSameLinks(TestTarget target) throws Exception {
        try (RoundTrips trips = new RoundTrips()) {
            Setup s = setup(target, trips);

            s.lesson.favorites.set(s.alice, s.shows.subList(0, 2));

            assertThat(trips.count()).as(trips.trace()).isEqualTo(expectedForSet(target, 1, 3, 3, 4));
            assertThat(s.lesson.favorites.get(s.alice)).containsExactlyInAnyOrderElementsOf(s.shows.subList(0, 2));
        }
    }

    @DialectTest
    void setToNothing(TestTarget target) throws Exception {
        try (RoundTrips trips = new RoundTrips()) {
            Setup s = setup(target, trips);

            s.lesson.favorites.set(s.alice, List.of());

            assertThat(trips.count()).as(trips.trace()).isEqualTo(expectedForSet(target, 1, 3, 3, 5));
            assertThat(s.lesson.favorites.get(s.alice)).isEmpty();
        }
    }

    @DialectTest
    void setWithJoinValuesReadsTheLinksInTheLocksRoundTrip(TestTarget target) throws Exception {
        try (RoundTrips trips = new RoundTrips()) {
            Junction db = trips.open(target);
            db.define("UserFavorites", m -> m.attribute("rating", DataType.integer()));
            Lesson lesson = Lesson.on(db);
            User alice = lesson.user("alice");
            Show dune = lesson.show("Dune");
            Show arrival = lesson.show("Arrival");
            Show solaris = lesson.show("Solaris");
            lesson.favorites.set(alice, List.of(dune, arrival));
            trips.reset();

            // Join values need the diff in Java: lock and read, then the DELETE and INSERT (one statement on PostgreSQL).
            lesson.favorites.set(alice, List.of(arrival, solaris), Map.of("rating", 2));

            assertThat(trips.count()).as(trips.trace()).isEqualTo(expectedForSet(target, 3, 6, 5, 6) + 1); // + the UPDATE of arrival's rating
            assertThat(lesson.favorites.get(alice)).containsExactlyInAnyOrder(arrival, solaris);
        }
    }

    @DialectTest
    void addOfNewAndExistingLinks(TestTarget target) throws Exception {
        try (RoundTrips trips = new RoundTrips()) {
            Setup s = setup(target, trips);

            s.lesson.favorites.add(s.alice, s.shows.subList(1, 4).toArray());

            // MariaDB: the read, then the upsert of the missing links, without a transaction.
            assertThat(trips.count()).as(trips.trace()).isEqualTo(expected(target, 1, 4, 2, 2));
            assertThat(s.lesson.favorites.get(s.alice)).containsExactlyInAnyOrderElementsOf(s.shows.subList(0, 4));
        }
    }

    @DialectTest
    void addOfLinksAllThereWritesNothing(TestTarget target) throws Exception {
        try (RoundTrips trips = new RoundTrips()) {
            Setup s = setup(target, trips);

            List<dev.junction.Row> written = s.lesson.favorites.add(s.alice, s.shows.subList(0, 2).toArray());

            // MariaDB, whose upsert cannot say what it inserted, reads the links first: with all there, that is all.
            assertThat(trips.count()).as(trips.trace()).isEqualTo(expected(target, 1, 2, 2, 1));
            assertThat(written).isEmpty();
            assertThat(s.lesson.favorites.get(s.alice)).containsExactlyInAnyOrderElementsOf(s.shows.subList(0, 2));
        }
    }

    /**
     * The round trips expected on each database. PostgreSQL: pgjdbc sends BEGIN with the first statement and the
     * statements of one call together, a set of plain links its COMMIT too; MariaDB: switching auto-commit off and on again are round trips of their own.
     */
    private static int expectedForSet(TestTarget target, int postgresql, int h2, int sqlite, int mariadb) {
        // On a Galera cluster a set also writes its owner lock, a row the cluster certifies (see Scaling out).
        boolean cluster = target.backend() == Backend.MARIADB && Topology.current() == Topology.GALERA;
        return expected(target, postgresql, h2, sqlite, mariadb) + (cluster ? 1 : 0);
    }

    private static int expected(TestTarget target, int postgresql, int h2, int sqlite, int mariadb) {
        return switch (target.backend()) {
            case POSTGRESQL -> postgresql;
            case H2 -> h2;
            case SQLITE -> sqlite;
            case MARIADB -> mariadb;
        };
    }
}
