package dev.junction.internal.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Reads the current row of a result set into one value. */
@FunctionalInterface
public interface RowReader<R> {
    R read(ResultSet resultSet) throws SQLException;
}
