package dev.junction;

import java.sql.SQLException;

/**
 * A write was refused because its transaction is read-only ({@link TransactionOptions.Builder#readOnly}): PostgreSQL
 * and MariaDB/MySQL (SQLState 25006) and SQLite ({@code PRAGMA query_only}) refuse it; H2 takes read-only as a hint
 * and does not. A {@link ReadOnlyException}, as a write refused by a read-only server is. The statement changed
 * nothing; {@link #table()} names the model's table when a model wrote.
 */
public class ReadOnlyTransactionException extends ReadOnlyException {
    private static final long serialVersionUID = 1L;

    public ReadOnlyTransactionException(String message, SQLException cause, String table) {
        super(message, cause, table);
    }
}
