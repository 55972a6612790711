package dev.junction.dialect.internal;

import dev.junction.dialect.ValueCodec;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Points in time stored as UTC wall-clock time in a zone-less DATETIME column, for MariaDB/MySQL (as Sequelize does
 * with its default {@code timezone: '+00:00'}). Independent of the JVM's and the server's time zones.
 */
public final class UtcLocalCodecs {
    private UtcLocalCodecs() {
    }

    public static final ValueCodec INSTANT = new ValueCodec() {
        public void bind(java.sql.PreparedStatement s, int i, Object v) throws SQLException {
            if (v == null) s.setNull(i, Types.TIMESTAMP);
            else s.setObject(i, LocalDateTime.ofInstant(StandardCodecs.micros((Instant) v), ZoneOffset.UTC));
        }

        public Object read(ResultSet r, int i) throws SQLException {
            LocalDateTime value = r.getObject(i, LocalDateTime.class);
            return value == null ? null : value.toInstant(ZoneOffset.UTC);
        }
    };

    public static final ValueCodec OFFSET_DATE_TIME = new ValueCodec() {
        public void bind(java.sql.PreparedStatement s, int i, Object v) throws SQLException {
            INSTANT.bind(s, i, v == null ? null : ((OffsetDateTime) v).toInstant());
        }

        public Object read(ResultSet r, int i) throws SQLException {
            Instant value = (Instant) INSTANT.read(r, i);
            return value == null ? null : value.atOffset(ZoneOffset.UTC);
        }
    };
}
