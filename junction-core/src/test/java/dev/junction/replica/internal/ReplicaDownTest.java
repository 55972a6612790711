package dev.junction.replica.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.junction.internal.jdbc.BorrowedConnectionSetup;
import dev.junction.internal.jdbc.ConnectionPool;
import dev.junction.internal.jdbc.PasswordMask;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** A replica that cannot be reached is skipped for a while without being asked, then tried again. */
class ReplicaDownTest {
    /** A DataSource that fails while {@code down} is set, and counts how often it is asked. */
    static class FlakyDataSource implements DataSource {
        final AtomicInteger asked = new AtomicInteger();
        volatile boolean down = true;

        @Override
        public Connection getConnection() throws SQLException {
            asked.incrementAndGet();
            if (down) throw new SQLException("Connection refused", "08001");
            return DriverManager.getConnection("jdbc:h2:mem:");
        }

        @Override
        public Connection getConnection(String user, String password) throws SQLException {
            return getConnection();
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() {
            return Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }
    }

    @Test
    void aReplicaThatCannotBeReachedIsSkippedUntilItsTimeIsUpThenTriedAgain() throws SQLException {
        FlakyDataSource source = new FlakyDataSource();
        AtomicLong now = new AtomicLong(1_000);
        Replica replica = new Replica("flaky", new ConnectionPool(source, new PasswordMask(null, null),
                BorrowedConnectionSetup.autoCommit()), null, now::get);

        assertThat(replica.connect()).isNull();
        assertThat(source.asked).hasValue(1);
        assertThat(replica.isDown()).isTrue();

        source.down = false;
        now.addAndGet(Replica.DOWN_FOR_NANOS - 1);
        assertThat(replica.connect()).isNull(); // still skipped: not asked again
        assertThat(source.asked).hasValue(1);

        now.addAndGet(1);
        try (Connection connection = replica.connect()) {
            assertThat(connection).isNotNull();
        }
        assertThat(source.asked).hasValue(2);
        assertThat(replica.isDown()).isFalse();
    }

    @Test
    void readsGoToTheNextReplicaThatIsUpAndToThePrimaryWhenNoneIs() {
        FlakyDataSource first = new FlakyDataSource();
        FlakyDataSource second = new FlakyDataSource();
        AtomicLong now = new AtomicLong();
        Replica a = new Replica("a", new ConnectionPool(first, new PasswordMask(null, null),
                BorrowedConnectionSetup.autoCommit()), null, now::get);
        Replica b = new Replica("b", new ConnectionPool(second, new PasswordMask(null, null),
                BorrowedConnectionSetup.autoCommit()), null, now::get);
        ReadRouter router = new ReadRouter(java.util.List.of(a, b), dev.junction.ReplicaSettings.NONE, now::get);

        assertThat(router.read(c -> "replica", () -> "primary")).isEqualTo("primary");
        second.down = false;
        assertThat(router.read(c -> "replica", () -> "primary")).isEqualTo("primary"); // b is still marked down
        now.addAndGet(Replica.DOWN_FOR_NANOS);
        assertThat(router.read(c -> "replica", () -> "primary")).isEqualTo("replica");
        assertThat(first.asked).hasValue(2);
        router.close();
    }

    @Test
    void afterItsTimeOneReadTriesTheReplicaAgainAndTheOthersSkipItMeanwhile() throws Exception {
        CountDownLatch probing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        FlakyDataSource source = new FlakyDataSource() {
            @Override
            public Connection getConnection() throws SQLException {
                if (!down && asked.get() == 1) { // the first try after the window: hold it while the others come
                    asked.incrementAndGet();
                    probing.countDown();
                    try {
                        if (!release.await(60, TimeUnit.SECONDS)) throw new SQLException("never released");
                    } catch (InterruptedException e) {
                        throw new SQLException(e);
                    }
                    return DriverManager.getConnection("jdbc:h2:mem:");
                }
                return super.getConnection();
            }
        };
        AtomicLong now = new AtomicLong();
        Replica replica = new Replica("flaky", new ConnectionPool(source, new PasswordMask(null, null),
                BorrowedConnectionSetup.autoCommit()), null, now::get);
        assertThat(replica.connect()).isNull();
        assertThat(replica.isDown()).isTrue();
        source.down = false;
        now.addAndGet(Replica.DOWN_FOR_NANOS);

        ExecutorService prober = Executors.newSingleThreadExecutor();
        try {
            Future<Connection> probe = prober.submit(replica::connect);
            assertThat(probing.await(60, TimeUnit.SECONDS)).isTrue();
            assertThat(replica.connect()).as("skipped while one read tries it").isNull();
            assertThat(replica.isDown()).isTrue();
            assertThat(source.asked).hasValue(2);
            release.countDown();
            try (Connection connection = probe.get(60, TimeUnit.SECONDS)) {
                assertThat(connection).isNotNull();
            }
            assertThat(replica.isDown()).isFalse();
        } finally {
            release.countDown();
            prober.shutdownNow();
        }
    }

    @Test
    void aPoolThatTimesOutWithNoConnectionCountsAsDown() throws SQLException {
        CountDownLatch release = new CountDownLatch(1);
        FlakyDataSource hanging = new FlakyDataSource() {
            @Override
            public Connection getConnection() throws SQLException {
                asked.incrementAndGet();
                try {
                    release.await(60, TimeUnit.SECONDS); // a host that drops packets: no answer, no failure
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                throw new SQLException("Connect timed out", "08001");
            }
        };
        HikariConfig config = new HikariConfig();
        config.setDataSource(hanging);
        config.setConnectionTimeout(250);
        config.setInitializationFailTimeout(-1);
        config.setMinimumIdle(0);
        try (HikariDataSource pool = new HikariDataSource(config)) {
            AtomicLong now = new AtomicLong();
            Replica replica = new Replica("silent", new ConnectionPool(pool, new PasswordMask(null, null)), pool,
                    now::get);
            assertThat(replica.connect()).isNull();
            assertThat(replica.isDown()).isTrue();
        } finally {
            release.countDown();
        }
    }

    @Test
    void closingGoesOnPastAReplicaPoolThatFailsToClose() {
        AtomicLong now = new AtomicLong();
        HikariDataSource failing = new HikariDataSource() {
            @Override
            public void close() {
                throw new IllegalStateException("cannot close");
            }
        };
        ConnectionPool first = new ConnectionPool(new FlakyDataSource(), new PasswordMask(null, null),
                BorrowedConnectionSetup.autoCommit());
        ConnectionPool second = new ConnectionPool(new FlakyDataSource(), new PasswordMask(null, null),
                BorrowedConnectionSetup.autoCommit());
        ReadRouter router = new ReadRouter(java.util.List.of(new Replica("a", first, failing, now::get),
                new Replica("b", second, null, now::get)), dev.junction.ReplicaSettings.NONE, now::get);
        org.assertj.core.api.Assertions.assertThatThrownBy(router::close).hasMessage("cannot close");
        assertThat(second.isClosed()).isTrue();
    }
}
