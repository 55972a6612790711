package dev.junction.schema;

/**
 * How {@code Junction.sync} brings the database in line with the model definitions. In every mode, each table that
 * exists is first compared with its model, and a difference the mode does not repair (a missing column, another
 * primary key, a join table without its pair's uniqueness, a table or column named in another case) fails the sync
 * with a {@code SchemaException} listing them all, before any statement runs.
 */
public enum SyncMode {
    /**
     * Create the tables that are missing, with their indexes; leave existing ones as they are (Sequelize's
     * {@code sync()}, which also adds the indexes an existing table lacks: here that is {@link #ALTER}), and report
     * every difference between an existing table and its model.
     */
    CREATE,
    /**
     * Drop every model's table, then create them all (Sequelize's {@code sync({force: true})}). Loses data. Nothing
     * is compared but a table named in another case than the model's, which it would neither drop nor use.
     */
    FORCE,
    /**
     * Create missing tables, and add the columns, unique constraints, foreign keys and indexes that existing tables
     * lack. Never drops, renames or weakens anything; reports what it cannot add (another primary key, a NOT NULL
     * column without a default on a table that has rows, an index whose name another index of the table has).
     */
    ALTER
}
