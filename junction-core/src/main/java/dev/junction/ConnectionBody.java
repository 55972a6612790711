package dev.junction;

import java.sql.Connection;
import java.sql.SQLException;

/** Plain JDBC work on a lent connection that returns nothing ({@link SqlAccess#useConnection}). */
@FunctionalInterface
public interface ConnectionBody {
    void run(Connection connection) throws SQLException;
}
