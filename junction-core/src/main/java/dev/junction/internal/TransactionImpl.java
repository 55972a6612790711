package dev.junction.internal;

import dev.junction.JunctionException;
import dev.junction.Transaction;
import java.sql.Connection;
import java.sql.SQLException;

/** A transaction holding one pooled connection with auto-commit off until it ends. */
final class TransactionImpl implements Transaction {
    private final Connection connection;
    private final ErrorTranslator errors;
    private final Runnable onEnd;
    private boolean active = true;

    TransactionImpl(Connection connection, ErrorTranslator errors, Runnable onEnd) {
        this.connection = connection;
        this.errors = errors;
        this.onEnd = onEnd;
    }

    Connection connection() {
        if (!active) {
            throw new JunctionException("This transaction has already been committed or rolled back");
        }
        return connection;
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
        try {
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
            try {
                connection.close();
            } catch (SQLException ignored) {
                // nothing more to release
            }
            onEnd.run();
        }
    }
}
