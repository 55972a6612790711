package dev.junction.schema;

import dev.junction.DefinitionException;
import dev.junction.internal.Arguments;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The type of an attribute: what Java values it holds and, through the dialect, what column type stores them.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * spec.attribute("title", DataType.string(120), a -> a.unique());
 * spec.attribute("body", DataType.text());
 * }</pre>
 */
public final class DataType {

    /** The families of types Junction can store on every dialect. */
    public enum Kind {
        STRING(String.class), TEXT(String.class), INTEGER(Integer.class), BIGINT(Long.class), DOUBLE(Double.class),
        DECIMAL(BigDecimal.class), BOOLEAN(Boolean.class), INSTANT(Instant.class),
        OFFSET_DATE_TIME(OffsetDateTime.class), LOCAL_DATE_TIME(LocalDateTime.class), DATE(LocalDate.class),
        UUID(java.util.UUID.class), BINARY(byte[].class), ENUM(Enum.class), JSON(Object.class);

        private final Class<?> javaType;

        Kind(Class<?> javaType) {
            this.javaType = javaType;
        }

        /** The Java type values of this kind have (for {@code ENUM}, the enum's own class is in the DataType). */
        public Class<?> javaType() {
            return javaType;
        }
    }

    /** Default length of a {@link #string()} column, as in Sequelize. */
    public static final int DEFAULT_STRING_LENGTH = 255;

    private final Kind kind;
    private final int length;
    private final int precision;
    private final int scale;
    private final Class<? extends Enum<?>> enumType;
    private final Type jsonType;

    private DataType(Kind kind, int length, int precision, int scale, Class<? extends Enum<?>> enumType) {
        this(kind, length, precision, scale, enumType, null);
    }

    private DataType(Kind kind, int length, int precision, int scale, Class<? extends Enum<?>> enumType,
                     Type jsonType) {
        this.kind = kind;
        this.length = length;
        this.precision = precision;
        this.scale = scale;
        this.enumType = enumType;
        this.jsonType = jsonType;
    }

    /** {@code VARCHAR(255)}. */
    public static DataType string() {
        return string(DEFAULT_STRING_LENGTH);
    }

    /** {@code VARCHAR(length)}. */
    public static DataType string(int length) {
        if (length < 1) {
            throw new DefinitionException("DataType.string: length must be positive, was " + length);
        }
        return new DataType(Kind.STRING, length, 0, 0, null);
    }

    /** Unbounded text ({@code TEXT}, {@code CLOB} or {@code LONGTEXT}, by dialect). */
    public static DataType text() {
        return new DataType(Kind.TEXT, 0, 0, 0, null);
    }

    /** 32-bit integer, held as {@link Integer}. */
    public static DataType integer() {
        return new DataType(Kind.INTEGER, 0, 0, 0, null);
    }

    /** 64-bit integer, held as {@link Long}. */
    public static DataType bigint() {
        return new DataType(Kind.BIGINT, 0, 0, 0, null);
    }

    /** Double-precision floating point, held as {@link Double}. */
    public static DataType doubleType() {
        return new DataType(Kind.DOUBLE, 0, 0, 0, null);
    }

    /** Exact decimal, {@code DECIMAL(38, 2)}, held as {@link BigDecimal}. */
    public static DataType decimal() {
        return decimal(38, 2);
    }

    /** Exact decimal with the given precision and scale. */
    public static DataType decimal(int precision, int scale) {
        if (precision < 1 || scale < 0 || scale > precision) {
            throw new DefinitionException("DataType.decimal: precision must be positive and scale between 0 and the"
                    + " precision, was (" + precision + ", " + scale + ")");
        }
        return new DataType(Kind.DECIMAL, 0, precision, scale, null);
    }

    /** Boolean. */
    public static DataType bool() {
        return new DataType(Kind.BOOLEAN, 0, 0, 0, null);
    }

    /** A point in time, held as {@link Instant}, stored with time zone (UTC where the database has no zone). */
    public static DataType instant() {
        return new DataType(Kind.INSTANT, 0, 0, 0, null);
    }

    /** A point in time held as {@link OffsetDateTime}; read back normalised to UTC. */
    public static DataType offsetDateTime() {
        return new DataType(Kind.OFFSET_DATE_TIME, 0, 0, 0, null);
    }

    /** A wall-clock date and time with no zone, held as {@link LocalDateTime}. */
    public static DataType localDateTime() {
        return new DataType(Kind.LOCAL_DATE_TIME, 0, 0, 0, null);
    }

    /** A calendar date, held as {@link LocalDate}. */
    public static DataType date() {
        return new DataType(Kind.DATE, 0, 0, 0, null);
    }

    /** A UUID ({@code UUID} where the database has it, else {@code CHAR(36)}). */
    public static DataType uuid() {
        return new DataType(Kind.UUID, 0, 0, 0, null);
    }

    /**
     * Binary data of any length, held as {@code byte[]} ({@code BYTEA}, {@code BLOB}, MariaDB's {@code LONGBLOB}, H2's
     * {@code VARBINARY}). MariaDB cannot make such a column a key or index it whole: a key of bytes takes
     * {@link #binary(int)}.
     */
    public static DataType binary() {
        return new DataType(Kind.BINARY, 0, 0, 0, null);
    }

    /**
     * Binary data of at most {@code length} bytes, held as {@code byte[]}: {@code VARBINARY(length)} on MariaDB and
     * H2, which may then be a key (a 16-byte UUID, a hash); {@code BYTEA} or {@code BLOB} on PostgreSQL and SQLite,
     * which have no such limit. A longer value is refused before it is written, on every database.
     */
    public static DataType binary(int length) {
        if (length < 1) {
            throw new DefinitionException("DataType.binary: length must be positive, was " + length);
        }
        return new DataType(Kind.BINARY, length, 0, 0, null);
    }

    /** A Java enum, stored as the constant's name, limited to the enum's constants by a CHECK constraint. */
    public static DataType enumOf(Class<? extends Enum<?>> enumType) {
        return new DataType(Kind.ENUM, 0, 0, 0, Arguments.declared(enumType, "DataType.enumOf", "enumType"));
    }

    /**
     * A JSON document: {@code JSONB} on PostgreSQL, {@code JSON} on MariaDB/MySQL and H2, {@code TEXT} on SQLite.
     * Its Java type is the property's own (generic types included, so {@code List<Address>} reads back as
     * addresses); on a model without a class, any JSON value: {@code Map}, {@code List}, {@code String}, numbers,
     * {@code Boolean}. Values other than {@code String} are written and read by the database's
     * {@link dev.junction.JsonCodec} (Jackson when it is on the classpath). A {@code String} property holds the
     * document's JSON text as it is, not a JSON string value.
     *
     * <pre>{@code
     * record Show(Long id, String title, List<String> tags, Address venue) {}   // tags: json() by inference
     * db.define(Show.class, m -> m.attribute("venue", DataType.json()));
     * }</pre>
     */
    public static DataType json() {
        return new DataType(Kind.JSON, 0, 0, 0, null, null);
    }

    /**
     * A JSON document holding values of {@code valueType} ({@code Address.class}, or a {@link ParameterizedType} for
     * {@code List<Address>}); see {@link #json()}.
     */
    public static DataType json(Type valueType) {
        return new DataType(Kind.JSON, 0, 0, 0, null, Arguments.declared(valueType, "DataType.json", "valueType"));
    }

    /**
     * The type Junction infers for a Java property type, or {@code null} when it has none: String, Integer/int,
     * Long/long, Double/double, BigDecimal, Boolean/boolean, Instant, OffsetDateTime, LocalDateTime, LocalDate,
     * UUID, byte[], enums, and {@link #json()} for {@code Map} and {@code List} types.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static DataType forJavaType(Class<?> type) {
        Arguments.declared(type, "DataType.forJavaType", "type");
        if (type == String.class) return string();
        if (type == Integer.class || type == int.class) return integer();
        if (type == Long.class || type == long.class) return bigint();
        if (type == Double.class || type == double.class) return doubleType();
        if (type == BigDecimal.class) return decimal();
        if (type == Boolean.class || type == boolean.class) return bool();
        if (type == Instant.class) return instant();
        if (type == OffsetDateTime.class) return offsetDateTime();
        if (type == LocalDateTime.class) return localDateTime();
        if (type == LocalDate.class) return date();
        if (type == UUID.class) return uuid();
        if (type == byte[].class) return binary();
        if (type.isEnum()) return enumOf((Class) type);
        if (Map.class.isAssignableFrom(type) || List.class.isAssignableFrom(type)) return json();
        return null;
    }

    public Kind kind() {
        return kind;
    }

    /** Maximum length: characters for {@link Kind#STRING}, bytes for {@link Kind#BINARY} (0: none); 0 otherwise. */
    public int length() {
        return length;
    }

    /** Precision for {@link Kind#DECIMAL}; 0 otherwise. */
    public int precision() {
        return precision;
    }

    /** Scale for {@link Kind#DECIMAL}; 0 otherwise. */
    public int scale() {
        return scale;
    }

    /** The enum class for {@link Kind#ENUM}; {@code null} otherwise. */
    public Class<? extends Enum<?>> enumType() {
        return enumType;
    }

    /** The names of the enum's constants, in declaration order ({@link Kind#ENUM} only). */
    public List<String> enumNames() {
        if (enumType == null) {
            return List.of();
        }
        return Arrays.stream(enumType.getEnumConstants()).map(Enum::name).toList();
    }

    /**
     * The Java type a {@link Kind#JSON} attribute's values have ({@code List<Address>}), or {@code null}: any JSON
     * value, or (while a model is being defined) the property's type.
     */
    public Type jsonType() {
        return jsonType;
    }

    /** The Java type of this type's values (for JSON, the raw class of {@link #jsonType()}, else Object). */
    public Class<?> javaType() {
        if (kind == Kind.JSON) return jsonType == null ? Object.class : rawClass(jsonType);
        return kind == Kind.ENUM ? enumType : kind.javaType();
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) return c;
        if (type instanceof ParameterizedType p) return rawClass(p.getRawType());
        if (type instanceof GenericArrayType a) return java.lang.reflect.Array.newInstance(
                rawClass(a.getGenericComponentType()), 0).getClass();
        return Object.class;
    }

    /** True for the integer kinds, the ones that can auto-increment. */
    public boolean isInteger() {
        return kind == Kind.INTEGER || kind == Kind.BIGINT;
    }

    /** Types are equal when they store the same column: a JSON type's {@link #jsonType()} does not count. */
    @Override
    public boolean equals(Object o) {
        return o instanceof DataType t && t.kind == kind && t.length == length && t.precision == precision
                && t.scale == scale && Objects.equals(t.enumType, enumType);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, length, precision, scale, enumType);
    }

    @Override
    public String toString() {
        return switch (kind) {
            case STRING -> "STRING(" + length + ")";
            case BINARY -> length > 0 ? "BINARY(" + length + ")" : "BINARY";
            case DECIMAL -> "DECIMAL(" + precision + "," + scale + ")";
            case ENUM -> "ENUM(" + enumType.getSimpleName() + ")";
            default -> kind.name();
        };
    }
}
