package dev.junction.internal.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.DatabaseException;
import dev.junction.JunctionException;
import dev.junction.ReadOnlyException;
import dev.junction.ReadOnlyTransactionException;
import dev.junction.dialect.Dialect;
import dev.junction.dialect.H2Dialect;
import dev.junction.dialect.MariaDbDialect;
import dev.junction.dialect.PostgresDialect;
import dev.junction.dialect.SqliteDialect;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The errors each database gives for a write it takes only reads for, as the drivers report them — some of which a
 * test server cannot be made to give (MariaDB's global {@code read_only} is the shared server's to set, not a test's).
 */
class ReadOnlyRefusalTest {
    private static JunctionException translated(Dialect dialect, SQLException e) {
        return new ErrorTranslator(dialect, (table, constraint) -> List.of(), () -> { })
                .translate(e, "Notes", "INSERT INTO Notes …");
    }

    @Test
    void mariaDbReadOnlyServersAndTransactionsAreReadOnlyExceptions() {
        MariaDbDialect mariaDb = new MariaDbDialect();
        assertThat(translated(mariaDb, new SQLException("The MariaDB server is running with the --read-only option so"
                + " it cannot execute this statement", "HY000", 1290))).isExactlyInstanceOf(ReadOnlyException.class)
                .hasMessageContaining("Notes").hasMessageContaining("replicas take only reads");
        assertThat(translated(mariaDb, new SQLException("Running in read-only mode", "HY000", 1836)))
                .isExactlyInstanceOf(ReadOnlyException.class);
        assertThat(translated(mariaDb, new SQLException("Cannot execute statement in a READ ONLY transaction",
                "25006", 1792))).isExactlyInstanceOf(ReadOnlyException.class);
        assertThat(translated(mariaDb, new SQLException("InnoDB is in read only mode", "HY000", 1874)))
                .isExactlyInstanceOf(ReadOnlyException.class);
    }

    @Test
    void anotherOptionThatPreventsAStatementIsNoReadOnlyRefusal() {
        assertThat(translated(new MariaDbDialect(), new SQLException("The MariaDB server is running with the"
                + " --secure-file-priv option so it cannot execute this statement", "HY000", 1290)))
                .isExactlyInstanceOf(DatabaseException.class);
    }

    @Test
    void postgresH2AndSqliteReadOnlyErrorsAreReadOnlyExceptions() {
        assertThat(translated(new PostgresDialect(), new SQLException("cannot execute INSERT in a read-only"
                + " transaction", "25006"))).isExactlyInstanceOf(ReadOnlyException.class);
        assertThat(translated(new H2Dialect(), new SQLException("The database is read only", "90097", 90097)))
                .isExactlyInstanceOf(ReadOnlyException.class);
        assertThat(translated(new SqliteDialect(), new SQLException("attempt to write a readonly database", null, 8)))
                .isExactlyInstanceOf(ReadOnlyException.class);
        assertThat(translated(new H2Dialect(), new SQLException("Syntax error", "42000", 42000)))
                .isNotInstanceOf(ReadOnlyException.class);
    }

    @Test
    void inAReadOnlyTransactionTheRefusalSaysSoKeepingTheTableAndTheStatement() {
        ReadOnlyException server = (ReadOnlyException) translated(new PostgresDialect(),
                new SQLException("cannot execute INSERT in a read-only transaction", "25006"));
        ReadOnlyTransactionException inTransaction = ReadOnlyRefusal.inTransaction(server, "PostgreSQL");
        assertThat(inTransaction).hasMessageStartingWith("PostgreSQL refused a write to Notes in a read-only"
                + " transaction: cannot execute INSERT").hasMessageContaining("SQL: INSERT INTO Notes");
        assertThat(inTransaction.table()).isEqualTo("Notes");
        assertThat(inTransaction.sqlState()).isEqualTo("25006");
        assertThat(ReadOnlyRefusal.inTransaction(inTransaction, "PostgreSQL")).isSameAs(inTransaction);
    }
}
