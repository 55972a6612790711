package dev.junction.internal.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/** Work done on a connection. */
@FunctionalInterface
public interface SqlWork<R> {
    R run(Connection connection) throws SQLException;
}
