package dev.junction.testing;

import dev.junction.spi.TransactionHook;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * A stand-in for a framework's transaction manager, as small as a test needs: {@link #begin} makes a plain JDBC
 * connection this thread's transaction, {@link #end} commits or rolls it back. As its {@link TransactionHook}, it
 * tells Junction about that transaction and records whether Junction marked it rollback-only. Not thread-safe beyond
 * the one thread a test runs on.
 */
public final class FrameworkTransactions implements TransactionHook {
    private Connection connection;
    private boolean rollbackOnly;

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
            connection.setAutoCommit(true);
            connection = null;
        }
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
}
