package dev.junction.schema;

/** How {@code Junction.sync} brings the database in line with the model definitions. */
public enum SyncMode {
    /** Create the tables that are missing; leave existing ones as they are (Sequelize's {@code sync()}). */
    CREATE,
    /** Drop every model's table, then create them all (Sequelize's {@code sync({force: true})}). Loses data. */
    FORCE,
    /**
     * Create missing tables, and add the columns, unique constraints and foreign keys that existing tables lack.
     * Never drops, renames or weakens anything.
     */
    ALTER
}
