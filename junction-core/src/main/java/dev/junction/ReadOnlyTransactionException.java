package dev.junction;

import java.sql.SQLException;

/**
 * A write was refused because its transaction is read-only ({@link TransactionOptions.Builder#readOnly}): PostgreSQL
 * and MariaDB/MySQL (SQLState 25006) and SQLite ({@code PRAGMA query_only}; also a database file opened read-only)
 * refuse it; H2 takes read-only as a hint and does not. The statement changed nothing; {@link #table()} names the
 * model's table when a model wrote.
 */
public class ReadOnlyTransactionException extends DatabaseException {
    private static final long serialVersionUID = 1L;
    private final String table;

    public ReadOnlyTransactionException(String message, SQLException cause, String table) {
        super(message, cause);
        this.table = table;
    }

    /** The table the refused write went to, or {@code null} when unknown (raw SQL). */
    public String table() {
        return table;
    }
}
