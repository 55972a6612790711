package dev.junction.dialect;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Moves values of one {@link dev.junction.schema.DataType} between Java and one database. Chosen once per attribute
 * and dialect when a model is defined, so the hot path does no type lookup. Implementations are stateless and
 * thread-safe.
 */
public interface ValueCodec {
    /** Binds {@code value} (of the attribute's Java type, or {@code null}) as parameter {@code index}. */
    void bind(PreparedStatement statement, int index, Object value) throws SQLException;

    /** Reads column {@code index} of the current row as the attribute's Java type ({@code null} for SQL NULL). */
    Object read(ResultSet resultSet, int index) throws SQLException;
}
