package dev.junction.internal.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Work done atomically on a connection that may be told it is the whole of a transaction begun for it alone — no
 * caller's or framework's transaction around it, nothing run after it but the commit — and may then send the
 * {@code COMMIT} itself, together with its last statements: one round trip fewer. A commit that follows a
 * transaction the work committed finds nothing to do (the driver knows the session is idle).
 */
@FunctionalInterface
public interface EndingWork<R> {
    /** {@code mayCommit}: this work is its transaction's last, in a transaction of Junction's own. */
    R run(Connection connection, boolean mayCommit) throws SQLException;
}
