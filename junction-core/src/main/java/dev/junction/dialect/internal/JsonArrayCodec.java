package dev.junction.dialect.internal;

import dev.junction.dialect.ValueCodec;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Binds a list of numbers, strings or UUIDs as one JSON array text parameter, for SQLite's
 * {@code IN (SELECT value FROM json_each(?))}: numbers stay numbers, everything else becomes a JSON string.
 * Write-only.
 */
public final class JsonArrayCodec implements ValueCodec {
    public static final JsonArrayCodec INSTANCE = new JsonArrayCodec();

    private JsonArrayCodec() {
    }

    @Override
    public void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        statement.setString(index, json((List<?>) value));
    }

    @Override
    public Object read(ResultSet resultSet, int index) {
        throw new IllegalStateException("list parameters are bound, never read");
    }

    /** {@code [1, 2]} or {@code ["a", "b\"c"]}. */
    static String json(List<?> values) {
        StringBuilder out = new StringBuilder(values.size() * 8 + 2).append('[');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) out.append(',');
            Object value = values.get(i);
            if (value instanceof Number) {
                out.append(value);
            } else {
                appendString(out, value.toString());
            }
        }
        return out.append(']').toString();
    }

    private static void appendString(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }
}
