package dev.junction.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.junction.JunctionConfig;
import dev.junction.TransactionConflictException;
import dev.junction.reliability.Catalog.Show;
import dev.junction.reliability.Catalog.User;
import dev.junction.testing.TestTarget;
import dev.junction.testing.Topology;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What happens when a write collides with a concurrent transaction, made to happen on cue: a plain JDBC transaction
 * holds the lock on a user's row that {@code set} needs, and Junction's sessions wait for a lock only briefly and are
 * configured to retry lock timeouts ({@code retryLockTimeouts(true)}), so that the lock timeout stands in for a
 * deadlock or a serialization failure: the database rolled the statement back, and the transaction may be run
 * again. Without that setting a lock timeout is thrown after one attempt ({@link LockTimeoutTest}).
 */
class ConflictRetryTest {

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("dev.junction.reliability.Catalog#rowLockingDatabases")
    void aSetThatCollidesIsRunAgainInATransactionOfItsOwn(TestTarget target) throws Exception {
        try (Connection holder = target.jdbc()) {
            AtomicInteger lockAttempts = new AtomicInteger();
            Catalog c = catalog(target, lockAttempts, () -> lockAttempts.get() == 1 ? holder : null);
            User alice = c.createUsers(1).get(0);
            List<Show> shows = c.createShows(2);
            lockRow(holder, c, alice);

            c.favorites.set(alice, shows);

            assertThat(lockAttempts).as("the first attempt timed out; the second got the lock").hasValue(2);
            assertThat(c.favoriteRows()).containsEntry(alice.id(), List.of(shows.get(0).id(), shows.get(1).id()));
            assertThat(c.db.poolStats().active()).isZero();
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("dev.junction.reliability.Catalog#rowLockingDatabases")
    void insideTheCallersTransactionACollisionIsNotRetriedButThrown(TestTarget target) throws Exception {
        try (Connection holder = target.jdbc()) {
            AtomicInteger lockAttempts = new AtomicInteger();
            Catalog c = catalog(target, lockAttempts, () -> holder);
            User alice = c.createUsers(1).get(0);
            List<Show> shows = c.createShows(2);
            lockRow(holder, c, alice);

            Throwable thrown = catchThrowable(() -> c.db.useTransaction(tx -> {
                c.shows.create(new Show(null, "written before the collision"));
                c.favorites.set(alice, shows);
            }));

            assertThat(thrown).isInstanceOf(TransactionConflictException.class).hasMessageContaining("Users");
            assertThat(((TransactionConflictException) thrown).sqlState()).isNotBlank();
            assertThat(lockAttempts).hasValue(1);
            assertThat(c.count("Shows")).as("the whole transaction rolled back").isEqualTo(2);
            assertThat(c.favoriteRows()).isEmpty();
            c.favorites.set(alice, shows);
            assertThat(c.favoriteRows()).containsKey(alice.id());
            assertThat(c.db.poolStats().active()).isZero();
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("dev.junction.reliability.Catalog#rowLockingDatabases")
    void aCollisionThatNeverClearsIsThrownAfterFiveAttempts(TestTarget target) throws Exception {
        try (Connection holder = target.jdbc()) {
            AtomicInteger lockAttempts = new AtomicInteger();
            Catalog c = catalog(target, lockAttempts, () -> null);
            User alice = c.createUsers(1).get(0);
            List<Show> shows = c.createShows(2);
            lockRow(holder, c, alice);

            Throwable thrown = catchThrowable(() -> c.favorites.set(alice, shows));
            holder.rollback();

            assertThat(thrown).isInstanceOf(TransactionConflictException.class);
            assertThat(thrown.getSuppressed()).as("the attempt before").hasSize(1)
                    .allSatisfy(previous -> assertThat(previous).isInstanceOf(TransactionConflictException.class));
            assertThat(lockAttempts).as("the default budget: 5, or 10 on a Galera cluster")
                    .hasValue(Topology.current() == Topology.GALERA ? JunctionConfig.DEFAULT_CLUSTER_CONFLICT_ATTEMPTS
                            : JunctionConfig.DEFAULT_CONFLICT_ATTEMPTS);
            assertThat(c.favoriteRows()).isEmpty();
            assertThat(c.db.poolStats().active()).isZero();
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("dev.junction.reliability.Catalog#rowLockingDatabases")
    void aSingleStatementWriteThatKeepsCollidingIsRunAsOftenAsTheBudgetSays(TestTarget target) throws Exception {
        try (Connection holder = target.jdbc()) {
            AtomicInteger updates = new AtomicInteger();
            Catalog c = new Catalog(target, b -> briefLockWaits(target, b).conflictAttempts(2)
                    .listener((sql, params, nanos) -> {
                        if (sql.startsWith("UPDATE")) updates.incrementAndGet();
                    }));
            User alice = c.createUsers(1).get(0);
            lockRow(holder, c, alice);

            Throwable thrown = catchThrowable(() -> c.users.update(new User(alice.id(), "alicia")));
            holder.rollback();

            assertThat(thrown).isInstanceOf(TransactionConflictException.class);
            assertThat(updates).as("run in auto-commit, undone, run once more").hasValue(2);
            assertThat(c.users.findByPk(alice.id())).map(User::username).contains(alice.username());
            assertThat(c.db.poolStats().active()).isZero();
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("dev.junction.reliability.Catalog#rowLockingDatabases")
    void aSingleStatementWriteThatCollidesOnceIsRunAgain(TestTarget target) throws Exception {
        try (Connection holder = target.jdbc()) {
            AtomicInteger updates = new AtomicInteger();
            AtomicBoolean released = new AtomicBoolean();
            Catalog c = new Catalog(target, b -> briefLockWaits(target, b).listener((sql, params, nanos) -> {
                if (!sql.startsWith("UPDATE")) return;
                updates.incrementAndGet();
                if (released.compareAndSet(false, true)) {
                    try {
                        holder.rollback(); // after the first attempt waited for the holder's row and gave up
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }));
            User alice = c.createUsers(1).get(0);
            lockRow(holder, c, alice);

            c.users.update(new User(alice.id(), "alicia"));

            assertThat(updates).as("the first attempt collided; the second went through").hasValue(2);
            assertThat(c.users.findByPk(alice.id())).map(User::username).contains("alicia");
            assertThat(c.db.poolStats().active()).isZero();
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("dev.junction.reliability.Catalog#rowLockingDatabases")
    void aOneStatementAddThatCollidesIsRunAgainInAutoCommit(TestTarget target) throws Exception {
        try (Connection holder = target.jdbc()) {
            AtomicInteger attempts = new AtomicInteger();
            AtomicBoolean armed = new AtomicBoolean();
            AtomicBoolean released = new AtomicBoolean();
            Catalog c = new Catalog(target, b -> briefLockWaits(target, b).listener((sql, params, nanos) -> {
                if (!armed.get() || !sql.contains("UserFavorites") || sql.startsWith("SELECT")) return;
                attempts.incrementAndGet();
                if (released.compareAndSet(false, true)) {
                    try {
                        holder.rollback(); // after the first attempt waited for the holder's row and gave up
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }));
            User alice = c.createUsers(1).get(0);
            Show dune = c.createShows(1).get(0);
            c.insertUncommittedLink(holder, alice, dune); // the same link, not committed: the add waits for it
            armed.set(true);

            c.favorites.add(alice, dune);

            assertThat(attempts).as("the first attempt collided; a later one found the way clear").hasValueGreaterThan(1);
            assertThat(c.favoriteRows()).containsExactlyEntriesOf(java.util.Map.of(alice.id(), List.of(dune.id())));
            assertThat(c.db.poolStats().active()).isZero();
        }
    }

    /**
     * The catalog on a Junction whose sessions wait for a lock briefly, counting {@code set}'s attempts to lock the
     * owner's row; after each attempt, the connection {@code release} gives (if any) is rolled back.
     */
    private static Catalog catalog(TestTarget target, AtomicInteger lockAttempts,
                                   java.util.function.Supplier<Connection> release) {
        AtomicBoolean released = new AtomicBoolean();
        return new Catalog(target, b -> briefLockWaits(target, b).listener((sql, params, nanos) -> {
            // the owner's row lock (SELECT 1 FROM "Users" WHERE … FOR …), not H2's lock of the rows new links refer to
            if (!Catalog.isOwnerLock(sql)) return;
            lockAttempts.incrementAndGet();
            Connection holder = release.get();
            if (holder != null && released.compareAndSet(false, true)) {
                try {
                    holder.rollback();
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }
        }));
    }

    /**
     * Sessions that give up waiting for a row lock after a fraction of a second (a second on MariaDB), and retry
     * lock timeouts like other conflicts.
     */
    private static JunctionConfig.Builder briefLockWaits(TestTarget target, JunctionConfig.Builder builder) {
        String url = target.singleNodeUrl(); // on a cluster, the node of the test's lock-holding connection
        return builder.retryLockTimeouts(true).url(switch (target.backend()) {
            case POSTGRESQL -> url + (url.contains("?") ? "&" : "?") + "options=-c%20lock_timeout%3D200";
            case MARIADB -> url + (url.contains("?") ? "&" : "?") + "sessionVariables=innodb_lock_wait_timeout=1";
            case H2 -> url + ";LOCK_TIMEOUT=200";
            case SQLITE -> throw new IllegalArgumentException("SQLite has no row locks");
        });
    }

    /** Starts a transaction on {@code holder} that locks the user's row until it ends. */
    private static void lockRow(Connection holder, Catalog c, User user) throws SQLException {
        holder.setAutoCommit(false);
        try (PreparedStatement lock = holder.prepareStatement("SELECT * FROM " + c.q("Users") + " WHERE "
                + c.q("id") + " = ? FOR UPDATE")) {
            lock.setLong(1, user.id());
            lock.executeQuery().close();
        }
    }
}
