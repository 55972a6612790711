package dev.junction.internal.transaction;

import dev.junction.ConnectionException;
import dev.junction.Isolation;
import dev.junction.JunctionException;
import dev.junction.Transaction;
import dev.junction.TransactionOptions;
import dev.junction.internal.jdbc.ConnectionPool;
import dev.junction.internal.jdbc.ErrorTranslator;
import dev.junction.spi.TransactionHook;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * A transaction holding one pooled connection with auto-commit off until it ends — or, joined to a framework's
 * transaction, a view of the framework's connection that Junction neither commits nor closes.
 */
final class TransactionImpl implements Transaction {
    private final TransactionScope owner;
    private final Connection connection;
    private final ErrorTranslator errors;
    private final Runnable onEnd;
    /** The framework whose transaction this one joined, or {@code null} for a transaction of Junction's own. */
    private final TransactionHook framework;
    private final TransactionSettings settings;
    private final TransactionImpl suspended;
    private boolean active = true;
    private Throwable nestedFailure;
    /** Whether a write ran in it: its end then starts the writer's read-your-writes window. */
    private volatile boolean wrote;
    /** The read replica's pool its connection came from; {@code null}: the primary's. */
    private ConnectionPool replicaPool;

    TransactionImpl(TransactionScope owner, Connection connection, ErrorTranslator errors, Runnable onEnd) {
        this(owner, connection, errors, onEnd, new TransactionSettings(errors.dialect(), TransactionOptions.defaults()),
                null);
    }

    /**
     * {@code settings}: those its connection was given, undone before it ends; {@code suspended}: the managed
     * transaction of this thread that this one suspended, or {@code null}.
     */
    TransactionImpl(TransactionScope owner, Connection connection, ErrorTranslator errors, Runnable onEnd,
                    TransactionSettings settings, TransactionImpl suspended) {
        this.owner = owner;
        this.connection = connection;
        this.errors = errors;
        this.onEnd = onEnd;
        this.framework = null;
        this.settings = settings;
        this.suspended = suspended;
    }

    private TransactionImpl(TransactionScope owner, Connection connection, TransactionHook framework,
                            Runnable onEnd) {
        this.owner = owner;
        this.connection = connection;
        this.errors = null;
        this.onEnd = onEnd;
        this.framework = framework;
        this.settings = null;
        this.suspended = null;
    }

    /**
     * A transaction joined to the framework transaction on {@code connection}: committing it ends Junction's part and
     * leaves the commit to the framework; rolling it back marks the framework transaction rollback-only.
     */
    static TransactionImpl joining(TransactionScope owner, Connection connection, TransactionHook framework,
                                   Runnable onEnd) {
        return new TransactionImpl(owner, connection, framework, onEnd);
    }

    /**
     * Notes that a write ran in this transaction, for read-your-writes: its commit or rollback tells the scope; in the
     * framework's transaction each write tells it as its statement ends, and again as that transaction completes.
     */
    void wrote() {
        if (framework != null) {
            owner.transactionWrote();
            if (!wrote) framework.afterCompletion(owner::transactionWrote); // and at its commit, if the hook can tell
        }
        wrote = true;
    }

    /** Notes that its connection is a read replica's, from {@code pool} ({@code null}: the primary's); returns it. */
    TransactionImpl onReplica(ConnectionPool pool) {
        replicaPool = pool;
        return this;
    }

    /** The read replica's pool its connection came from, or {@code null} for the primary's. */
    ConnectionPool replicaPool() {
        return replicaPool;
    }

    /** Whether this transaction joined a framework's. */
    boolean joinsFramework() {
        return framework != null;
    }

    /** Marks the framework transaction this one joined rollback-only. */
    void dooms() {
        framework.setRollbackOnly();
    }

    /**
     * The options it was started with (a joined transaction runs with these); for one joined to a framework's, the
     * isolation level and read-only flag its connection really has; the defaults for another transaction whose
     * connection Junction did not set up itself ({@code settings} null).
     */
    TransactionOptions options() {
        if (framework != null) return frameworkOptions();
        return settings == null ? TransactionOptions.defaults() : settings.options();
    }

    /**
     * Whether it is read-only: for the framework's transaction, its connection's flag (read without a statement, so
     * also after a refused write has aborted a PostgreSQL transaction; {@code false} if even that fails).
     */
    boolean isReadOnly() {
        if (framework == null) return options().isReadOnly();
        try {
            return connection.isReadOnly();
        } catch (SQLException e) {
            return false;
        }
    }

    private TransactionOptions frameworkOptions() {
        try {
            int level = connection.getTransactionIsolation();
            TransactionOptions.Builder options = TransactionOptions.builder().readOnly(connection.isReadOnly());
            for (Isolation isolation : Isolation.values()) {
                if (isolation.jdbcLevel() == level) options.isolation(isolation);
            }
            return options.build();
        } catch (SQLException e) {
            throw new ConnectionException("Could not read the framework transaction's settings: " + e.getMessage(),
                    e);
        }
    }

    /** The transaction this one suspended ({@code REQUIRES_NEW}), or {@code null}. */
    TransactionImpl suspended() {
        return suspended;
    }

    /** How many of the primary pool's connections this thread holds for this transaction and those it suspended. */
    int connectionsHeld() {
        return (replicaPool == null ? 1 : 0) + (suspended == null ? 0 : suspended.connectionsHeld());
    }

    /** The scope (so the {@code Junction}) that started this transaction. */
    TransactionScope owner() {
        return owner;
    }

    Connection connection() {
        if (!active) {
            throw new JunctionException("This transaction has already been committed or rolled back");
        }
        return connection;
    }

    /**
     * Records that a nested managed transaction joined to this one failed: this one may only roll back now — unless a
     * savepoint undoes that failure ({@link #nestedFailureUndone}). One joined to a framework's dooms it only as it
     * ends with the failure still recorded.
     */
    void nestedFailed(Throwable failure) {
        if (nestedFailure == null) {
            nestedFailure = failure;
        }
    }

    /** The failure of a nested transaction that joined this one, or {@code null}. */
    Throwable nestedFailure() {
        return nestedFailure;
    }

    /** Forgets failures recorded since {@code before}: a savepoint rolled back what they wrote. */
    void nestedFailureUndone(Throwable before) {
        nestedFailure = before;
    }

    @Override
    public void commit() {
        end(true);
    }

    @Override
    public void rollback() {
        end(false);
    }

    @Override
    public boolean isActive() {
        return active;
    }

    @Override
    public void close() {
        if (active) {
            end(false);
        }
    }

    private void end(boolean commit) {
        if (!active) {
            throw new JunctionException("This transaction has already been committed or rolled back");
        }
        active = false;
        if (framework != null) {
            try {
                if (!commit || nestedFailure != null) framework.setRollbackOnly();
            } finally {
                onEnd.run();
                if (wrote) owner.transactionWrote();
            }
            return;
        }
        try {
            if (settings != null) settings.beforeEnd(connection);
            if (commit) connection.commit(); else connection.rollback();
        } catch (SQLException e) {
            if (commit) {
                try {
                    connection.rollback();
                } catch (SQLException suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            throw errors.translate(e, null, commit ? "COMMIT" : "ROLLBACK");
        } finally {
            try {
                connection.setAutoCommit(true);
            } catch (SQLException ignored) {
                // the pool resets or evicts the connection
            }
            onEnd.run();
            try {
                connection.close();
            } catch (SQLException ignored) {
                // nothing more to release
            }
            if (wrote) owner.transactionWrote(); // read-your-writes: the window opens as the writes become visible
        }
    }
}
