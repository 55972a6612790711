package dev.junction;

/**
 * The database's tables do not match the model definitions. {@code sync} throws it, before running any statement,
 * when a live table differs from its model in a way it will not repair (a missing column, another primary key, a
 * join table without the pair's uniqueness, a table name that differs only in case) or could repair only by
 * risking data (a new NOT NULL column without a default on a table that has rows); the message lists every such
 * difference, each naming model, table and columns, with the way out. A statement that names a column its table
 * lacks fails with it too.
 */
public class SchemaException extends JunctionException {
    private static final long serialVersionUID = 1L;

    public SchemaException(String message) {
        super(message);
    }

    /** A statement failed because its table does not match the model ({@code cause} is the driver's error). */
    public SchemaException(String message, Throwable cause) {
        super(message, cause);
    }
}
