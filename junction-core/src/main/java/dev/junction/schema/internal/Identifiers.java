package dev.junction.schema.internal;

import dev.junction.DefinitionException;
import dev.junction.dialect.Dialect;
import java.util.regex.Pattern;

/**
 * Checks names that become SQL identifiers. Identifiers are always quoted when rendered, so SQL keywords
 * ({@code order}, {@code user}) are fine; what is refused is anything that is not a letter, digit, underscore or
 * {@code $} (after a leading letter or underscore), and names longer than the database allows.
 *
 * <p>Length is counted in UTF-8 bytes, as PostgreSQL counts it — it silently cuts a longer name short, so that
 * {@code "ü" × 40} would become a column of another name. The other databases count characters, of which a name never
 * has more than bytes: the count is exact for ASCII names and errs on the safe side for others.
 */
public final class Identifiers {
    private static final Pattern VALID = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_$]*");

    private Identifiers() {
    }

    /**
     * Throws a {@link DefinitionException} naming {@code where} unless {@code name} is a valid identifier of at most
     * {@code limit} characters.
     */
    public static String check(String name, int limit, String where) {
        if (name == null || name.isEmpty()) {
            throw new DefinitionException(where + ": the name is empty");
        }
        if (!VALID.matcher(name).matches()) {
            throw new DefinitionException(where + ": '" + name + "' is not a valid identifier (use letters, digits,"
                    + " '_' and '$', starting with a letter or '_')");
        }
        int length = length(name);
        if (length > limit) {
            String size = length == name.length() ? length + " characters" : length + " bytes (in UTF-8)";
            throw new DefinitionException(where + ": '" + name + "' is " + size + " long; this database allows at most "
                    + limit);
        }
        return name;
    }

    /**
     * Throws a {@link DefinitionException} naming {@code where} unless {@code name} is a valid identifier that
     * {@code dialect}'s database takes: within its length limit and meeting its own rule
     * ({@link Dialect#identifierProblem}).
     */
    public static String check(String name, Dialect dialect, String where) {
        check(name, dialect.identifierLimit(), where);
        String problem = dialect.identifierProblem(name);
        if (problem != null) {
            throw new DefinitionException(where + ": '" + name + "' cannot be used: " + problem);
        }
        return name;
    }

    /** The length of an identifier as the limits count it: its UTF-8 bytes. */
    public static int length(String name) {
        int bytes = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x80) bytes += 1;
            else if (c < 0x800) bytes += 2;
            else if (Character.isHighSurrogate(c)) bytes += 2; // with its low surrogate: 4
            else bytes += Character.isLowSurrogate(c) ? 2 : 3;
        }
        return bytes;
    }
}
