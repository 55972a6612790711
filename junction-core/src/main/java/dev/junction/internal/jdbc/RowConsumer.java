package dev.junction.internal.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Takes in the current row of a result set, keeping what it needs itself. */
@FunctionalInterface
public interface RowConsumer {
    void accept(ResultSet resultSet) throws SQLException;
}
