package dev.junction.internal.transaction;

import dev.junction.ConnectionException;
import dev.junction.TransactionWork;
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

    /** Joins the framework transaction, with session state such as a lock set up before and cleared at the end. */
    TransactionImpl joinedWith(SqlWork<?> onStart, SqlWork<?> onEnd) {
        Connection connection = hook.transactionConnection();
        TransactionScope.call(onStart, connection);
        return join(() -> {
            try {
                onEnd.run(connection);
            } catch (SQLException | RuntimeException ignored) {
                // as in begin(onStart, onEnd)
            }
        });
    }

    /** Runs a managed transaction's body joined to the framework's, which it dooms if the body throws. */
    <R, X extends Exception> R inFramework(TransactionImpl joined, TransactionWork<R, X> work) throws X {
        current.set(joined);
        try {
            R result = work.run(joined);
            if (joined.isActive()) joined.commit(); // ends Junction's part; the framework commits
            return result;
        } catch (Throwable t) {
            joined.nestedFailed(t);
            throw t;
        } finally {
            current.remove();
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
