package dev.junction;

/**
 * The database Junction is connected to cannot do what was asked, though others can: a filter on a path inside a
 * JSON document on H2, which has no JSON path functions. Thrown before any statement runs; {@link #database()}
 * names the database.
 */
public class UnsupportedByDatabaseException extends JunctionException {
    private static final long serialVersionUID = 1L;
    private final String database;

    public UnsupportedByDatabaseException(String database, String message) {
        super(message);
        this.database = database;
    }

    /** The database's name ({@code "H2"}). */
    public String database() {
        return database;
    }
}
