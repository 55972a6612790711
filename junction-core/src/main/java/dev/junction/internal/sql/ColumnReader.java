package dev.junction.internal.sql;

import dev.junction.JsonCodec;
import dev.junction.JsonException;
import dev.junction.ResultMappingException;
import dev.junction.dialect.Dialect;
import dev.junction.dialect.ValueCodec;
import dev.junction.internal.json.JsonSupport;
import dev.junction.internal.mapping.ValueCoercion;
import dev.junction.schema.DataType;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

/**
 * Reads one column of a raw query's rows as one Java type, with the conversions a model attribute of that type gets:
 * dates, times, UUIDs, enums and bytes through the dialect's codec (SQLite's text dates, MariaDB's UTC date-times),
 * numbers and booleans from whatever the driver returns, widened or narrowed only when exact. A value that cannot be
 * converted is a {@link ResultMappingException} naming the class, component and column. A JSON column read into a
 * Map, List or {@code @Json} component is decoded as a json() attribute's ({@link #json}). Planned once per query.
 */
final class ColumnReader {
    private static final Map<Class<?>, Class<?>> BOXES = Map.of(int.class, Integer.class, long.class, Long.class,
            double.class, Double.class, boolean.class, Boolean.class);

    private final int index;
    private final String label;
    private final Class<?> declared;
    private final Class<?> target;
    private final DataType type;
    private final ValueCodec codec;
    private final String owner;
    private final String component;
    /** Whether {@link #codec} decodes JSON text, whose failures are reported rather than read around. */
    private final boolean json;

    private ColumnReader(int index, String label, Class<?> declared, DataType type, ValueCodec codec, String owner,
                         String component) {
        this(index, label, declared, type, codec, owner, component, false);
    }

    private ColumnReader(int index, String label, Class<?> declared, DataType type, ValueCodec codec, String owner,
                         String component, boolean json) {
        this.index = index;
        this.label = label;
        this.declared = declared;
        this.target = BOXES.getOrDefault(declared, declared);
        this.type = type;
        this.codec = codec;
        this.owner = owner;
        this.component = component;
        this.json = json;
    }

    /**
     * A reader of JSON column {@code index} into {@code javaType} (a Map, a List, an {@code @Json} record…) of json()
     * type {@code type}, decoded by {@code jsonCodec} ({@code null}: no JSON library, an error) as a model attribute
     * of that type is read.
     */
    static ColumnReader json(Dialect dialect, JsonCodec jsonCodec, int index, String label, Class<?> javaType,
                             DataType type, String owner, String component) {
        String where = component == null ? owner : owner + "." + component;
        if (jsonCodec == null) {
            throw new ResultMappingException(where + " (" + javaType.getSimpleName() + ") reads JSON, which needs a"
                    + " JSON library: add com.fasterxml.jackson.core:jackson-databind, give"
                    + " JunctionConfig.builder().jsonCodec(…), or read the column as a String", owner, component,
                    label);
        }
        ValueCodec codec = JsonSupport.valueCodec(owner, component == null ? label : component, type, dialect,
                jsonCodec);
        return new ColumnReader(index, label, javaType, type, codec, owner, component, true);
    }

    /** Whether raw results can be read as {@code type}: what a model attribute can be, or {@code Object}. */
    static boolean readable(Class<?> type) {
        return type == Object.class || DataType.forJavaType(type) != null;
    }

    /**
     * A reader of column {@code index} (1-based, labelled {@code label}) as {@code javaType}, for {@code owner}'s
     * {@code component} ({@code null} for a single value); {@code attribute}, the type of the model attribute the
     * component is (or {@code null}), reads it exactly as the model does — a decimal at its scale.
     */
    static ColumnReader of(Dialect dialect, int index, String label, Class<?> javaType, DataType attribute,
                           String owner, String component) {
        if (!readable(javaType)) {
            throw new ResultMappingException((component == null ? owner : owner + "." + component) + " is a "
                    + javaType.getName() + ", which no column can be read as; use a type a model attribute can have"
                    + " (String, Integer, Long, Double, BigDecimal, Boolean, Instant, LocalDate, UUID, an enum…)",
                    owner, component, label);
        }
        boolean modelled = attribute != null && attribute.javaType() == BOXES.getOrDefault(javaType, javaType);
        DataType type = modelled ? attribute : javaType == Object.class ? null : DataType.forJavaType(javaType);
        boolean viaCodec = type != null && switch (type.kind()) {
            case INSTANT, OFFSET_DATE_TIME, LOCAL_DATE_TIME, DATE, UUID, ENUM, BINARY -> true;
            case DECIMAL -> modelled;
            default -> false;
        };
        return new ColumnReader(index, label, javaType, type, viaCodec ? dialect.codec(type) : null, owner, component);
    }

    /** The column's value in the current row. */
    Object read(ResultSet rs) throws SQLException {
        if (type == null) return RowColumns.generic(rs, index);
        Object value;
        if (json) {
            try {
                value = codec.read(rs, index);
            } catch (JsonException e) {
                throw new ResultMappingException("Cannot read column \"" + label + "\" into " + where() + ": "
                        + e.getMessage(), owner, component, label);
            }
        } else if (codec != null) {
            try {
                value = codec.read(rs, index);
            } catch (SQLException | RuntimeException unreadable) {
                value = converted(rs.getObject(index));
            }
        } else if (type.kind() == DataType.Kind.STRING || type.kind() == DataType.Kind.TEXT) {
            value = rs.getString(index);
        } else {
            value = converted(rs.getObject(index));
        }
        if (value == null && declared.isPrimitive()) {
            throw new ResultMappingException("Column \"" + label + "\" is NULL, which " + where() + " cannot hold;"
                    + " declare it as " + target.getSimpleName(), owner, component, label);
        }
        return value;
    }

    private Object converted(Object raw) {
        if (raw == null || target.isInstance(raw)) return raw;
        Object value = ValueCoercion.convert(type, raw);
        if (value == null) value = exact(raw);
        if (value == null) {
            String text = String.valueOf(raw);
            throw new ResultMappingException("Cannot read column \"" + label + "\" into " + where() + ": it holds "
                    + raw.getClass().getSimpleName() + " '" + (text.length() > 40 ? text.substring(0, 40) + "…" : text)
                    + "'", owner, component, label);
        }
        return value;
    }

    /** What aggregates return beyond the model rules: SUM as a decimal, booleans as 0/1, decimals as text. */
    private Object exact(Object raw) {
        try {
            return switch (type.kind()) {
                case INTEGER -> raw instanceof BigDecimal d ? d.intValueExact() : null;
                case BIGINT -> raw instanceof BigDecimal d ? d.longValueExact() : null;
                case DECIMAL -> raw instanceof String s ? new BigDecimal(s.trim()) : null;
                case BOOLEAN -> raw instanceof Number n && (n.longValue() == 0 || n.longValue() == 1)
                        && n.doubleValue() == n.longValue() ? n.longValue() == 1 : null;
                default -> null;
            };
        } catch (ArithmeticException | NumberFormatException e) {
            return null;
        }
    }

    private String where() {
        return (component == null ? owner : owner + "." + component) + " (" + declared.getSimpleName() + ")";
    }
}
