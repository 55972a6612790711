package dev.junction.dialect.internal;

import dev.junction.dialect.ValueCodec;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** Binds a list of values as one SQL array parameter, for {@code column = ANY(?)}. Write-only. */
public final class ArrayCodec implements ValueCodec {
    private final String elementType;

    public ArrayCodec(String elementType) {
        this.elementType = elementType;
    }

    @Override
    public void bind(java.sql.PreparedStatement statement, int index, Object value) throws SQLException {
        Array array = statement.getConnection().createArrayOf(elementType, ((List<?>) value).toArray());
        statement.setArray(index, array);
    }

    @Override
    public Object read(ResultSet resultSet, int index) {
        throw new IllegalStateException("array parameters are bound, never read");
    }
}
