package dev.junction.internal.transaction;

import dev.junction.ConnectionException;
import dev.junction.JunctionException;
import dev.junction.LockTimeoutException;
import dev.junction.ReadOnlyException;
import dev.junction.ReadOnlyTransactionException;
import dev.junction.Transaction;
import dev.junction.TransactionConflictException;
import dev.junction.TransactionOptions;
import dev.junction.TransactionWork;
import dev.junction.ValidationException;
import dev.junction.internal.jdbc.ConnectionPool;
import dev.junction.internal.jdbc.EndingWork;
import dev.junction.internal.jdbc.ErrorTranslator;
import dev.junction.internal.jdbc.ReadOnlyRefusal;
import dev.junction.internal.jdbc.SqlWork;
import dev.junction.replica.internal.ReadRouter;
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
    /** Where reads that may leave the primary go; {@code null} without replicas. */
    private final ReadRouter replicas;
    /**
     * How often a transaction Junction owns is run when it keeps colliding with concurrent ones. The database rolled
     * the failed attempt back as a whole, and nothing of it reached the caller, so running it again is safe.
     */
    private final int conflictAttempts;
    private final ConflictPauses pauses;

    /**
     * {@code retryLockTimeouts}: whether a {@link LockTimeoutException} is run again like other conflicts; joins the
     * transactions {@code hook} reports ({@code null}: none); sends the reads {@link #replicaRead} is given, and
     * read-only transactions, through {@code replicas} ({@code null}: none); {@code conflictAttempts}: runs in all
     * (at least 1).
     */
    public TransactionScope(ConnectionPool pool, ErrorTranslator errors, boolean retryLockTimeouts,
                            TransactionHook hook, ReadRouter replicas, int conflictAttempts) {
        this.replicas = replicas;
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
            try {
                return bound(tx, false, work);
            } finally {
                if (replicas != null) tx.wrote();
            }
        }
        try (Connection connection = connect()) {
            return call(work, connection);
        } catch (SQLException e) {
            throw errors.translate(e, null, null);
        } finally {
            transactionWrote(); // auto-commit: the write is visible once the statement ends
        }
    }

    /** A write became visible (its statement or transaction ended): this thread's read-your-writes window opens. */
    void transactionWrote() {
        if (replicas != null) replicas.wrote();
    }

    /**
     * Runs a read that may go to a read replica: outside a transaction, unless this thread's reads stay on the
     * primary now, on the next replica that is up; else as {@link #read}. Only for reads that no write depends on.
     */
    public <R> R replicaRead(Transaction explicit, SqlWork<R> work) {
        if (replicas == null || !replicas.readsFromReplica() || active(explicit) != null) return read(explicit, work);
        return replicas.read(work, () -> read(null, work));
    }

    /** Runs {@code work} with this thread's reads on the primary ({@code Junction.usePrimary}); calls nest. */
    public <R> R onPrimary(Supplier<R> work) {
        return replicas == null ? work.get() : replicas.onPrimary(work);
    }

    /**
     * Runs a read like {@link #run}. Outside a transaction, a read whose pooled connection turns out to be broken —
     * the server restarted, or ended the session — runs once more on a new connection: reading changed nothing.
     * A failure to get a connection at all is not retried (the pool has already waited for one).
     */
    public <R> R read(Transaction explicit, SqlWork<R> work) {
        TransactionImpl tx = active(explicit);
        if (tx != null) {
            return bound(tx, false, work);
        }
        return RetriedRead.run(this::connect, work, errors);
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
        return atomic(explicit, (EndingWork<R>) (connection, mayCommit) -> work.run(connection));
    }

    /** {@link #atomic(Transaction, SqlWork)}, telling {@code ending} when it may commit ({@link EndingWork}). */
    public <R> R atomic(Transaction explicit, EndingWork<R> ending) {
        SqlWork<R> work = connection -> ending.run(connection, false);
        TransactionImpl tx = active(explicit);
        if (tx != null) {
            try {
                if (!tx.joinsFramework()) return bound(tx, true, work);
                if (tx == current.get()) return Savepoints.joined(tx, t -> bound(tx, true, work)); // its scope decides
                return FrameworkTransactions.dooming(tx, () -> bound(tx, true, work));
            } finally {
                if (replicas != null) tx.wrote();
            }
        }
        return retryingConflicts(() -> owned(ending));
    }

    /**
     * Runs {@code work} that writes with exactly one statement, which the database applies atomically on its own
     * (reads whose result needs no lock may go before it): in the given or current transaction if there is one, else
     * on a pooled connection in auto-commit, which spares the round trips of a transaction around it. Retried, reads
     * and all, on a {@link TransactionConflictException} like {@link #atomic}.
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

    private <R> R owned(EndingWork<R> work) {
        try (TransactionImpl own = begin()) {
            if (replicas != null) own.wrote(); // its commit or rollback opens the read-your-writes window
            boolean alone = !own.joinsFramework(); // a framework's transaction is the framework's to end
            R result = bound(own, true, connection -> work.run(connection, alone));
            own.commit();
            return result;
        }
    }

    /**
     * Runs {@code work} on {@code tx}'s connection, made this thread's transaction while it runs if {@code bind}. A
     * write the server refuses as read-only is the read-only transaction's refusal when {@code tx} is one.
     */
    private <R> R bound(TransactionImpl tx, boolean bind, SqlWork<R> work) {
        TransactionImpl previous = bind ? current.get() : null;
        if (bind) current.set(tx);
        try {
            if (tx.replicaPool() == null) return call(work, tx.connection());
            return replicas.serving(tx.replicaPool(), () -> call(work, tx.connection())); // a replica's broke: not ours
        } catch (ReadOnlyException refused) {
            if (refused instanceof ReadOnlyTransactionException || !tx.isReadOnly()) throw refused;
            throw ReadOnlyRefusal.inTransaction(refused, errors.dialect().name());
        } finally {
            if (bind) {
                if (previous == null) current.remove(); else current.set(previous);
            }
        }
    }

    /** The connection of the given or current transaction, or {@code null} when there is none. */
    public Connection currentConnection(Transaction explicit) {
        TransactionImpl tx = active(explicit);
        return tx == null ? null : tx.connection();
    }

    /**
     * A pooled connection the caller closes, for a read outside a transaction that outlives the call that opened it
     * (a stream): a replica's when reads go there now, else the primary's.
     */
    public Connection borrowForRead() {
        ReadRouter.Lease replica = replicas != null && replicas.readsFromReplica() ? replicas.lease() : null;
        return replica != null ? replica.connection() : connect();
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
        ReadRouter.Lease lease = replicas == null ? null : replicas.leaseFor(options, errors.dialect());
        ConnectionPool source = lease != null ? lease.pool() : pool;
        Connection connection = lease != null ? lease.connection() : connect();
        TransactionSettings settings = new TransactionSettings(errors.dialect(), options);
        try {
            settings.beforeBegin(connection);
            connection.setAutoCommit(false);
            settings.afterBegin(connection);
        } catch (SQLException e) {
            source.discard(connection, e);
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
                source.discard(connection, e); // the next borrower must not inherit the level or the flag
            }
        };
        return new TransactionImpl(this, connection, errors, onEnd, settings, suspended).onReplica(lease == null ? null
                : source);
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
            case REQUIRES_NEW -> managed(options, work, RequiresNew.suspendable(outer, errors.dialect(), pool.maxSize()));
        };
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
                    throw Savepoints.rolledBackForNestedFailure(tx.nestedFailure());
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
