package dev.junction;

/**
 * A sync could not bring the database in line with the definitions without risking data — for example a new
 * NOT NULL column without a default on a table that has rows. The message names the table and column and says
 * what to do. Nothing after the failing statement was run.
 */
public class SchemaException extends JunctionException {
    private static final long serialVersionUID = 1L;

    public SchemaException(String message) {
        super(message);
    }
}
