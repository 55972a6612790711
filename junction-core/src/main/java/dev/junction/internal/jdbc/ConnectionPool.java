package dev.junction.internal.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import dev.junction.ConnectionException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;

/**
 * Hands out the pool's connections, one at a time or two together, and ends every wait for one when Junction
 * closes. Thread-safe.
 *
 * <p>HikariCP leaves a thread waiting for a connection until its timeout (30 s) even after the pool is closed; here
 * closing interrupts the waiters, which then fail at once with a {@link ConnectionException}. A thread is only
 * interrupted while it waits in {@link #connect()}, and that interrupt is cleared before it leaves.
 *
 * <p>The connections come from Junction's own HikariCP pool, or from an application's {@code DataSource}, which
 * closing leaves open.
 */
public final class ConnectionPool {
    /** HikariCP's default: how long a pool that is not HikariCP is assumed to make a caller wait for a connection. */
    private static final long DEFAULT_CONNECTION_TIMEOUT_MS = 30_000;

    private final DataSource dataSource;
    /** The HikariCP pool behind {@code dataSource}, or {@code null} for another kind of pool. */
    private final HikariDataSource hikari;
    private final PasswordMask mask;
    /** What an application's {@code DataSource}'s connections need on each borrow; {@code null} for Junction's pool. */
    private final BorrowedConnectionSetup setup;
    private final Object lock = new Object();
    private final Set<Thread> waiting = new HashSet<>();
    private final Set<Thread> interruptedByClose = new HashSet<>();
    private final ReentrantLock pairs = new ReentrantLock(true);
    private boolean closed;
    /** Run on every connection handed out (a Galera cluster's causal reads); {@code null}: nothing. */
    private volatile SqlWork<?> ready;

    /** Over Junction's own pool, whose connections are opened ready for its work. */
    public ConnectionPool(DataSource dataSource, PasswordMask mask) {
        this(dataSource, mask, null);
    }

    /**
     * Over an application's {@code DataSource}, whose connections {@code setup} readies on each borrow
     * ({@code null}: none, as for Junction's own pool).
     */
    public ConnectionPool(DataSource dataSource, PasswordMask mask, BorrowedConnectionSetup setup) {
        this.dataSource = dataSource;
        this.hikari = hikari(dataSource);
        this.mask = mask;
        this.setup = setup;
    }

    /** The HikariCP pool behind this one, or {@code null} for another kind of pool. */
    public HikariDataSource hikari() {
        return hikari;
    }

    /** The HikariCP pool {@code dataSource} is or wraps, or {@code null}. */
    static HikariDataSource hikari(DataSource dataSource) {
        if (dataSource instanceof HikariDataSource pool) return pool;
        try {
            return dataSource.isWrapperFor(HikariDataSource.class) ? dataSource.unwrap(HikariDataSource.class) : null;
        } catch (SQLException | RuntimeException notAWrapper) {
            return null;
        }
    }

    /**
     * Runs {@code ready} on every connection before it is handed out; set once, before Junction is used. It must be
     * cheap for a connection it has readied before.
     */
    public void readyEachConnection(SqlWork<?> ready) {
        this.ready = ready;
    }

    /** A connection from the pool; the caller closes it. */
    public Connection connect() {
        return connect(-1);
    }

    /**
     * A connection from the pool, waiting at most {@code timeoutMillis} for one (a HikariCP pool; another waits as
     * long as it waits; negative: the pool's own timeout); the caller closes it. A {@link ConnectionException}
     * whose cause has a cause of its own says that connecting failed, not only that every connection was busy.
     */
    public Connection connect(long timeoutMillis) {
        Thread me = Thread.currentThread();
        synchronized (lock) {
            if (closed) throw closed(null);
            waiting.add(me);
        }
        Connection connection = null;
        SQLException failure = null;
        boolean interruptedHere;
        try {
            connection = timeoutMillis >= 0 && hikari != null
                    && hikari.getHikariPoolMXBean() instanceof HikariPool bounded
                    ? bounded.getConnection(timeoutMillis) : dataSource.getConnection();
            if (setup != null) setup.apply(connection);
            SqlWork<?> readying = ready;
            if (readying != null) readying.run(connection);
        } catch (SQLException e) {
            failure = e;
            closeQuietly(connection); // got, but could not be readied
            connection = null;
        } finally {
            synchronized (lock) {
                waiting.remove(me);
                interruptedHere = interruptedByClose.remove(me);
            }
        }
        if (interruptedHere) {
            Thread.interrupted(); // the interrupt was Junction's, not the caller's
            closeQuietly(connection);
            throw closed(failure);
        }
        if (failure != null) {
            throw new ConnectionException("Could not get a database connection: " + mask.mask(failure.getMessage()),
                    mask.masked(failure));
        }
        return connection;
    }

    /**
     * Two connections, for a stream that needs one beside its own. Two threads that each took one and waited for a
     * second would wait for each other: connections are paired under a lock, so the pairs already handed out always
     * come back. A pool of one connection cannot ever give two, and says so at once.
     */
    public Connection[] connectPair(String purpose) {
        int size = hikari == null ? Integer.MAX_VALUE : hikari.getMaximumPoolSize();
        long timeout = hikari == null ? DEFAULT_CONNECTION_TIMEOUT_MS : hikari.getConnectionTimeout();
        if (size < 2) {
            throw new ConnectionException(purpose + " needs two connections, but the pool holds " + size
                    + ": raise JunctionConfig.maxPoolSize, or run it inside a transaction", null);
        }
        try {
            if (!pairs.tryLock(timeout, TimeUnit.MILLISECONDS)) {
                throw new ConnectionException(purpose + " waited " + timeout + " ms for two connections", null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectionException(purpose + " was interrupted waiting for two connections", e);
        }
        try {
            Connection first = connect();
            try {
                return new Connection[] {first, connect()};
            } catch (RuntimeException e) {
                closeQuietly(first);
                throw e;
            }
        } finally {
            pairs.unlock();
        }
    }

    /** Closes {@code connection} and keeps it out of the pool: its session is in a state the next user must not see. */
    public void evict(Connection connection) {
        if (hikari != null) {
            hikari.evictConnection(connection);
            return;
        }
        // Another kind of pool has no eviction: aborting ends the session, and a good pool drops what it finds closed.
        try {
            connection.abort(Runnable::run);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection);
        }
    }

    /**
     * Closes a connection whose BEGIN failed and keeps it out of the pool ({@link #evict}): its driver may think a
     * transaction is open that is not (SQLite's, after a busy BEGIN IMMEDIATE), and would run the next borrower's in
     * auto-commit. A failure to evict is added to {@code failure}.
     */
    public void discard(Connection connection, SQLException failure) {
        try {
            evict(connection);
        } catch (RuntimeException suppressed) {
            failure.addSuppressed(suppressed);
        }
    }

    /** Ends every wait for a connection, now and later. Returns whether this call closed the pool. */
    public boolean close() {
        synchronized (lock) {
            if (closed) return false;
            closed = true;
            for (Thread thread : waiting) {
                interruptedByClose.add(thread);
                thread.interrupt();
            }
        }
        return true;
    }

    public boolean isClosed() {
        synchronized (lock) {
            return closed;
        }
    }

    /** The most connections the pool holds at once. */
    public int maxSize() {
        return hikari == null ? Integer.MAX_VALUE : hikari.getMaximumPoolSize();
    }

    private static ConnectionException closed(SQLException cause) {
        return new ConnectionException("Junction is closed: it no longer hands out connections", cause);
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) return;
        try {
            connection.close();
        } catch (SQLException ignored) {
            // the pool is closing anyway
        }
    }
}
