package dev.junction.dialect.internal;

import dev.junction.dialect.ValueCodec;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/**
 * Codecs moving a JSON column's text ({@code String}) as it is; the attribute's Java values are turned into that
 * text and back above them, by the database's {@code JsonCodec}. One per way a database takes JSON text.
 */
public final class JsonTextCodecs {
    private JsonTextCodecs() {
    }

    /** Plain text: MariaDB/MySQL (whose JSON is LONGTEXT) and SQLite (TEXT). */
    public static final ValueCodec TEXT = StandardCodecs.STRING;

    /** Text bound with no type, which PostgreSQL converts to the column's JSONB (a VARCHAR it would refuse). */
    public static final ValueCodec UNTYPED = new ValueCodec() {
        public void bind(PreparedStatement s, int i, Object v) throws SQLException {
            if (v == null) s.setNull(i, Types.OTHER); else s.setObject(i, v, Types.OTHER);
        }

        public Object read(ResultSet r, int i) throws SQLException {
            return r.getString(i);
        }
    };

    /** UTF-8 bytes, which H2 parses as JSON text (a bound String would become one JSON string value). */
    public static final ValueCodec UTF8_BYTES = new ValueCodec() {
        public void bind(PreparedStatement s, int i, Object v) throws SQLException {
            if (v == null) s.setNull(i, Types.OTHER);
            else s.setBytes(i, ((String) v).getBytes(StandardCharsets.UTF_8));
        }

        public Object read(ResultSet r, int i) throws SQLException {
            return r.getString(i);
        }
    };
}
