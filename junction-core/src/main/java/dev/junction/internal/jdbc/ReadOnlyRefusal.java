package dev.junction.internal.jdbc;

import dev.junction.ReadOnlyException;
import dev.junction.ReadOnlyTransactionException;
import dev.junction.dialect.Dialect;
import dev.junction.dialect.H2Dialect;
import dev.junction.dialect.MariaDbDialect;
import dev.junction.dialect.SqliteDialect;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Recognises a write the database refused because it takes only reads, and says so: a read-only server (a replica)
 * as a {@link ReadOnlyException}, a read-only transaction as a {@link ReadOnlyTransactionException}. The database's
 * error is the same for both (PostgreSQL's hot standby and {@code SET TRANSACTION READ ONLY} both raise 25006), so
 * the statement's transaction decides: {@link ErrorTranslator} makes the first, and the transaction scope turns it
 * into the second when the statement ran in a read-only transaction. Stateless.
 */
public final class ReadOnlyRefusal {
    private ReadOnlyRefusal() {
    }

    /**
     * Whether {@code e} refuses a write as read-only: SQLState 25006 (PostgreSQL; MariaDB/MySQL 1792), MariaDB/MySQL
     * 1290 with {@code --read-only}, 1836 (read-only mode) and 1874 ({@code innodb_read_only}), H2's 90097 (database opened read-only), SQLite's
     * SQLITE_READONLY (8: a file opened read-only, or {@code PRAGMA query_only}).
     */
    static boolean matches(Dialect dialect, SQLException e) {
        if ("25006".equals(e.getSQLState())) return true;
        int code = e.getErrorCode();
        if (dialect instanceof SqliteDialect) return code == 8;
        if (dialect instanceof H2Dialect) return code == 90097;
        if (dialect instanceof MariaDbDialect) {
            String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
            return code == 1792 || code == 1836 || code == 1874 || code == 1290 && message.contains("read-only")
                    || code == 1290 && message.contains("read_only");
        }
        return false;
    }

    /** The refusal of a read-only server: a replica, a database or session opened read-only. */
    static ReadOnlyException byServer(Dialect dialect, SQLException e, String table, String sql) {
        return new ReadOnlyException(serverHead(dialect.name(), table) + detail(e, sql), e, table);
    }

    /**
     * {@code refused} as a refusal of the read-only transaction it ran in; one already saying so is returned as it
     * is.
     */
    public static ReadOnlyTransactionException inTransaction(ReadOnlyException refused, String dialect) {
        if (refused instanceof ReadOnlyTransactionException already) return already;
        SQLException cause = refused.getCause() instanceof SQLException sql ? sql : null;
        String head = serverHead(dialect, refused.table());
        String message = refused.getMessage();
        String detail = message.startsWith(head) ? message.substring(head.length()) : ": " + message;
        ReadOnlyTransactionException inTransaction = new ReadOnlyTransactionException(dialect + " refused a write"
                + (refused.table() == null ? "" : " to " + refused.table()) + " in a read-only transaction"
                + (dialect.equals("SQLite") ? " (or to a database file opened read-only)" : "") + detail, cause,
                refused.table());
        inTransaction.setStackTrace(refused.getStackTrace());
        return inTransaction;
    }

    private static String serverHead(String dialect, String table) {
        return dialect + " refused a write" + (table == null ? "" : " to " + table) + ": the server is read-only (a"
                + " replica, or a database opened read-only), and replicas take only reads; write through the primary";
    }

    private static String detail(SQLException e, String sql) {
        return ": " + e.getMessage() + (sql == null ? "" : "\n  SQL: " + sql);
    }
}
