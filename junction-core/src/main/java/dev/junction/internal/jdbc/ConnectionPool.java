package dev.junction.internal.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import dev.junction.ConnectionException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Hands out the pool's connections, one at a time or two together, and ends every wait for one when Junction
 * closes. Thread-safe.
 *
 * <p>HikariCP leaves a thread waiting for a connection until its timeout (30 s) even after the pool is closed; here
 * closing interrupts the waiters, which then fail at once with a {@link ConnectionException}. A thread is only
 * interrupted while it waits in {@link #connect()}, and that interrupt is cleared before it leaves.
 */
public final class ConnectionPool {
    private final HikariDataSource dataSource;
    private final PasswordMask mask;
    private final Object lock = new Object();
    private final Set<Thread> waiting = new HashSet<>();
    private final Set<Thread> interruptedByClose = new HashSet<>();
    private final ReentrantLock pairs = new ReentrantLock(true);
    private boolean closed;

    public ConnectionPool(HikariDataSource dataSource, PasswordMask mask) {
        this.dataSource = dataSource;
        this.mask = mask;
    }

    /** A connection from the pool; the caller closes it. */
    public Connection connect() {
        Thread me = Thread.currentThread();
        synchronized (lock) {
            if (closed) throw closed(null);
            waiting.add(me);
        }
        Connection connection = null;
        SQLException failure = null;
        boolean interruptedHere;
        try {
            connection = dataSource.getConnection();
        } catch (SQLException e) {
            failure = e;
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
        int size = dataSource.getMaximumPoolSize();
        if (size < 2) {
            throw new ConnectionException(purpose + " needs two connections, but the pool holds " + size
                    + ": raise JunctionConfig.maxPoolSize, or run it inside a transaction", null);
        }
        try {
            if (!pairs.tryLock(dataSource.getConnectionTimeout(), TimeUnit.MILLISECONDS)) {
                throw new ConnectionException(purpose + " waited " + dataSource.getConnectionTimeout()
                        + " ms for two connections", null);
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
        dataSource.evictConnection(connection);
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
        return dataSource.getMaximumPoolSize();
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
