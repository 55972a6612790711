package dev.junction.internal.transaction;

import dev.junction.Isolation;
import dev.junction.TransactionOptions;
import dev.junction.UnsupportedByDatabaseException;
import dev.junction.dialect.Dialect;
import dev.junction.dialect.MariaDbDialect;
import dev.junction.dialect.PostgresDialect;
import dev.junction.dialect.SqliteDialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Puts a transaction's isolation level and read-only flag on its connection, and back afterwards, as each database
 * needs: the JDBC settings in auto-commit before BEGIN, and the statements that make a transaction read-only where the
 * driver's flag alone does not (PostgreSQL's {@code SET TRANSACTION READ ONLY}, MariaDB's {@code START TRANSACTION
 * READ ONLY}, SQLite's {@code PRAGMA query_only}, which is only on between BEGIN and the end, since sqlite-jdbc
 * begins the next transaction (IMMEDIATE: a write) as it commits). H2 takes read-only as a hint only. SQLite is always serializable,
 * so any level asked of it runs as that.
 */
final class TransactionSettings {
    private final Dialect dialect;
    private final TransactionOptions options;
    private Integer previousIsolation;
    private Boolean previousReadOnly;
    private boolean queryOnly;

    TransactionSettings(Dialect dialect, TransactionOptions options) {
        this.dialect = dialect;
        this.options = options;
    }

    TransactionOptions options() {
        return options;
    }

    /** Whether these options change nothing on the connection. */
    boolean isDefault() {
        return options.isolation() == null && !options.isReadOnly();
    }

    /** Sets the level and flag on {@code connection}, still in auto-commit; {@link #restore} undoes what this did. */
    void beforeBegin(Connection connection) throws SQLException {
        Isolation isolation = options.isolation();
        if (isolation != null && !(dialect instanceof SqliteDialect)) {
            if (!connection.getMetaData().supportsTransactionIsolationLevel(isolation.jdbcLevel())) {
                throw new UnsupportedByDatabaseException(dialect.name(), dialect.name() + " has no isolation level "
                        + isolation);
            }
            int current = connection.getTransactionIsolation();
            if (current != isolation.jdbcLevel()) {
                connection.setTransactionIsolation(isolation.jdbcLevel());
                previousIsolation = current;
            }
        }
        if (!options.isReadOnly() || dialect instanceof SqliteDialect) return;
        if (!connection.isReadOnly()) {
            connection.setReadOnly(true);
            previousReadOnly = false;
        }
    }

    /** Right after auto-commit was switched off: the statement that opens the transaction read-only, if one is needed. */
    void afterBegin(Connection connection) throws SQLException {
        if (!options.isReadOnly()) return;
        if (dialect instanceof SqliteDialect) {
            // sqlite-jdbc refuses setReadOnly on an open connection; the pragma refuses writes until it is reset.
            execute(connection, "PRAGMA query_only = 1");
            queryOnly = true;
        } else if (dialect instanceof PostgresDialect) {
            execute(connection, "SET TRANSACTION READ ONLY");
        } else if (dialect instanceof MariaDbDialect) {
            execute(connection, "START TRANSACTION READ ONLY");
        }
    }

    /** Just before COMMIT or ROLLBACK: SQLite's pragma off, so that the BEGIN its driver sends next may write. */
    void beforeEnd(Connection connection) throws SQLException {
        if (queryOnly) {
            execute(connection, "PRAGMA query_only = 0");
            queryOnly = false;
        }
    }

    /** Once the transaction has ended and the connection is back in auto-commit: the connection as it was. */
    void restore(Connection connection) throws SQLException {
        if (previousReadOnly != null) {
            connection.setReadOnly(previousReadOnly);
        }
        if (previousIsolation != null) {
            connection.setTransactionIsolation(previousIsolation);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
