package dev.junction.seed;

import dev.junction.JunctionException;

/**
 * A seed file could not be applied or undone, and nothing of it was written (or removed). The message names the
 * file, the line, the model and entry, and the column — {@code Seed file 02-favorites.yaml, line 7 (UserFavorites
 * entry 2), column Show: {title: Dun} matches no Show row} — and the accessors give each part.
 */
public class SeedException extends JunctionException {
    private static final long serialVersionUID = 1L;
    private final String file;
    private final int line;
    private final String model;
    private final String column;

    /**
     * @param message the whole message, naming what the other arguments name
     * @param file    the seed file's name
     * @param line    the line (1-based), or 0 when the problem is not at one line
     * @param model   the model of the entry, or {@code null}
     * @param column  the attribute (column) of the entry, or {@code null}
     * @param cause   the underlying failure, or {@code null}
     */
    public SeedException(String message, String file, int line, String model, String column, Throwable cause) {
        super(message, cause);
        this.file = file;
        this.line = line;
        this.model = model;
        this.column = column;
    }

    /** The seed file's name ({@code 02-favorites.yaml}). */
    public String file() {
        return file;
    }

    /** The line of the entry or value at fault (1-based), or 0 when the problem is not at one line. */
    public int line() {
        return line;
    }

    /** The model of the entry at fault, or {@code null} (a syntax error, an unknown model). */
    public String model() {
        return model;
    }

    /** The attribute (column) at fault, or {@code null} when the problem is the whole entry or file. */
    public String column() {
        return column;
    }

    /**
     * The validators the entry broke — model, attribute, value, rule and message of each — when a validator refused
     * it (the cause is then that {@link dev.junction.ValidationException}); empty otherwise.
     */
    public java.util.List<dev.junction.ValidationException.Failure> failures() {
        return getCause() instanceof dev.junction.ValidationException v ? v.failures() : java.util.List.of();
    }
}
