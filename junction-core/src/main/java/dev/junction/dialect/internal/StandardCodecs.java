package dev.junction.dialect.internal;

import dev.junction.dialect.ValueCodec;
import dev.junction.schema.DataType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Codecs that use the JDBC 4.2 typed accessors, which every supported driver implements for the column types the
 * dialects create. Dialects replace the few that their database stores differently.
 */
public final class StandardCodecs {
    private StandardCodecs() {
    }

    /** The codec for {@code type} using plain JDBC types. */
    public static ValueCodec forType(DataType type) {
        return switch (type.kind()) {
            case STRING, TEXT -> STRING;
            case INTEGER -> INTEGER;
            case BIGINT -> BIGINT;
            case DOUBLE -> DOUBLE;
            case DECIMAL -> decimal(type.scale());
            case BOOLEAN -> BOOLEAN;
            case INSTANT -> INSTANT_AS_OFFSET;
            case OFFSET_DATE_TIME -> OFFSET_DATE_TIME;
            case LOCAL_DATE_TIME -> LOCAL_DATE_TIME;
            case DATE -> DATE;
            case UUID -> UUID_OBJECT;
            case BINARY -> BINARY;
            case ENUM -> enumCodec(type);
            case JSON -> JsonTextCodecs.TEXT;
        };
    }

    /** Truncates to microseconds, the finest precision every supported database keeps. */
    public static Instant micros(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    public static final ValueCodec STRING = new ValueCodec() {
        public void bind(java.sql.PreparedStatement s, int i, Object v) throws SQLException {
            if (v == null) s.setNull(i, Types.VARCHAR); else s.setString(i, (String) v);
        }

        public Object read(ResultSet r, int i) throws SQLException {
            return r.getString(i);
        }
    };

    public static final ValueCodec INTEGER = new ValueCodec() {
        public void bind(java.sql.PreparedStatement s, int i, Object v) throws SQLException {
            if (v == null) s.setNull(i, Types.INTEGER); else s.setInt(i, (Integer) v);
        }

        public Object read(ResultSet r, int i) throws SQLException {
            int value = r.getInt(i);
            return r.wasNull() ? null : value;
        }
    };

    public static final ValueCodec BIGINT = new ValueCodec() {
        public void bind(java.sql.PreparedStatement s, int i, Object v) throws SQLException {
            if (v == null) s.setNull(i, Types.BIGINT); else s.setLong(i, (Long) v);
        }

        public Object read(ResultSet r, int i) throws SQLException {
            long value = r.getLong(i);
            return r.wasNull() ? null : value;
        }
    };

    public static final ValueCodec DOUBLE = new ValueCodec() {
        public void bind(java.sql.PreparedStatement s, int i, Object v) throws SQLException {
            if (v == null) s.setNull(i, Types.DOUBLE); else s.setDouble(i, (Double) v);
        }

        public Object read(ResultSet r, int i) throws SQLException {
            double value = r.getDouble(i);
            return r.wasNull() ? null : value;
        }
    };

    public static final ValueCodec BOOLEAN = new ValueCodec() {
        public void bind(java.sql.PreparedStatement s, int i, Object v) throws SQLException {
            if (v == null) s.setNull(i, Types.BOOLEAN); else s.setBoolean(i, (Boolean) v);
        }

        public Object read(ResultSet r, int i) throws SQLException {
            boolean value = r.getBoolean(i);
            return r.wasNull() ? null : value;
        }
    };

    /** Instants travel as UTC {@link OffsetDateTime}, for TIMESTAMP WITH TIME ZONE columns. */
    public static final ValueCodec INSTANT_AS_OFFSET = new ValueCodec() {
        public void bind(java.sql.PreparedStatement s, int i, Object v) throws SQLException {
            if (v == null) s.setNull(i, Types.TIMESTAMP_WITH_TIMEZONE);
            else s.setObject(i, micros((Instant) v).atOffset(ZoneOffset.UTC));
        }

        public Object read(ResultSet r, int i) throws SQLException {
            OffsetDateTime value = r.getObject(i, OffsetDateTime.class);
            return value == null ? null : value.toInstant();
        }
    };

    /**
     * Instants bound as UTC {@link OffsetDateTime} but read as {@link Instant} directly, for drivers whose
     * {@code getObject(i, Instant.class)} converts without an intermediate value (H2).
     */
    public static final ValueCodec INSTANT_DIRECT = new ValueCodec() {
        public void bind(java.sql.PreparedStatement s, int i, Object v) throws SQLException {
            INSTANT_AS_OFFSET.bind(s, i, v);
        }

        public Object read(ResultSet r, int i) throws SQLException {
            return r.getObject(i, Instant.class);
        }
    };

    public static final ValueCodec OFFSET_DATE_TIME = new ValueCodec() {
        public void bind(java.sql.PreparedStatement s, int i, Object v) throws SQLException {
            if (v == null) s.setNull(i, Types.TIMESTAMP_WITH_TIMEZONE);
            else s.setObject(i, micros(((OffsetDateTime) v).toInstant()).atOffset(ZoneOffset.UTC));
        }

        public Object read(ResultSet r, int i) throws SQLException {
            OffsetDateTime value = r.getObject(i, OffsetDateTime.class);
            return value == null ? null : value.withOffsetSameInstant(ZoneOffset.UTC);
        }
    };

    public static final ValueCodec LOCAL_DATE_TIME = new ValueCodec() {
        public void bind(java.sql.PreparedStatement s, int i, Object v) throws SQLException {
            if (v == null) s.setNull(i, Types.TIMESTAMP);
            else s.setObject(i, ((LocalDateTime) v).truncatedTo(ChronoUnit.MICROS));
        }

        public Object read(ResultSet r, int i) throws SQLException {
            return r.getObject(i, LocalDateTime.class);
        }
    };

    public static final ValueCodec DATE = new ValueCodec() {
        public void bind(java.sql.PreparedStatement s, int i, Object v) throws SQLException {
            if (v == null) s.setNull(i, Types.DATE); else s.setObject(i, v);
        }

        public Object read(ResultSet r, int i) throws SQLException {
            return r.getObject(i, LocalDate.class);
        }
    };

    public static final ValueCodec UUID_OBJECT = new ValueCodec() {
        public void bind(java.sql.PreparedStatement s, int i, Object v) throws SQLException {
            if (v == null) s.setNull(i, Types.OTHER); else s.setObject(i, v);
        }

        public Object read(ResultSet r, int i) throws SQLException {
            return r.getObject(i, UUID.class);
        }
    };

    /** UUIDs as their 36-character text, for databases without a UUID type. */
    public static final ValueCodec UUID_TEXT = new ValueCodec() {
        public void bind(java.sql.PreparedStatement s, int i, Object v) throws SQLException {
            if (v == null) s.setNull(i, Types.CHAR); else s.setString(i, v.toString());
        }

        public Object read(ResultSet r, int i) throws SQLException {
            String value = r.getString(i);
            return value == null ? null : UUID.fromString(value);
        }
    };

    public static final ValueCodec BINARY = new ValueCodec() {
        public void bind(java.sql.PreparedStatement s, int i, Object v) throws SQLException {
            if (v == null) s.setNull(i, Types.BINARY); else s.setBytes(i, (byte[]) v);
        }

        public Object read(ResultSet r, int i) throws SQLException {
            return r.getBytes(i);
        }
    };

    /** Decimals read back at the declared scale, so {@code 1.5} stored in DECIMAL(10,2) reads as {@code 1.50}. */
    public static ValueCodec decimal(int scale) {
        return new ValueCodec() {
            public void bind(java.sql.PreparedStatement s, int i, Object v) throws SQLException {
                if (v == null) s.setNull(i, Types.DECIMAL); else s.setBigDecimal(i, (BigDecimal) v);
            }

            public Object read(ResultSet r, int i) throws SQLException {
                BigDecimal value = r.getBigDecimal(i);
                return value == null ? null : value.setScale(scale, RoundingMode.HALF_EVEN);
            }
        };
    }

    /** Enums stored as their constant's name. */
    public static ValueCodec enumCodec(DataType type) {
        @SuppressWarnings({"unchecked", "rawtypes"})
        Class<Enum> enumType = (Class) type.enumType();
        return new ValueCodec() {
            public void bind(java.sql.PreparedStatement s, int i, Object v) throws SQLException {
                if (v == null) s.setNull(i, Types.VARCHAR); else s.setString(i, ((Enum<?>) v).name());
            }

            @SuppressWarnings("unchecked")
            public Object read(ResultSet r, int i) throws SQLException {
                String value = r.getString(i);
                return value == null ? null : Enum.valueOf(enumType, value);
            }
        };
    }
}
