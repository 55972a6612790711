package dev.junction.testing;

import dev.junction.spi.TransactionHook;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A stand-in for a framework's transaction manager, as small as a test needs: {@link #begin} makes a plain JDBC
 * connection this thread's transaction, {@link #end} commits or rolls it back. As its {@link TransactionHook}, it
 * tells Junction about that transaction, records whether Junction marked it rollback-only, and runs the callbacks
 * given to {@link #afterCompletion} as the transaction ends. Not thread-safe beyond
 * the one thread a test runs on.
 */
public final class FrameworkTransactions implements TransactionHook {
    private Connection connection;
    private boolean rollbackOnly;
    private final List<Runnable> afterCompletion = new ArrayList<>();

    /** Starts a framework transaction on {@code connection} (auto-commit off). */
    public void begin(Connection transaction) throws SQLException {
        transaction.setAutoCommit(false);
        this.connection = transaction;
        this.rollbackOnly = false;
    }

    /** Ends the framework transaction: committed unless {@code commit} is false or it was marked rollback-only. */
    public void end(boolean commit) throws SQLException {
        try {
            if (commit && !rollbackOnly) connection.commit(); else connection.rollback();
        } finally {
            try {
                afterCompletion.forEach(Runnable::run);
            } finally {
                afterCompletion.clear();
                connection.setAutoCommit(true);
                connection = null;
            }
        }
    }

    /** How many callbacks given to {@link #afterCompletion} wait for the transaction to end. */
    public int pendingAfterCompletion() {
        return afterCompletion.size();
    }

    public boolean rollbackOnly() {
        return rollbackOnly;
    }

    @Override
    public boolean isTransactionActive() {
        return connection != null;
    }

    @Override
    public Connection transactionConnection() {
        return connection;
    }

    @Override
    public void setRollbackOnly() {
        rollbackOnly = true;
    }

    @Override
    public boolean afterCompletion(Runnable callback) {
        afterCompletion.add(callback);
        return true;
    }
}
