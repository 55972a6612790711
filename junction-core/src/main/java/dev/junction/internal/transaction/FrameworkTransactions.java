package dev.junction.internal.transaction;

import dev.junction.ConnectionException;
import dev.junction.JunctionException;
import dev.junction.Propagation;
import dev.junction.TransactionOptions;
import dev.junction.TransactionWork;
import dev.junction.ValidationException;
import dev.junction.internal.jdbc.ErrorTranslator;
import dev.junction.internal.jdbc.SqlWork;
import dev.junction.spi.TransactionHook;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * A {@link TransactionScope}'s side of a framework's transactions ({@link TransactionHook}): joining the one active on
 * the calling thread, running a managed transaction's body inside it, and dooming it when Junction's part fails.
 * Thread-safe.
 */
final class FrameworkTransactions {
    private final TransactionScope scope;
    private final TransactionHook hook;
    private final ThreadLocal<TransactionImpl> current;

    /** {@code hook}: {@code null} for none; {@code current}: the scope's managed transaction of each thread. */
    FrameworkTransactions(TransactionScope scope, TransactionHook hook, ThreadLocal<TransactionImpl> current) {
        this.scope = scope;
        this.hook = hook;
        this.current = current;
    }

    /** Whether a framework transaction is active on the calling thread. */
    boolean active() {
        return hook != null && hook.isTransactionActive();
    }

    /**
     * The framework transaction active on this thread, joined, or {@code null} when there is none (or no hook). It
     * holds nothing of Junction's: the connection stays the framework's, so it needs no closing.
     */
    TransactionImpl join(Runnable onEnd) {
        if (hook == null || !hook.isTransactionActive()) return null;
        Connection connection = hook.transactionConnection();
        if (connection == null) {
            throw new ConnectionException("The TransactionHook " + hook + " reported an active transaction but"
                    + " gave no connection", null);
        }
        return TransactionImpl.joining(scope, connection, hook, onEnd);
    }

    /** Whether {@code tx}, joined to a framework transaction, is still the one active on this thread. */
    boolean stillJoined(TransactionImpl tx) {
        return tx.isActive() && active() && hook.transactionConnection() == tx.connection();
    }

    /**
     * Joins the framework transaction, with session state such as a lock set up before and cleared once the
     * framework's transaction has completed (committing Junction's part ends nothing on the database). A hook that
     * cannot run code then ({@link TransactionHook#afterCompletion}) is refused: the lock would be given up before
     * the framework commits what it guards.
     */
    TransactionImpl joinedWith(SqlWork<?> onStart, SqlWork<?> onEnd) {
        Connection connection = hook.transactionConnection();
        TransactionScope.call(onStart, connection);
        Runnable release = () -> {
            try {
                onEnd.run(connection);
            } catch (SQLException | RuntimeException ignored) {
                // as in begin(onStart, onEnd)
            }
        };
        boolean registered;
        try {
            registered = hook.afterCompletion(release);
        } catch (RuntimeException e) {
            release.run();
            throw e;
        }
        if (!registered) {
            release.run();
            throw new JunctionException("Seeding inside a framework transaction needs its TransactionHook ("
                    + hook + ") to run code after that transaction completes (TransactionHook.afterCompletion):"
                    + " Junction's seed lock must be held until the framework commits. Seed outside the transaction");
        }
        return join(() -> { });
    }

    /**
     * The framework transaction {@code joined}, if {@code db.begin(options)} may join it: its connection already has
     * the isolation level asked for, and is read-only if a read-only transaction is asked for; else a
     * {@link ValidationException} — Junction does not change the settings of a connection the framework owns.
     */
    static TransactionImpl honouring(TransactionImpl joined, TransactionOptions options) {
        Savepoints.joinable(joined, options);
        if (options.isReadOnly() && !joined.options().isReadOnly()) {
            throw new ValidationException(null, null, "db.begin(options) asks for a read-only transaction, but would"
                    + " join the framework's read-write one, where writes succeed: make the framework's transaction"
                    + " read-only, or use Propagation.REQUIRES_NEW for a transaction of its own");
        }
        return joined;
    }

    /**
     * Runs a managed transaction's body joined to the framework's — under a savepoint of it for {@code NESTED}. The
     * framework's is doomed when a failure leaves this, Junction's outermost scope in it, or a failure inside was
     * caught and no savepoint undid it; a {@code NESTED} body's failure that its savepoint undid leaves it alone.
     */
    <R, X extends Exception> R inFramework(TransactionImpl joined, TransactionOptions options,
                                           TransactionWork<R, X> work, ErrorTranslator errors) throws X {
        boolean nested = options.propagation() == Propagation.NESTED;
        TransactionImpl previous = current.get();
        current.set(joined);
        try {
            R result = nested ? Savepoints.nested(joined, work, errors) : work.run(joined);
            if (joined.isActive()) joined.commit(); // ends Junction's part, dooming if a failure was caught
            return result;
        } catch (Throwable t) {
            if (!nested) joined.nestedFailed(t);
            try {
                if (joined.isActive()) {
                    joined.commit(); // rollback-only if a failure is still recorded; the framework ends it
                } else if (!nested) {
                    joined.dooms();
                }
            } catch (RuntimeException suppressed) {
                t.addSuppressed(suppressed);
            }
            throw t;
        } finally {
            if (previous == null) current.remove(); else current.set(previous);
        }
    }
    /** Runs {@code work} in the framework transaction {@code tx} joined, dooming it if {@code work} throws. */
    static <R> R dooming(TransactionImpl tx, Supplier<R> work) {
        try {
            return work.get();
        } catch (RuntimeException | Error e) {
            tx.dooms();
            throw e;
        }
    }
}
