package dev.junction.internal.sql;

import dev.junction.ValidationException;
import dev.junction.dialect.Dialect;
import dev.junction.dialect.ValueCodec;
import dev.junction.query.internal.Sql;
import dev.junction.schema.DataType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Binds a raw statement's parameter values with the codec a model attribute of the value's type would use, so a
 * value travels exactly as it would in a model's query ({@code Instant} as UTC, an enum as its name, a
 * {@code UUID} as text where the database has no UUID type). A value of a type no attribute has is refused before
 * anything is sent. Thread-safe.
 */
final class ParameterValues {
    /** SQL NULL of no particular type, which each database types from where it stands. */
    private static final ValueCodec NULL = new ValueCodec() {
        public void bind(PreparedStatement s, int i, Object v) throws SQLException {
            s.setNull(i, Types.NULL);
        }

        public Object read(ResultSet r, int i) throws SQLException {
            return r.getObject(i);
        }
    };

    private final Dialect dialect;
    private final Map<Class<?>, ValueCodec> codecs = new ConcurrentHashMap<>();

    ParameterValues(Dialect dialect) {
        this.dialect = dialect;
    }

    /**
     * Records {@code value} on {@code out}, appending a {@code ?} first when {@code placeholder}; {@code label}
     * ({@code "parameter 2"}, {@code ":ids"}) names it in errors.
     */
    void bind(Sql out, Object value, String label, boolean placeholder) {
        Object bound = widened(value);
        ValueCodec codec = bound == null ? NULL : codecs.computeIfAbsent(
                bound instanceof Enum<?> constant ? constant.getDeclaringClass() : bound.getClass(), this::codecFor);
        if (codec == null) {
            throw new ValidationException(null, label, "Cannot bind " + label + ", a "
                    + bound.getClass().getName() + ": a parameter must be a String, Integer, Long, Short, Double,"
                    + " Float, BigDecimal, BigInteger, Boolean, Instant, OffsetDateTime, LocalDateTime, LocalDate,"
                    + " UUID, byte[], an enum or null (a collection only as a named parameter)");
        }
        if (placeholder) out.bind(bound, codec); else out.addBind(bound, codec);
    }

    private ValueCodec codecFor(Class<?> type) {
        DataType dataType = DataType.forJavaType(type);
        return dataType == null ? null : dialect.codec(dataType);
    }

    /** Narrow numbers as the attribute types they fit; everything else as it is. */
    private static Object widened(Object value) {
        if (value instanceof Short || value instanceof Byte) return ((Number) value).intValue();
        if (value instanceof Float f) return f.doubleValue();
        if (value instanceof BigInteger b) return new BigDecimal(b);
        if (value instanceof Character c) return c.toString();
        return value;
    }
}
