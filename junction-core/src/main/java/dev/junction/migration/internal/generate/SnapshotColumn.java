package dev.junction.migration.internal.generate;

import dev.junction.schema.DataType;
import java.util.List;
import java.util.Objects;

/**
 * One column of a {@link SchemaSnapshot}: a dialect-neutral description, enough to render its definition on every
 * dialect. Immutable.
 *
 * @param attribute     the model's attribute name
 * @param column        the column name
 * @param kind          the type's family
 * @param length        length of a STRING, most bytes of a BINARY (0: none), else 0
 * @param precision     precision of a DECIMAL, else 0
 * @param scale         scale of a DECIMAL, else 0
 * @param enumNames     the constants of an ENUM, else empty
 * @param nullable      whether NULL is allowed
 * @param primaryKey    whether the column is (part of) the primary key
 * @param autoIncrement whether the database generates its value
 * @param defaultValue  the constant default (Integer, Long, Double, BigDecimal, String, Boolean, LocalDate, UUID or
 *                      {@link EnumDefault}), or {@code null}
 */
public record SnapshotColumn(String attribute, String column, DataType.Kind kind, int length, int precision, int scale,
                             List<String> enumNames, boolean nullable, boolean primaryKey, boolean autoIncrement,
                             Object defaultValue) {

    /** An enum constant as a default: rendered as its name, kept apart from a plain string in the snapshot. */
    public record EnumDefault(String name) {
        @Override
        public String toString() {
            return name;
        }
    }

    public SnapshotColumn {
        enumNames = List.copyOf(enumNames);
    }

    /** The type, for the dialect to spell (an ENUM's constants are in {@link #enumNames}, not in the type). */
    public DataType type() {
        return switch (kind) {
            case STRING -> DataType.string(length);
            case DECIMAL -> DataType.decimal(precision, scale);
            case TEXT -> DataType.text();
            case INTEGER -> DataType.integer();
            case BIGINT -> DataType.bigint();
            case DOUBLE -> DataType.doubleType();
            case BOOLEAN -> DataType.bool();
            case INSTANT -> DataType.instant();
            case OFFSET_DATE_TIME -> DataType.offsetDateTime();
            case LOCAL_DATE_TIME -> DataType.localDateTime();
            case DATE -> DataType.date();
            case UUID -> DataType.uuid();
            case BINARY -> length > 0 ? DataType.binary(length) : DataType.binary();
            case ENUM -> DataType.enumOf(StoredEnum.class);
            case JSON -> DataType.json();
        };
    }

    /** Whether the stored type (kind, length, precision, scale, constants) equals {@code other}'s. */
    public boolean sameType(SnapshotColumn other) {
        return kind == other.kind && length == other.length && precision == other.precision && scale == other.scale
                && enumNames.equals(other.enumNames);
    }

    /** Whether changing from this column's type to {@code to}'s can lose data (a narrowing). */
    public boolean narrowsTo(SnapshotColumn to) {
        if (kind == to.kind) {
            return switch (kind) {
                case STRING -> to.length < length;
                case BINARY -> to.length > 0 && (length == 0 || to.length < length);
                case DECIMAL -> to.scale < scale || to.precision - to.scale < precision - scale;
                case ENUM -> !to.enumNames.containsAll(enumNames);
                default -> false;
            };
        }
        return !((kind == DataType.Kind.STRING || kind == DataType.Kind.ENUM) && to.kind == DataType.Kind.TEXT
                || kind == DataType.Kind.INTEGER && to.kind == DataType.Kind.BIGINT);
    }

    /** This column with another name (its attribute name too, when {@code attribute} is given). */
    public SnapshotColumn renamed(String attribute, String column) {
        return new SnapshotColumn(attribute, column, kind, length, precision, scale, enumNames, nullable, primaryKey,
                autoIncrement, defaultValue);
    }

    /** This column with another type (the type of {@code typeOf}). */
    public SnapshotColumn withTypeOf(SnapshotColumn typeOf) {
        return new SnapshotColumn(attribute, column, typeOf.kind, typeOf.length, typeOf.precision, typeOf.scale,
                typeOf.enumNames, nullable, primaryKey, autoIncrement, defaultValue);
    }

    /** This column allowing NULL, or not. */
    public SnapshotColumn withNullable(boolean nullable) {
        return new SnapshotColumn(attribute, column, kind, length, precision, scale, enumNames, nullable, primaryKey,
                autoIncrement, defaultValue);
    }

    /** Whether the defaults are equal, type included. */
    public boolean sameDefault(SnapshotColumn other) {
        return Objects.equals(defaultValue, other.defaultValue);
    }

    /** A placeholder enum: a snapshot knows an enum's constants, not its class, and the dialects spell only its kind. */
    enum StoredEnum { }
}
