package dev.junction.schema.internal;

import dev.junction.DefinitionException;
import java.util.regex.Pattern;

/**
 * Checks names that become SQL identifiers. Identifiers are always quoted when rendered, so SQL keywords
 * ({@code order}, {@code user}) are fine; what is refused is anything that is not a letter, digit, underscore or
 * {@code $} (after a leading letter or underscore), and names longer than the database allows.
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
        if (name.length() > limit) {
            throw new DefinitionException(where + ": '" + name + "' is " + name.length()
                    + " characters long; this database allows at most " + limit);
        }
        return name;
    }
}
