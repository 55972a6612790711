package dev.junction.internal.jdbc;

import dev.junction.dialect.Dialect;
import dev.junction.dialect.SqliteDialect;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Readies each connection borrowed from an application's {@code DataSource} for Junction's work outside a
 * transaction. Junction's own pool needs none of it: it opens its connections in auto-commit, with the dialect's
 * connection properties. Immutable and thread-safe.
 *
 * <p>A pool configured to hand out connections in manual commit ({@code spring.datasource.hikari.auto-commit=false})
 * would leave every single statement — an insert, {@code db.sync()}'s DDL — uncommitted, and rolled back when the
 * connection goes back. Junction switches such a connection to auto-commit, as it already does when one of its own
 * transactions ends; the pool restores its configured default when the connection comes back (HikariCP does).
 *
 * <p>On SQLite, the driver applies {@code foreign_keys} and {@code busy_timeout} only when it opens a connection,
 * and a {@code DataSource} configured without them leaves foreign keys unenforced and fails at once on a locked
 * database. Both are per-connection PRAGMAs: when the sample connection read at open lacks them, each borrowed
 * connection gets them, one cheap statement each (SQLite runs in-process).
 */
public final class BorrowedConnectionSetup {
    private final List<String> pragmas;

    private BorrowedConnectionSetup(List<String> pragmas) {
        this.pragmas = List.copyOf(pragmas);
    }

    /** The setup for the connections of a {@code DataSource} of {@code dialect}, judged from {@code sample}. */
    static BorrowedConnectionSetup of(Dialect dialect, Connection sample) throws SQLException {
        List<String> pragmas = new ArrayList<>();
        if (dialect instanceof SqliteDialect) {
            if (pragma(sample, "foreign_keys") == 0) pragmas.add("PRAGMA foreign_keys = ON");
            if (pragma(sample, "busy_timeout") == 0) {
                String timeout = dialect.connectionProperties().getOrDefault("busy_timeout", "10000");
                pragmas.add("PRAGMA busy_timeout = " + Integer.parseInt(timeout)); // a number: nothing to bind
            }
        }
        return new BorrowedConnectionSetup(pragmas);
    }

    /**
     * The setup for a replica's {@code DataSource}, which no sample connection is read from (the replica may be down
     * as Junction opens): auto-commit only.
     */
    public static BorrowedConnectionSetup autoCommit() {
        return new BorrowedConnectionSetup(List.of());
    }

    /** Readies {@code connection}, fresh from the pool. */
    void apply(Connection connection) throws SQLException {
        if (!connection.getAutoCommit()) connection.setAutoCommit(true);
        if (pragmas.isEmpty()) return;
        try (Statement statement = connection.createStatement()) {
            for (String pragma : pragmas) statement.execute(pragma);
        }
    }

    private static long pragma(Connection connection, String name) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("PRAGMA " + name)) {
            return result.next() ? result.getLong(1) : 0;
        }
    }
}
