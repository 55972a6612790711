package dev.junction.replica.internal;

import dev.junction.ConnectionException;
import dev.junction.Isolation;
import dev.junction.PoolStats;
import dev.junction.ReplicaSettings;
import dev.junction.TransactionConflictException;
import dev.junction.TransactionOptions;
import dev.junction.dialect.Dialect;
import dev.junction.dialect.PostgresDialect;
import dev.junction.internal.jdbc.ConnectionPool;
import dev.junction.internal.jdbc.SqlWork;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Sends the reads that may go to a replica there, in turn (round-robin), skipping replicas that are down; and keeps a
 * thread's reads on the primary while it asks for that ({@link #onPrimary}), by default
 * ({@link ReplicaSettings#usePrimary()}), or for a while after it wrote ({@link ReplicaSettings#readYourWrites()}).
 * Only reads outside a transaction, and read-only transactions, ever ask it; the transaction scope decides which.
 * Thread-safe.
 */
public final class ReadRouter {
    private final List<Replica> replicas;
    private final AtomicInteger next = new AtomicInteger();
    private final boolean usePrimaryByDefault;
    private final long readYourWritesNanos;
    private final LongSupplier clock;
    /** How deep this thread is in {@link #onPrimary} calls. */
    private final ThreadLocal<int[]> primaryDepth = ThreadLocal.withInitial(() -> new int[1]);
    /** When this thread last wrote ({@link LongSupplier clock} time), if read-your-writes is on. */
    private final ThreadLocal<long[]> lastWrite = ThreadLocal.withInitial(() -> new long[] {0, 0});
    /** The replica whose connection this thread's statement runs on now, if any: a broken one retires its pool. */
    private final ThreadLocal<Replica> serving = new ThreadLocal<>();

    ReadRouter(List<Replica> replicas, ReplicaSettings settings, LongSupplier clock) {
        this.replicas = List.copyOf(replicas);
        this.usePrimaryByDefault = settings.usePrimary();
        this.readYourWritesNanos = settings.readYourWrites().toNanos();
        this.clock = clock;
    }

    /** Whether a read outside a transaction on this thread goes to a replica now. */
    public boolean readsFromReplica() {
        return !usePrimaryByDefault && mayUseReplica();
    }

    /** Whether a read-only transaction this thread begins now runs on a replica. */
    public boolean mayUseReplica() {
        if (primaryDepth.get()[0] > 0) return false;
        if (readYourWritesNanos == 0) return true;
        long[] wrote = lastWrite.get();
        return wrote[1] == 0 || clock.getAsLong() - wrote[0] >= readYourWritesNanos;
    }

    /** Notes that this thread just wrote (only read-your-writes needs it). */
    public void wrote() {
        if (readYourWritesNanos == 0) return;
        long[] wrote = lastWrite.get();
        wrote[0] = clock.getAsLong();
        wrote[1] = 1;
    }

    /** Runs {@code work} with this thread's reads on the primary; calls nest. */
    public <R> R onPrimary(Supplier<R> work) {
        int[] depth = primaryDepth.get();
        depth[0]++;
        try {
            return work.get();
        } finally {
            depth[0]--;
        }
    }

    /**
     * Runs the read {@code work} on the next replica that is up; when a replica's connection breaks, on the next one;
     * with none left, {@code onPrimary}. A read the replica cancels as a conflict — a PostgreSQL hot standby's
     * "conflict with recovery" (40001), when replaying the primary's changes needs what it reads — runs on the
     * primary instead, once: it is no conflict there, and reading changed nothing.
     */
    public <R> R read(SqlWork<R> work, Supplier<R> onPrimary) {
        int start = Math.floorMod(next.getAndIncrement(), replicas.size());
        for (int i = 0; i < replicas.size(); i++) {
            Replica replica = replicas.get((start + i) % replicas.size());
            Connection connection = replica.connect();
            if (connection == null) continue;
            serving.set(replica);
            try (connection) {
                return work.run(connection);
            } catch (ConnectionException | SQLException broken) {
                // The connection failed (SqlRunner translates a failed statement, so a raw SQLException is the
                // connection's): retire the replica's others, and read elsewhere — reading changed nothing.
                replica.connectionLost();
            } catch (TransactionConflictException cancelled) {
                serving.remove();
                return onPrimary.get();
            } finally {
                serving.remove();
            }
        }
        return onPrimary.get();
    }

    /**
     * Runs {@code work} on a connection of {@code pool}'s (a read-only transaction's), so that if it breaks
     * {@link #connectionLost} retires that replica's pool; as it is when {@code pool} is no replica's.
     */
    public <R> R serving(ConnectionPool pool, Supplier<R> work) {
        Replica replica = replicas.stream().filter(r -> r.pool() == pool).findFirst().orElse(null);
        if (replica == null) return work.get();
        Replica previous = serving.get();
        serving.set(replica);
        try {
            return work.get();
        } finally {
            if (previous == null) serving.remove(); else serving.set(previous);
        }
    }

    /**
     * A connection broke: when this thread's statement ran on a replica, retires that replica's connections (not the
     * primary's) and says {@code true}; else {@code false}, and the primary's pool reacts.
     */
    public boolean connectionLost() {
        Replica replica = serving.get();
        if (replica == null) return false;
        replica.connectionLost();
        return true;
    }

    /** A connection lent by one replica's pool, which takes it back (or evicts it). */
    public record Lease(Connection connection, ConnectionPool pool) {
    }

    /**
     * A connection of the next replica that is up, for a read-only transaction or a stream; {@code null} when none is
     * (then the caller takes the primary's). The caller closes it.
     */
    public Lease lease() {
        int start = Math.floorMod(next.getAndIncrement(), replicas.size());
        for (int i = 0; i < replicas.size(); i++) {
            Replica replica = replicas.get((start + i) % replicas.size());
            Connection connection = replica.connect();
            if (connection != null) return new Lease(connection, replica.pool());
        }
        return null;
    }

    /**
     * A replica's connection for a transaction with {@code options}, or {@code null} when it runs on the primary: a
     * read-only transaction runs on a replica that is up unless this thread's reads stay on the primary — or it is
     * SERIALIZABLE on PostgreSQL, whose hot standbys refuse that level ("cannot use serializable mode in a hot
     * standby").
     */
    public Lease leaseFor(TransactionOptions options, Dialect dialect) {
        if (!options.isReadOnly() || !mayUseReplica()) return null;
        if (options.isolation() == Isolation.SERIALIZABLE && dialect instanceof PostgresDialect) return null;
        return lease();
    }

    /** Each replica's pool counts, in the configured order. */
    public List<PoolStats> stats() {
        return replicas.stream().map(Replica::stats).toList();
    }

    /**
     * Closes the replicas' own pools, and ends every wait for a replica connection; one that fails to close does not
     * keep the others open (the first failure is thrown once all are closed, the others suppressed in it).
     */
    public void close() {
        RuntimeException failure = null;
        for (Replica replica : replicas) {
            try {
                replica.close();
            } catch (RuntimeException e) { // the others still close
                if (failure == null) failure = e; else failure.addSuppressed(e);
            }
        }
        if (failure != null) throw failure;
    }
}
