package dev.junction.internal.transaction;

import dev.junction.ConnectionException;
import dev.junction.JunctionException;
import dev.junction.LockTimeoutException;
import dev.junction.Transaction;
import dev.junction.TransactionConflictException;
import dev.junction.TransactionOptions;
import dev.junction.TransactionWork;
import dev.junction.ValidationException;
import dev.junction.internal.jdbc.ConnectionPool;
import dev.junction.internal.jdbc.ErrorTranslator;
import dev.junction.internal.jdbc.SqlWork;
import dev.junction.spi.TransactionHook;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * Decides which connection an operation runs on: the explicit transaction's, else the managed transaction bound to
 * this thread, else a pooled connection of its own — in a transaction of its own when the operation is a write
 * of more than one statement. Nested managed transactions join the outer one, run under a savepoint of it, or suspend
 * it, as their {@link dev.junction.Propagation} says. Thread-safe.
 *
 * <p>With a {@link TransactionHook}, a framework transaction active on the calling thread comes before a connection of
 * its own: operations and managed transactions join it ({@link FrameworkTransactions}); nothing is retried inside it.
 */
public final class TransactionScope {
    private final ConnectionPool pool;
    private final ErrorTranslator errors;
    private final ThreadLocal<TransactionImpl> current = new ThreadLocal<>();
    private final boolean retryLockTimeouts;
    private final FrameworkTransactions framework;
    /**
     * How often a transaction Junction owns is run when it keeps colliding with concurrent ones. The database rolled
     * the failed attempt back as a whole, and nothing of it reached the caller, so running it again is safe.
     */
    private final int conflictAttempts;
    private final ConflictPauses pauses;

    /**
     * {@code retryLockTimeouts}: whether a {@link LockTimeoutException} is run again like other conflicts; joining
     * the transactions {@code hook} reports ({@code null}: none); {@code conflictAttempts}: runs in all (at least 1).
     */
    public TransactionScope(ConnectionPool pool, ErrorTranslator errors, boolean retryLockTimeouts,
                            TransactionHook hook, int conflictAttempts) {
        this.pool = pool;
        this.errors = errors;
        this.retryLockTimeouts = retryLockTimeouts;
        this.framework = new FrameworkTransactions(this, hook, current);
        this.conflictAttempts = conflictAttempts;
        this.pauses = new ConflictPauses(errors.cluster());
    }

    /** Runs {@code work} on the transaction's connection, or a pooled one in auto-commit. */
    public <R> R run(Transaction explicit, SqlWork<R> work) {
        TransactionImpl tx = active(explicit);
        if (tx != null) {
            return call(work, tx.connection());
        }
        try (Connection connection = connect()) {
            return call(work, connection);
        } catch (SQLException e) {
            throw errors.translate(e, null, null);
        }
    }

    /**
     * Runs a read like {@link #run}. Outside a transaction, a read whose pooled connection turns out to be broken —
     * the server restarted, or ended the session — runs once more on a new connection: reading changed nothing.
     * A failure to get a connection at all is not retried (the pool has already waited for one).
     */
    public <R> R read(Transaction explicit, SqlWork<R> work) {
        if (active(explicit) != null) {
            return run(explicit, work);
        }
        ConnectionException lost = null;
        for (int attempt = 1; ; attempt++) {
            Connection connection = connect();
            try (connection) {
                return call(work, connection);
            } catch (ConnectionException broken) {
                if (lost != null) broken.addSuppressed(lost);
                if (attempt == 2) throw broken;
                lost = broken;
            } catch (SQLException e) {
                throw errors.translate(e, null, null);
            }
        }
    }

    /**
     * Runs {@code work} atomically: in the given or current transaction, else in a new one. While it runs, that
     * transaction is this thread's, so the model operations {@code work} calls join it instead of taking
     * connections of their own. A new transaction that fails with a {@link TransactionConflictException} (deadlock,
     * serialization failure) is run again, up to the configured number of attempts in all; {@code work} must
     * therefore leave nothing behind outside the database until it returns. A {@link LockTimeoutException} is
     * thrown at once unless the configuration retries lock timeouts: each attempt would wait the whole timeout again.
     */
    public <R> R atomic(Transaction explicit, SqlWork<R> work) {
        TransactionImpl tx = active(explicit);
        if (tx != null) {
            if (!tx.joinsFramework()) return bound(tx, work);
            if (tx == current.get()) return Savepoints.joined(tx, t -> bound(tx, work)); // its scope decides
            return FrameworkTransactions.dooming(tx, () -> bound(tx, work));
        }
        return retryingConflicts(() -> owned(work));
    }

    /**
     * Runs {@code work} that sends exactly one statement, which the database applies atomically on its own: in the
     * given or current transaction if there is one, else on a pooled connection in auto-commit, which spares the
     * round trips of a transaction around it. Retried on a {@link TransactionConflictException} like
     * {@link #atomic}.
     */
    public <R> R statement(Transaction explicit, SqlWork<R> work) {
        if (active(explicit) != null) {
            return run(explicit, work);
        }
        return retryingConflicts(() -> run(null, work));
    }

    /** Runs {@code once} again on a {@link TransactionConflictException}, as {@link #atomic} does. */
    public <R> R retryingConflicts(Supplier<R> once) {
        TransactionImpl tx = current.get();
        // In the framework's transaction only the framework can run the caller's work again.
        if (tx != null && tx.isActive() ? tx.joinsFramework() : framework.active()) return once.get();
        TransactionConflictException previous = null;
        for (int attempt = 1; ; attempt++) {
            try {
                return once.get();
            } catch (TransactionConflictException conflict) {
                if (previous != null) conflict.addSuppressed(previous);
                if (attempt >= conflictAttempts) throw conflict;
                if (conflict instanceof LockTimeoutException && !retryLockTimeouts) throw conflict;
                pauses.pause(attempt, conflict);
                previous = conflict;
            }
        }
    }

    private <R> R owned(SqlWork<R> work) {
        try (TransactionImpl own = begin()) {
            R result = bound(own, work);
            own.commit();
            return result;
        }
    }

    private <R> R bound(TransactionImpl tx, SqlWork<R> work) {
        TransactionImpl previous = current.get();
        current.set(tx);
        try {
            return call(work, tx.connection());
        } finally {
            if (previous == null) current.remove(); else current.set(previous);
        }
    }

    /** The connection of the given or current transaction, or {@code null} when there is none. */
    public Connection currentConnection(Transaction explicit) {
        TransactionImpl tx = active(explicit);
        return tx == null ? null : tx.connection();
    }

    /** A pooled connection the caller closes (streams, which outlive the call that opened them). */
    public Connection borrow() {
        return connect();
    }

    /** Two pooled connections the caller closes: a stream and the work it runs beside itself. */
    public Connection[] borrowPair(String purpose) {
        return pool.connectPair(purpose);
    }

    /** Starts an unmanaged transaction, or joins the framework's. */
    public TransactionImpl begin() {
        return begin(TransactionOptions.defaults());
    }

    /**
     * Starts an unmanaged transaction with an isolation level and read-only flag, or joins the framework's if its
     * connection already has them (else a {@link ValidationException}); never {@code NESTED}.
     */
    public TransactionImpl begin(TransactionOptions options) {
        if (options.propagation() == dev.junction.Propagation.NESTED) {
            throw new ValidationException(null, null, "db.begin(options) starts a transaction of its own:"
                    + " Propagation.NESTED is for db.transaction(options, work) inside a running transaction");
        }
        if (options.propagation() != dev.junction.Propagation.REQUIRES_NEW) {
            TransactionImpl joined = framework.join(() -> { });
            if (joined != null) return FrameworkTransactions.honouring(joined, options);
        }
        return begin(options, null);
    }

    private TransactionImpl begin(TransactionOptions options, TransactionImpl suspended) {
        Connection connection = connect();
        TransactionSettings settings = new TransactionSettings(errors.dialect(), options);
        try {
            settings.beforeBegin(connection);
            connection.setAutoCommit(false);
            settings.afterBegin(connection);
        } catch (SQLException e) {
            discard(connection, e);
            throw errors.translate(e, null, "BEGIN");
        } catch (RuntimeException e) {
            // No such isolation level: refused before anything changed on the connection.
            try {
                connection.close();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
        Runnable onEnd = settings.isDefault() ? () -> { } : () -> {
            try {
                settings.restore(connection);
            } catch (SQLException e) {
                discard(connection, e); // the next borrower must not inherit the level or the flag
            }
        };
        return new TransactionImpl(this, connection, errors, onEnd, settings, suspended);
    }

    /**
     * Starts an unmanaged transaction whose connection first runs {@code onStart} in auto-commit, before BEGIN, and,
     * once the transaction has ended, {@code onEnd}, before the connection goes back to the pool: for session state
     * that must span the whole transaction, such as a lock held until after its commit. A failing {@code onEnd} is
     * ignored (the connection is broken, and the server drops its session state with it).
     */
    public TransactionImpl begin(SqlWork<?> onStart, SqlWork<?> onEnd) {
        if (framework.active()) return framework.joinedWith(onStart, onEnd);
        Connection connection = connect();
        try {
            onStart.run(connection);
            connection.setAutoCommit(false);
        } catch (SQLException | RuntimeException e) {
            try {
                connection.close();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            if (e instanceof RuntimeException runtime) throw runtime;
            throw errors.translate((SQLException) e, null, "BEGIN");
        }
        return new TransactionImpl(this, connection, errors, () -> {
            try {
                onEnd.run(connection);
            } catch (SQLException | RuntimeException ignored) {
                // see above
            }
        });
    }

    /**
     * Runs {@code work} in a managed transaction bound to this thread, joining one that is already there. A joined
     * body that throws dooms the outer transaction: it rolls back even if the outer body catches the exception.
     */
    public <R, X extends Exception> R transaction(TransactionWork<R, X> work) throws X {
        return transaction(TransactionOptions.defaults(), work);
    }

    /**
     * Runs {@code work} in a managed transaction as {@code options} say: joining the one bound to this thread
     * ({@code REQUIRED}), under a savepoint of it ({@code NESTED}), or in a new one on a connection of its own that is
     * this thread's until it ends ({@code REQUIRES_NEW}); without one bound, always in a new one.
     */
    public <R, X extends Exception> R transaction(TransactionOptions options, TransactionWork<R, X> work) throws X {
        TransactionImpl outer = current.get();
        if (outer != null && outer.joinsFramework() && !framework.stillJoined(outer)) outer = null; // suspended
        if (outer == null || !outer.isActive()) {
            if (options.propagation() != dev.junction.Propagation.REQUIRES_NEW) {
                TransactionImpl joined = framework.join(() -> { });
                if (joined != null) {
                    return framework.inFramework(Savepoints.joinable(joined, options), options, work, errors);
                }
            }
            return managed(options, work, null);
        }
        return switch (options.propagation()) {
            case REQUIRED -> Savepoints.joined(Savepoints.joinable(outer, options), work);
            case NESTED -> Savepoints.nested(Savepoints.joinable(outer, options), work, errors);
            case REQUIRES_NEW -> managed(options, work, suspendable(outer));
        };
    }

    /**
     * {@code outer}, if a new transaction can get a connection beside those this thread holds; else a clear
     * failure at once rather than a wait for one that cannot come back while this thread waits.
     */
    private TransactionImpl suspendable(TransactionImpl outer) {
        if (errors.dialect() instanceof dev.junction.dialect.SqliteDialect) {
            // Every SQLite transaction takes the database's one write lock as it begins, and the outer one holds it.
            throw new dev.junction.UnsupportedByDatabaseException("SQLite", "Propagation.REQUIRES_NEW inside a"
                    + " running transaction cannot work on SQLite, which lets one transaction at a time write and"
                    + " gives that lock to the outer one: use Propagation.NESTED, or start it outside the transaction");
        }
        int held = outer.connectionsHeld();
        int size = pool.maxSize();
        if (held >= size) {
            throw new ConnectionException("Propagation.REQUIRES_NEW needs a connection of its own, but this thread"
                    + " already holds " + (held == 1 ? "the pool's only one" : "all " + size + " of the pool's")
                    + " for the transactions it suspends: raise JunctionConfig.maxPoolSize, or use"
                    + " Propagation.NESTED", null);
        }
        return outer;
    }

    private <R, X extends Exception> R managed(TransactionOptions options, TransactionWork<R, X> work,
                                                TransactionImpl suspended) throws X {
        TransactionImpl previous = current.get();
        TransactionImpl tx = begin(options, suspended);
        current.set(tx);
        try {
            R result = work.run(tx);
            if (tx.isActive()) {
                if (tx.nestedFailure() != null) {
                    throw rolledBackForNestedFailure(tx.nestedFailure());
                }
                tx.commit();
            }
            return result;
        } catch (Throwable t) {
            if (tx.isActive()) {
                try {
                    tx.rollback();
                } catch (RuntimeException suppressed) {
                    t.addSuppressed(suppressed);
                }
            }
            throw t;
        } finally {
            if (previous == null) current.remove(); else current.set(previous);
        }
    }

    private static JunctionException rolledBackForNestedFailure(Throwable failure) {
        // Committing would keep the outer body's writes and half of the nested one's: all or nothing instead.
        return new JunctionException("The transaction was rolled back because a nested transaction in it failed ("
                + failure + "); the outer body caught that failure, but work that joined a transaction cannot be"
                + " committed in part. Let the exception propagate, or catch it outside db.transaction(…)", failure);
    }

    private TransactionImpl active(Transaction explicit) {
        if (explicit != null) {
            if (!(explicit instanceof TransactionImpl impl)) {
                throw new IllegalArgumentException("Not a Junction transaction: " + explicit);
            }
            if (impl.owner() != this) {
                // Its connection leads to another pool, perhaps another database: writes would land there.
                throw new JunctionException("This transaction was started by another Junction; use a transaction"
                        + " from the Junction the model was defined on");
            }
            return impl;
        }
        TransactionImpl tx = current.get();
        // The framework is asked again each time: the body of a joined transaction may call code of the framework's
        // that suspends its transaction or starts another (Spring's REQUIRES_NEW, NOT_SUPPORTED).
        if (tx != null && tx.isActive() && (!tx.joinsFramework() || framework.stillJoined(tx))) return tx;
        return framework.join(() -> { });
    }

    /**
     * Closes a connection whose BEGIN failed and keeps it out of the pool: its driver may think a transaction is open
     * that is not (SQLite's, after a busy BEGIN IMMEDIATE), and would run the next borrower's in auto-commit.
     */
    private void discard(Connection connection, SQLException failure) {
        try {
            pool.evict(connection);
        } catch (RuntimeException suppressed) {
            failure.addSuppressed(suppressed);
        }
    }

    private Connection connect() {
        return pool.connect();
    }

    static <R> R call(SqlWork<R> work, Connection connection) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            // SqlRunner translates statement failures; a raw one here comes from connection handling.
            throw new ConnectionException("Connection failed: " + e.getMessage(), e);
        }
    }
}
