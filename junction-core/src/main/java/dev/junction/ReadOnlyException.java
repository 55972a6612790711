package dev.junction;

import java.sql.SQLException;

/**
 * A write was refused because the server, or the transaction, takes only reads: a read replica (PostgreSQL's hot
 * standby, a MariaDB/MySQL server with {@code read_only}), a session or database opened read-only (H2's
 * {@code ACCESS_MODE_DATA=r}, an SQLite file opened read-only), or a read-only transaction
 * ({@link ReadOnlyTransactionException}). Recognised by SQLState 25006, MariaDB/MySQL errors 1290, 1792 and 1836, H2's
 * 90097 and SQLite's 8. The statement changed nothing; write through the primary. {@link #table()} names the model's
 * table when a model wrote.
 */
public class ReadOnlyException extends DatabaseException {
    private static final long serialVersionUID = 1L;
    private final String table;

    public ReadOnlyException(String message, SQLException cause, String table) {
        super(message, cause);
        this.table = table;
    }

    /** The table the refused write went to, or {@code null} when unknown (raw SQL). */
    public String table() {
        return table;
    }
}
