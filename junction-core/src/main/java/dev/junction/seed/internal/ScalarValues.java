package dev.junction.seed.internal;

import dev.junction.ValidationException;
import dev.junction.internal.mapping.ValueCoercion;
import dev.junction.schema.Attribute;
import dev.junction.schema.DataType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the text of a YAML scalar as the value an attribute holds, by the attribute's type rather than YAML's
 * guess: {@code 007} stays text in a string column, {@code 12.50} is an exact decimal, and ISO dates and times,
 * UUIDs and enum names are parsed by {@link ValueCoercion}. Stateless.
 */
final class ScalarValues {
    private static final Set<String> TRUE = Set.of("true", "yes", "on", "y");
    private static final Set<String> FALSE = Set.of("false", "no", "off", "n");

    private ScalarValues() {
    }

    /**
     * The value of {@code text} for {@code attribute} of {@code model}.
     *
     * @throws IllegalArgumentException saying what was expected, when the text is not such a value
     */
    static Object read(String model, Attribute attribute, String text) {
        DataType type = attribute.type();
        String trimmed = text.trim();
        try {
            return switch (type.kind()) {
                case STRING, TEXT -> text;
                case INTEGER, BIGINT -> ValueCoercion.coerce(model, attribute, new BigInteger(trimmed.replace("_", "")));
                case DOUBLE -> Double.parseDouble(trimmed);
                case DECIMAL -> new BigDecimal(trimmed.replace("_", ""));
                case BOOLEAN -> bool(trimmed);
                case BINARY -> Base64.getDecoder().decode(trimmed);
                default -> ValueCoercion.coerce(model, attribute, trimmed);
            };
        } catch (IllegalArgumentException | ValidationException e) {
            throw new IllegalArgumentException("expects " + expected(type) + ", got '" + preview(text) + "'", e);
        }
    }

    private static Boolean bool(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (TRUE.contains(lower)) return Boolean.TRUE;
        if (FALSE.contains(lower)) return Boolean.FALSE;
        throw new IllegalArgumentException(text);
    }

    private static String expected(DataType type) {
        return switch (type.kind()) {
            case INTEGER, BIGINT -> type + " (a whole number)";
            case DOUBLE, DECIMAL -> type + " (a number)";
            case BOOLEAN -> "BOOLEAN (true or false)";
            case BINARY -> "BINARY (base64 text)";
            case DATE -> "DATE (ISO, 2024-05-01)";
            case INSTANT, OFFSET_DATE_TIME -> type + " (ISO, 2024-05-01T10:15:30Z)";
            case LOCAL_DATE_TIME -> "LOCAL_DATE_TIME (ISO, 2024-05-01T10:15:30)";
            case UUID -> "UUID";
            case ENUM -> type + " (one of " + type.enumNames() + ")";
            default -> type.toString();
        };
    }

    private static String preview(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
