package dev.junction.migration;

import dev.junction.JunctionException;

/**
 * A migration could not be generated, read or run: a malformed or edited migration file, a checksum that no longer
 * matches, a statement that failed, a schema change the generator will not write without being asked. The message
 * names the migration, and where it applies the model, table, column or statement.
 */
public class MigrationException extends JunctionException {
    private static final long serialVersionUID = 1L;

    public MigrationException(String message) {
        super(message);
    }

    public MigrationException(String message, Throwable cause) {
        super(message, cause);
    }
}
