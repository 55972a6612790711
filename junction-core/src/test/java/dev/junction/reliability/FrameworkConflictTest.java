package dev.junction.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.junction.JunctionConfig;
import dev.junction.TransactionConflictException;
import dev.junction.reliability.Catalog.Show;
import dev.junction.reliability.Catalog.User;
import dev.junction.testing.FrameworkTransactions;
import dev.junction.testing.TestTarget;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Inside a framework's transaction (a {@link dev.junction.spi.TransactionHook}), a write that collides is thrown
 * after one attempt, even with {@code retryLockTimeouts}: Junction cannot run the caller's earlier work again, only
 * the framework can. The collision is made as in {@link ConflictRetryTest}: a plain JDBC transaction holds the row
 * lock {@code set} needs, and sessions wait for a lock only briefly.
 */
class FrameworkConflictTest {

    @ParameterizedTest(name = "[{0}] {displayName}")
    @MethodSource("dev.junction.reliability.Catalog#rowLockingDatabases")
    void aCollisionInsideAFrameworkTransactionIsThrownAtOnceAndDoomsIt(TestTarget target) throws Exception {
        FrameworkTransactions framework = new FrameworkTransactions();
        AtomicInteger lockAttempts = new AtomicInteger();
        Catalog c = new Catalog(target, b -> briefLockWaits(target, b).transactionHook(framework)
                .listener((sql, params, nanos) -> {
                    if (Catalog.isOwnerLock(sql)) lockAttempts.incrementAndGet();
                }));
        User alice = c.createUsers(1).get(0);
        List<Show> shows = c.createShows(2);
        JunctionConfig config = c.db.config();
        try (Connection holder = target.jdbc();
             Connection frameworks = DriverManager.getConnection(config.url(), config.user(), config.password())) {
            holder.setAutoCommit(false);
            try (PreparedStatement lock = holder.prepareStatement("SELECT * FROM " + c.q("Users") + " WHERE "
                    + c.q("id") + " = ? FOR UPDATE")) {
                lock.setLong(1, alice.id());
                lock.executeQuery().close();
            }
            framework.begin(frameworks);

            Throwable thrown = catchThrowable(() -> c.favorites.set(alice, shows));
            framework.end(true);
            holder.rollback();

            assertThat(thrown).isInstanceOf(TransactionConflictException.class);
            assertThat(lockAttempts).as("not run again").hasValue(1);
            assertThat(framework.rollbackOnly()).isTrue();
            assertThat(c.favoriteRows()).isEmpty();
        }
    }

    private static JunctionConfig.Builder briefLockWaits(TestTarget target, JunctionConfig.Builder builder) {
        String url = target.singleNodeUrl(); // on a cluster, the node of the test's lock-holding connection
        return builder.retryLockTimeouts(true).url(switch (target.backend()) {
            case POSTGRESQL -> url + (url.contains("?") ? "&" : "?") + "options=-c%20lock_timeout%3D200";
            case MARIADB -> url + (url.contains("?") ? "&" : "?") + "sessionVariables=innodb_lock_wait_timeout=1";
            case H2 -> url + ";LOCK_TIMEOUT=200";
            case SQLITE -> throw new IllegalArgumentException("SQLite has no row locks");
        });
    }
}
