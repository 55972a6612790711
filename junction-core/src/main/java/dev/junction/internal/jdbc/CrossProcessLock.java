package dev.junction.internal.jdbc;

import dev.junction.JunctionException;
import dev.junction.Transaction;
import dev.junction.dialect.Dialect;
import dev.junction.dialect.ValueCodec;
import dev.junction.internal.Runtime;
import dev.junction.internal.transaction.TransactionScope;
import dev.junction.query.internal.Sql;
import dev.junction.schema.DataType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A named lock that serialises Junction's schema and seed work across processes sharing a database: two
 * {@code sync}s, two seed runs. The dialect renders it ({@code pg_advisory_lock} on PostgreSQL, {@code GET_LOCK} on
 * MariaDB/MySQL), held by the connection's session, per schema or database; where the dialect has none (H2, SQLite:
 * embedded, one process owns the file or memory) a lock per database URL within the JVM stands in. Reentrant.
 * Thread-safe.
 */
public final class CrossProcessLock {
    /** Held around {@code sync} and {@code drop}. */
    public static final String SCHEMA = "junction:schema";
    /** Held around applying or undoing a seed file, and making the ledger. */
    public static final String SEEDS = "junction:seeds";

    private static final long WAIT_SECONDS = 60;
    private static final ConcurrentMap<String, ReentrantLock> IN_JVM = new ConcurrentHashMap<>();

    private final Dialect dialect;
    private final SqlRunner runner;
    private final ValueCodec text;

    public CrossProcessLock(Runtime runtime) {
        this.dialect = runtime.dialect();
        this.runner = runtime.runner();
        this.text = dialect.codec(DataType.text());
    }

    /** Runs {@code work} on {@code connection} holding the lock {@code name}; released however it ends. */
    public <R> R holding(Connection connection, String name, SqlWork<R> work) throws SQLException {
        acquire(connection, name);
        try {
            return work.run(connection);
        } finally {
            release(connection, name);
        }
    }

    /**
     * Runs {@code work} in a new transaction, holding the lock {@code name} from before the transaction begins until
     * after its commit or rollback — released earlier, another process could read the state from before this
     * commit. The transaction is this thread's while {@code work} runs, and is run again on a conflict like
     * {@link TransactionScope#atomic}.
     */
    public <R> R atomically(TransactionScope scope, String name, SqlWork<R> work) {
        return scope.retryingConflicts(() -> {
            try (Transaction tx = scope.begin(c -> acquire(c, name), c -> release(c, name))) {
                R result = scope.atomic(tx, work);
                tx.commit();
                return result;
            }
        });
    }

    private boolean acquire(Connection connection, String name) throws SQLException {
        if (dialect.sessionLock() == null) return acquireInJvm(connection, name);
        List<Object> granted = runner.query(connection, new Sql().append(dialect.sessionLock()).addBind(name, text),
                null, rs -> rs.getObject(1));
        if (granted.isEmpty() || !(granted.get(0) instanceof Number n) || n.intValue() != 1) {
            throw new JunctionException("Another process held Junction's lock " + name + " on this database for "
                    + WAIT_SECONDS + " s (a sync or seed run that is stuck?); try again when it has finished");
        }
        return true;
    }

    private boolean release(Connection connection, String name) throws SQLException {
        if (dialect.sessionUnlock() == null) {
            inJvm(connection, name).unlock();
        } else {
            runner.query(connection, new Sql().append(dialect.sessionUnlock()).addBind(name, text), null, rs -> 1);
        }
        return true;
    }

    private boolean acquireInJvm(Connection connection, String name) throws SQLException {
        try {
            if (inJvm(connection, name).tryLock(WAIT_SECONDS, TimeUnit.SECONDS)) return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JunctionException("Interrupted while waiting for Junction's lock " + name, e);
        }
        throw new JunctionException("Another Junction in this JVM held the lock " + name + " on this database for "
                + WAIT_SECONDS + " s; try again when it has finished");
    }

    private static ReentrantLock inJvm(Connection connection, String name) throws SQLException {
        return IN_JVM.computeIfAbsent(connection.getMetaData().getURL() + " " + name, key -> new ReentrantLock());
    }
}
