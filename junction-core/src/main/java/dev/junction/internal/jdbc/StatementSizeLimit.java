package dev.junction.internal.jdbc;

import dev.junction.dialect.Dialect;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The most bytes one statement may take on a pool's database ({@link Dialect#maxStatementBytesQuery()}), read on
 * the first connection that asks and kept for the pool's life. The read is plain JDBC, outside the statement log:
 * it is the pool learning about its server, not work a caller asked for. Thread-safe.
 */
public final class StatementSizeLimit {
    /** The limit where the database sets none of its own. */
    public static final long NONE = Long.MAX_VALUE;

    private final String query;
    private volatile long bytes;

    StatementSizeLimit(Dialect dialect) {
        this.query = dialect.maxStatementBytesQuery();
        this.bytes = query == null ? NONE : -1;
    }

    /** The limit, read on {@code connection} the first time; {@link #NONE} if the server does not say. */
    long bytes(Connection connection) {
        long known = bytes;
        if (known >= 0) return known;
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(query)) {
            known = rs.next() && rs.getLong(1) > 0 ? rs.getLong(1) : NONE;
        } catch (SQLException e) {
            return NONE; // not cached: the next statement asks again, and a broken connection fails it anyway
        }
        bytes = known;
        return known;
    }
}
