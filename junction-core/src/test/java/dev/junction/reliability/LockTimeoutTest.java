package dev.junction.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.junction.JunctionConfig;
import dev.junction.LockTimeoutException;
import dev.junction.reliability.Catalog.Show;
import dev.junction.reliability.Catalog.User;
import dev.junction.testing.DialectTest;
import dev.junction.testing.ClusterStatements;
import dev.junction.testing.TestTarget;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A wait for a lock that a concurrent transaction holds, timing out, is thrown after one attempt: running it again
 * would wait the whole lock timeout again (5 × 50 s with MariaDB's default). A plain JDBC transaction holds the lock
 * — the user's row on the row-locking databases, the write lock on SQLite — and Junction's sessions wait for it
 * briefly.
 */
class LockTimeoutTest {

    @DialectTest
    void aSetThatTimesOutWaitingForALockIsNotRunAgain(TestTarget target) throws Exception {
        List<String> statements = new CopyOnWriteArrayList<>();
        Catalog c = new Catalog(target, b -> briefLockWaits(target, b).listener((sql, p, n) -> {
            if (!ClusterStatements.bookkeeping(sql)) statements.add(sql);
        }));
        User alice = c.createUsers(1).get(0);
        List<Show> shows = c.createShows(2);
        try (Connection holder = target.jdbc()) {
            holdLock(holder, c, alice);
            statements.clear();
            long started = System.nanoTime();

            Throwable thrown = catchThrowable(() -> c.favorites.set(alice, shows));
            Duration waited = Duration.ofNanos(System.nanoTime() - started);
            holder.rollback();

            assertThat(thrown).isInstanceOf(LockTimeoutException.class);
            // One attempt: no statement sent twice (PostgreSQL sends the owner lock and the write together; the
            // write never runs once the lock fails).
            assertThat(statements).as("one attempt").doesNotHaveDuplicates().hasSizeLessThanOrEqualTo(2);
            assertThat(waited).as("one lock timeout, not five").isLessThan(Duration.ofMillis(3 * timeoutMillis(target)));
        }
        assertThat(c.favoriteRows()).isEmpty();
        c.favorites.set(alice, shows);
        assertThat(c.favoriteRows()).containsEntry(alice.id(), List.of(shows.get(0).id(), shows.get(1).id()));
        assertThat(c.db.poolStats().active()).isZero();
    }

    @DialectTest
    void anAddThatTimesOutWaitingForALockIsNotRunAgain(TestTarget target) throws Exception {
        List<String> inserts = new CopyOnWriteArrayList<>();
        Catalog c = new Catalog(target, b -> briefLockWaits(target, b).listener((sql, p, n) -> {
            if (sql.contains("UserFavorites") && !sql.startsWith("SELECT")) inserts.add(sql);
        }));
        User alice = c.createUsers(1).get(0);
        Show dune = c.createShows(1).get(0);
        inserts.clear();
        try (Connection holder = target.jdbc()) {
            c.insertUncommittedLink(holder, alice, dune); // the same link, not committed: the add waits for it

            Throwable thrown = catchThrowable(() -> c.favorites.add(alice, dune));
            holder.rollback();

            assertThat(thrown).isInstanceOf(LockTimeoutException.class);
            assertThat(inserts).as("one attempt").hasSize(1);
        }
        assertThat(c.favoriteRows()).isEmpty();
        assertThat(c.db.poolStats().active()).isZero();
    }

    /** Starts a transaction on {@code holder} that holds the user's row lock (SQLite: the write lock) until it ends. */
    private static void holdLock(Connection holder, Catalog c, User user) throws SQLException {
        holder.setAutoCommit(false);
        String sql = "UPDATE " + c.q("Users") + " SET " + c.q("username") + " = " + c.q("username") + " WHERE "
                + c.q("id") + " = " + user.id();
        try (Statement update = holder.createStatement()) {
            update.executeUpdate(sql);
        }
    }

    /** How long a session of {@link #briefLockWaits} waits for a lock. */
    private static long timeoutMillis(TestTarget target) {
        return switch (target.backend()) {
            case MARIADB -> 1000;
            default -> 300;
        };
    }

    /** Sessions that give up waiting for a lock after a fraction of a second (a second on MariaDB). */
    private static JunctionConfig.Builder briefLockWaits(TestTarget target, JunctionConfig.Builder builder) {
        String url = target.singleNodeUrl(); // on a cluster, the node of the test's lock-holding connection
        String and = url.contains("?") ? "&" : "?";
        return builder.url(switch (target.backend()) {
            case POSTGRESQL -> url + and + "options=-c%20lock_timeout%3D300";
            case MARIADB -> url + and + "sessionVariables=innodb_lock_wait_timeout=1";
            case H2 -> url + ";LOCK_TIMEOUT=300";
            case SQLITE -> url + and + "busy_timeout=300";
        });
    }
}
