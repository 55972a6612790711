package dev.junction.dialect.internal;

/**
 * Pieces of string literals for DDL, the one place Junction writes values into SQL (defaults and enum checks: DDL
 * takes no bind parameters). Each dialect picks the form its parser reads the same whatever the session's settings.
 */
public final class Literals {
    private Literals() {
    }

    /** {@code 'text'} with each quote doubled: the SQL standard form, where a backslash is an ordinary character. */
    public static String quoted(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    /**
     * The SQL literal of a DDL default — a number, a boolean, or text (a string, enum, UUID or date) written by
     * {@code text} — or {@code null} if this value cannot be one.
     */
    public static String ddlDefault(Object value, java.util.function.UnaryOperator<String> text) {
        if (value instanceof Number) return value.toString();
        if (value instanceof Boolean b) return b ? "TRUE" : "FALSE";
        if (value instanceof Enum<?> e) return text.apply(e.name());
        if (value instanceof String || value instanceof java.util.UUID || value instanceof java.time.LocalDate) {
            return text.apply(value.toString());
        }
        return null;
    }
}
