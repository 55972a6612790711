package dev.junction;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Plain JDBC work on a connection Junction lends ({@link SqlAccess#withConnection}). An {@link SQLException} it throws
 * is turned into Junction's typed exceptions, as any statement's failure is.
 *
 * @param <R> what the work returns
 */
@FunctionalInterface
public interface ConnectionWork<R> {
    R run(Connection connection) throws SQLException;
}
