package dev.junction.internal.mapping;

import dev.junction.ValidationException;
import dev.junction.dialect.Dialect;
import dev.junction.schema.Attribute;
import dev.junction.schema.DataType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;

/**
 * Refuses, before anything is written, a value (already of its attribute's Java type) that a database would change or
 * fail on: text with a NUL or an unpaired UTF-16 surrogate (stored as {@code ?} or refused), text longer than its
 * {@code string(n)}, more bytes than a {@code binary(n)} holds, a decimal with more integer digits than its
 * {@code decimal(p, s)} holds, a date outside the years 1–9999, and whatever the dialect says its database cannot
 * store ({@link Dialect#unstorable}). Decimals are rounded to their scale HALF_UP, as PostgreSQL and MariaDB round,
 * so every database stores the same number.
 *
 * <p>Filter values get the same checks except those on length and decimals: a longer text or a decimal of more
 * digits is compared as given (and matches nothing).
 */
public final class ValueLimits {
    /** The earliest and the first too late instant: years 1–9999 (UTC), what every supported database keeps. */
    private static final Instant FIRST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant AFTER_LAST = Instant.parse("+10000-01-01T00:00:00Z");

    private ValueLimits() {
    }

    /** {@code value} as it will be written (a decimal rounded to its scale), or a {@link ValidationException}. */
    public static Object forWrite(Dialect dialect, String model, Attribute attribute, Object value) {
        if (value instanceof BigDecimal decimal) {
            BigDecimal rounded = decimal(model, attribute, decimal);
            refuseUnstorable(dialect, model, attribute, rounded);
            return rounded;
        }
        if (value instanceof String text) checkLength(model, attribute, text);
        if (value instanceof byte[] bytes) checkLength(model, attribute, bytes);
        checkFilter(dialect, model, attribute, value);
        return value;
    }

    /** Refuses a filter value no row can hold or the database would misread ({@code null} passes). */
    public static void checkFilter(Dialect dialect, String model, Attribute attribute, Object value) {
        if (value instanceof String text) {
            checkText(model, attribute, text);
        } else if (isTemporal(value)) {
            checkYear(model, attribute, value);
        } else if (value != null && !(value instanceof BigDecimal)) {
            refuseUnstorable(dialect, model, attribute, value);
        }
    }

    /** Refuses a NUL or an unpaired surrogate in text: PostgreSQL refuses NUL, and no database keeps either. */
    public static void checkText(String model, Attribute attribute, String text) {
        String problem = textProblem(text);
        if (problem != null) throw refused(model, attribute, problem);
    }

    /**
     * What makes {@code text} unfit for every database ("contains a NUL character …"), or {@code null}: the rule for
     * values, filters and (when a model is defined) text defaults alike.
     */
    public static String textProblem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                return "contains a NUL character (U+0000) at index " + i
                        + ", which PostgreSQL cannot store in text; Junction refuses it on every database";
            }
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return "contains an unpaired UTF-16 surrogate (U+"
                        + Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT) + ") at index " + i
                        + ", which is no character: databases would store it as '?'";
            }
        }
        return null;
    }

    /**
     * Refuses text longer than a {@code string(n)} attribute's {@code VARCHAR(n)}, counted in characters (code points)
     * as PostgreSQL and MariaDB count them: before anything is written, and on SQLite too, which would store it.
     */
    private static void checkLength(String model, Attribute attribute, String text) {
        if (attribute.type().kind() != DataType.Kind.STRING) return;
        int limit = attribute.type().length();
        if (text.length() <= limit) return;
        int characters = text.codePointCount(0, text.length());
        if (characters > limit) {
            throw new ValidationException(model, attribute.name(), model + "." + attribute.name() + " is "
                    + characters + " characters long; its column holds at most " + limit + " (string(" + limit + "))");
        }
    }

    /** Refuses more bytes than a {@code binary(n)} attribute's {@code VARBINARY(n)} holds, on every database. */
    private static void checkLength(String model, Attribute attribute, byte[] bytes) {
        int limit = attribute.type().length();
        if (attribute.type().kind() != DataType.Kind.BINARY || limit == 0 || bytes.length <= limit) return;
        throw new ValidationException(model, attribute.name(), model + "." + attribute.name() + " is " + bytes.length
                + " bytes long; its column holds at most " + limit + " (binary(" + limit + "))");
    }

    /** Rounds to the scale HALF_UP and refuses more integer digits than {@code decimal(p, s)} holds. */
    private static BigDecimal decimal(String model, Attribute attribute, BigDecimal value) {
        DataType type = attribute.type();
        if (type.kind() != DataType.Kind.DECIMAL) return value;
        BigDecimal rounded = value.setScale(type.scale(), RoundingMode.HALF_UP);
        int integerDigits = rounded.precision() - rounded.scale();
        int allowed = type.precision() - type.scale();
        if (integerDigits > allowed) {
            throw refused(model, attribute, "is " + value.toPlainString() + ", with " + integerDigits
                    + " digits before the point; " + type + " holds at most " + allowed);
        }
        return rounded;
    }

    private static boolean isTemporal(Object value) {
        return value instanceof Instant || value instanceof OffsetDateTime || value instanceof LocalDateTime
                || value instanceof LocalDate;
    }

    /** Years 1–9999 (of the UTC time for instants): what MariaDB and SQLite's text keep, and all JDBC moves safely. */
    private static void checkYear(String model, Attribute attribute, Object value) {
        boolean inRange;
        if (value instanceof LocalDate date) {
            inRange = date.getYear() >= 1 && date.getYear() <= 9999;
        } else if (value instanceof LocalDateTime time) {
            inRange = time.getYear() >= 1 && time.getYear() <= 9999;
        } else {
            Instant instant = value instanceof OffsetDateTime o ? o.toInstant() : (Instant) value;
            inRange = !instant.isBefore(FIRST) && instant.isBefore(AFTER_LAST);
        }
        if (!inRange) {
            throw refused(model, attribute, "is " + value + ", outside the years 1–9999 (UTC) that Junction "
                    + "stores on every database");
        }
    }

    private static void refuseUnstorable(Dialect dialect, String model, Attribute attribute, Object value) {
        String reason = dialect.unstorable(attribute.type(), value);
        if (reason != null) {
            throw refused(model, attribute, "is " + value + ", which " + reason);
        }
    }

    private static ValidationException refused(String model, Attribute attribute, String what) {
        return new ValidationException(model, attribute.name(), model + "." + attribute.name() + " " + what);
    }
}
