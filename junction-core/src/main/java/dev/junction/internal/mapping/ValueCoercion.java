package dev.junction.internal.mapping;

import dev.junction.ValidationException;
import dev.junction.schema.Attribute;
import dev.junction.schema.DataType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Converts a loosely typed value (from a {@code Row}, a filter, a key) to an attribute's Java type, widening numbers
 * and parsing the obvious text forms, or fails with a {@link ValidationException} naming model and attribute.
 */
public final class ValueCoercion {
    private ValueCoercion() {
    }

    /** {@code value} as the attribute's Java type; {@code null} stays {@code null}. */
    public static Object coerce(String model, Attribute attribute, Object value) {
        if (value == null) {
            return null;
        }
        DataType type = attribute.type();
        Class<?> target = type.javaType();
        if (target.isInstance(value)) {
            return value;
        }
        Object converted = convert(type, value);
        if (converted == null) {
            throw new ValidationException(model, attribute.name(), model + "." + attribute.name() + " expects "
                    + type + " (" + target.getSimpleName() + "), got " + value.getClass().getSimpleName() + " "
                    + preview(value));
        }
        return converted;
    }

    /**
     * {@code value} converted to {@code type}'s Java type by the rules of {@link #coerce}, or {@code null} when those
     * rules do not convert it (raw SQL results reuse them, adding their own).
     */
    public static Object convert(DataType type, Object value) {
        try {
            return switch (type.kind()) {
                case INTEGER -> integral(value) ? Math.toIntExact(((Number) value).longValue())
                        : value instanceof BigInteger b ? b.intValueExact() : null;
                case BIGINT -> integral(value) ? ((Number) value).longValue()
                        : value instanceof BigInteger b ? b.longValueExact() : null;
                case DOUBLE -> value instanceof Number n ? n.doubleValue() : null;
                case DECIMAL -> value instanceof Number n ? new BigDecimal(n.toString()) : null;
                case UUID -> value instanceof String s ? UUID.fromString(s) : null;
                case ENUM -> value instanceof String s ? enumConstant(type, s) : null;
                // Any value the JSON codec writes: a Map given for a record is the same document. A String
                // attribute holds JSON text, so only a String.
                case JSON -> type.javaType() == String.class ? null : value;
                case INSTANT -> value instanceof OffsetDateTime o ? o.toInstant()
                        : value instanceof String s ? parseInstant(s) : null;
                case OFFSET_DATE_TIME -> value instanceof Instant i ? i.atOffset(ZoneOffset.UTC)
                        : value instanceof String s ? parseInstant(s).atOffset(ZoneOffset.UTC) : null;
                case LOCAL_DATE_TIME -> value instanceof Instant i ? LocalDateTime.ofInstant(i, ZoneOffset.UTC)
                        : value instanceof String s ? LocalDateTime.parse(s.replace(' ', 'T')) : null;
                case DATE -> value instanceof String s ? java.time.LocalDate.parse(s) : null;
                default -> null;
            };
        } catch (ArithmeticException | IllegalArgumentException | java.time.DateTimeException e) {
            return null;
        }
    }

    /** ISO-8601 text with an offset ({@code 2026-11-24T13:48:14Z}, {@code …+01:00}); without one, UTC is meant. */
    private static Instant parseInstant(String text) {
        String iso = text.trim().replace(' ', 'T');
        try {
            return OffsetDateTime.parse(iso).toInstant();
        } catch (java.time.DateTimeException e) {
            return LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC);
        }
    }

    private static boolean integral(Object value) {
        return value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumConstant(DataType type, String name) {
        return Enum.valueOf((Class) type.enumType(), name);
    }

    private static String preview(Object value) {
        String text = value instanceof byte[] b ? "byte[" + b.length + "]" : String.valueOf(value);
        return "'" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "'";
    }
}
