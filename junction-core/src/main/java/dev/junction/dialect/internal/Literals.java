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
}
