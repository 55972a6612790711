package dev.junction.replica.internal;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import dev.junction.ConnectionException;
import dev.junction.PoolStats;
import dev.junction.internal.jdbc.ConnectionPool;
import java.sql.Connection;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * One read replica: its pool, and whether it is down. A replica that cannot be reached is marked down for
 * {@link #DOWN_FOR_NANOS} and skipped meanwhile, so that reads do not each wait for it; then one read tries it again
 * (chosen by compare-and-set; the others go on skipping it while it does).
 * Thread-safe.
 */
final class Replica {
    /** How long a replica that could not be reached is skipped before a read tries it again. */
    static final long DOWN_FOR_NANOS = TimeUnit.SECONDS.toNanos(10);
    /**
     * How long a read waits for one of the replica's connections before it goes elsewhere: not the primary's
     * connection timeout (30 s by default), which a replica that is down would cost every read.
     */
    static final long WAIT_MILLIS = 1_000;

    private final String name;
    private final ConnectionPool pool;
    /** The replica's own pool, which Junction closes; {@code null} for an application's {@code DataSource}. */
    private final HikariDataSource ownPool;
    private final LongSupplier clock;
    /**
     * {@link #UP}, or the {@link LongSupplier clock} time until which the replica is skipped: one atomic state, which
     * the one read that tries the replica again after that time sets forward first, so the others keep skipping it.
     */
    private final AtomicLong downUntil = new AtomicLong(UP);
    private static final long UP = Long.MIN_VALUE;

    Replica(String name, ConnectionPool pool, HikariDataSource ownPool, LongSupplier clock) {
        this.name = name;
        this.pool = pool;
        this.ownPool = ownPool;
        this.clock = clock;
    }

    /** The replica's URL (password hidden) or {@code DataSource}, for messages. */
    String name() {
        return name;
    }

    /** Whether the replica is marked down right now. */
    boolean isDown() {
        long until = downUntil.get();
        return until != UP && clock.getAsLong() - until < 0;
    }

    /**
     * One of the replica's connections, or {@code null} when it is marked down, cannot be reached (it is marked down
     * then) or has none free in time. The caller closes it.
     *
     * @throws ConnectionException when Junction has been closed
     */
    Connection connect() {
        long until = downUntil.get();
        long probe = UP;
        if (until != UP) {
            long now = clock.getAsLong();
            if (now - until < 0) return null;
            // Its time is up: one read tries it again; the others skip it meanwhile, as if it were still down.
            probe = now + DOWN_FOR_NANOS;
            if (!downUntil.compareAndSet(until, probe)) return null;
        }
        HikariDataSource hikari = pool.hikari();
        long wait = hikari == null ? -1 : Math.min(WAIT_MILLIS, hikari.getConnectionTimeout());
        try {
            Connection connection = pool.connect(wait);
            downUntil.compareAndSet(probe, UP);
            return connection;
        } catch (ConnectionException e) {
            if (pool.isClosed()) throw e;
            if (unreachable()) markDown(); else downUntil.compareAndSet(probe, UP); // reachable, only busy
            return null;
        }
    }

    /**
     * No connection came in time: the replica cannot be reached when it has no live connection — connecting failed,
     * or did not finish in time (a host that drops packets) — not when its connections were all busy.
     */
    private boolean unreachable() {
        HikariDataSource hikari = pool.hikari();
        HikariPoolMXBean mx = hikari == null ? null : hikari.getHikariPoolMXBean();
        return mx == null || mx.getTotalConnections() == 0;
    }

    void markDown() {
        long until = clock.getAsLong() + DOWN_FOR_NANOS;
        downUntil.set(until == UP ? until + 1 : until);
    }

    /** A connection of the replica broke: retire its others, which most likely broke with it. */
    void connectionLost() {
        HikariDataSource hikari = pool.hikari();
        HikariPoolMXBean mx = hikari == null || ownPool == null ? null : hikari.getHikariPoolMXBean();
        if (mx != null) mx.softEvictConnections();
    }

    ConnectionPool pool() {
        return pool;
    }

    PoolStats stats() {
        HikariDataSource hikari = pool.hikari();
        HikariPoolMXBean mx = hikari == null || hikari.isClosed() || pool.isClosed() ? null
                : hikari.getHikariPoolMXBean();
        return mx == null ? new PoolStats(0, 0, 0)
                : new PoolStats(mx.getActiveConnections(), mx.getIdleConnections(), mx.getTotalConnections());
    }

    /** Ends every wait for its connections, and closes its own pool (an application's stays open). */
    void close() {
        pool.close();
        if (ownPool != null) ownPool.close();
    }
}
