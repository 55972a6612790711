package dev.junction.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.junction.ConnectionException;
import dev.junction.reliability.Catalog.Show;
import dev.junction.reliability.Catalog.User;
import dev.junction.testing.Backend;
import dev.junction.testing.TestTarget;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The database loses a connection in the middle of an operation: its server session is ended from an
 * administrator's connection (PostgreSQL {@code pg_terminate_backend}, MariaDB {@code KILL}) right after the
 * operation's first write, from inside Junction's statement listener, so it happens at the same point every run.
 * The operation fails with a {@link ConnectionException}, the database has rolled its transaction back, and the pool
 * replaces the connection. A server restart is played by ending every session of the pool at once: the servers are
 * shared with other tests, so they are not stopped.
 */
class FaultTest {

    /** A catalog whose listener ends the session in a transaction once, after a statement containing killAfter. */
    private static final class Faulty {
        final Backends backends;
        final AtomicReference<String> killAfter = new AtomicReference<>();
        final AtomicInteger killed = new AtomicInteger();
        final Catalog c;

        Faulty(TestTarget target, int poolSize) {
            backends = new Backends(target);
            c = new Catalog(target, b -> backends.marked(b).maxPoolSize(poolSize).listener((sql, params, nanos) -> {
                String marker = killAfter.get();
                if (marker != null && sql.contains(marker) && killAfter.compareAndSet(marker, null)) {
                    try {
                        killed.addAndGet(backends.killTheOneInATransaction());
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }));
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("dev.junction.reliability.Catalog#servers")
    void aSessionEndedInTheMiddleOfASetLeavesTheLinksAsTheyWere(TestTarget target) throws Exception {
        Faulty f = new Faulty(target, 2);
        User alice = f.c.createUsers(1).get(0);
        List<Show> shows = f.c.createShows(4);
        f.c.favorites.set(alice, shows.subList(0, 2));

        f.killAfter.set("DELETE FROM");
        // On PostgreSQL a set of plain links in a transaction of its own is one round trip, its COMMIT included: it
        // has no middle to end the session in. In a transaction the COMMIT is the caller's, after the set's write.
        Throwable thrown = catchThrowable(() -> {
            if (target.backend() == Backend.POSTGRESQL) {
                f.c.db.useTransaction(tx -> f.c.favorites.set(alice, shows.subList(2, 4)));
            } else {
                f.c.favorites.set(alice, shows.subList(2, 4));
            }
        });

        assertThat(f.killed).as("sessions ended").hasValue(1);
        assertThat(thrown).isInstanceOf(ConnectionException.class);
        // After the DELETE (on PostgreSQL, the statement that deletes and inserts), before the commit.
        assertThat(f.c.favoriteRows()).as("the set's writes were rolled back")
                .containsExactlyEntriesOf(java.util.Map.of(alice.id(), ids(shows.subList(0, 2))));
        assertThat(f.c.db.poolStats().active()).isZero();
        assertThat(f.c.favorites.get(alice)).containsExactlyInAnyOrderElementsOf(shows.subList(0, 2));
        f.c.favorites.set(alice, shows.subList(2, 4));
        assertThat(f.c.favoriteRows()).containsEntry(alice.id(), ids(shows.subList(2, 4)));
        assertThat(f.c.db.poolStats().active()).isZero();
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("dev.junction.reliability.Catalog#servers")
    void aSessionEndedInTheMiddleOfABulkCreateLeavesNoRows(TestTarget target) throws Exception {
        Faulty f = new Faulty(target, 2);
        f.c.createShows(3);
        List<Show> many = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) many.add(new Show(null, "bulk" + i));

        // PostgreSQL loads the rows with one COPY (after drawing their keys); the others in INSERTs of 1,000 rows.
        f.killAfter.set(target.backend() == Backend.POSTGRESQL ? "COPY " : "INSERT INTO");
        Throwable thrown = catchThrowable(() -> f.c.shows.bulkCreate(many));

        assertThat(f.killed).hasValue(1);
        assertThat(thrown).isInstanceOf(ConnectionException.class);
        assertThat(f.c.count("Shows")).as("the rows written before the session ended were rolled back").isEqualTo(3);
        assertThat(f.c.db.poolStats().active()).isZero();
        assertThat(f.c.shows.bulkCreate(many)).hasSize(3_000);
        assertThat(f.c.count("Shows")).isEqualTo(3_003);
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("dev.junction.reliability.Catalog#servers")
    void aSessionEndedBetweenTwoWritesOfTheCallersTransactionRollsItBack(TestTarget target) throws Exception {
        Faulty f = new Faulty(target, 2);
        List<Show> shows = f.c.createShows(2);

        f.killAfter.set("INSERT INTO");
        Throwable thrown = catchThrowable(() -> f.c.db.useTransaction(tx -> {
            User bob = f.c.users.create(new User(null, "bob"));
            f.c.favorites.add(bob, shows.get(0));
        }));

        assertThat(f.killed).hasValue(1);
        assertThat(thrown).isInstanceOf(ConnectionException.class);
        assertThat(f.c.count("Users")).isZero();
        assertThat(f.c.favoriteRows()).isEmpty();
        assertThat(f.c.db.poolStats().active()).isZero();
        User bob = f.c.users.create(new User(null, "bob"));
        f.c.favorites.add(bob, shows.get(0));
        assertThat(f.c.favoriteRows()).containsEntry(bob.id(), List.of(shows.get(0).id()));
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("dev.junction.reliability.Catalog#servers")
    void afterEverySessionOfThePoolIsEndedTheNextOperationsSucceed(TestTarget target) throws Exception {
        Faulty f = new Faulty(target, 4);
        User alice = f.c.createUsers(1).get(0);
        List<Show> shows = f.c.createShows(3);
        f.c.favorites.set(alice, shows.subList(0, 2));
        ConcurrentLinksTest.runAll(List.of(() -> f.c.favorites.count(alice) > 0 ? 1 : 0,
                () -> f.c.users.count() > 0 ? 1 : 0, () -> f.c.shows.count() > 0 ? 1 : 0));

        int ended = f.backends.killAll();

        assertThat(ended).isPositive();
        // On the pool whose sessions were ended: with read replicas (the replica topology) reads would go there.
        f.c.db.usePrimary(() -> {
            assertThat(f.c.favorites.get(alice)).containsExactlyInAnyOrderElementsOf(shows.subList(0, 2));
            assertThat(f.c.users.count()).isEqualTo(1);
        });
        f.c.favorites.set(alice, shows.subList(1, 3));
        User bob = f.c.users.create(new User(null, "bob"));
        f.c.favorites.add(bob, shows.get(0));
        assertThat(f.c.favoriteRows()).containsEntry(alice.id(), ids(shows.subList(1, 3)))
                .containsEntry(bob.id(), List.of(shows.get(0).id()));
        assertThat(f.c.db.poolStats().active()).isZero();
    }

    private static List<Long> ids(List<Show> shows) {
        return shows.stream().map(Show::id).sorted().toList();
    }
}
