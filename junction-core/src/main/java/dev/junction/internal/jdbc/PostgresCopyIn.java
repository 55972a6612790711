package dev.junction.internal.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Runs one {@code COPY … FROM STDIN} through the PostgreSQL driver's {@code CopyManager}. The only class of the core
 * that names the driver (an optional dependency): callers load it only after finding the driver on the class path
 * (see {@code BulkCopy}), and its methods take and return JDK types only. Stateless.
 */
public final class PostgresCopyIn {
    private PostgresCopyIn() {
    }

    /** Whether {@code connection} (a pool's proxy, perhaps) is the driver's, so that COPY can run on it. */
    public static boolean accepts(Connection connection) {
        try {
            return connection.isWrapperFor(PGConnection.class);
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * Sends {@code pieces} as the data of {@code copySql} and returns the number of rows the server stored. A
     * failure on either side ends the COPY before the exception leaves, so the connection stays usable (its
     * transaction failed, and is rolled back by its owner).
     */
    public static long copyIn(Connection connection, String copySql, List<byte[]> pieces) throws SQLException {
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copySql);
        try {
            for (byte[] piece : pieces) copy.writeToCopy(piece, 0, piece.length);
            return copy.endCopy();
        } catch (SQLException | RuntimeException e) {
            if (copy.isActive()) {
                try {
                    copy.cancelCopy();
                } catch (SQLException cancel) {
                    e.addSuppressed(cancel); // the COPY's own failure is the one to report
                }
            }
            throw e;
        }
    }
}
