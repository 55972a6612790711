package dev.junction.migration.internal.generate;

/**
 * The statements that open a SQLite table rebuild: they fail when foreign keys are on. SQLite's documented rebuild
 * (new table, copy, drop, rename) needs them off — with them on, dropping the old table deletes (by {@code ON DELETE
 * CASCADE}) or orphans the rows of other tables referring to it, and {@code PRAGMA foreign_keys = OFF} does nothing
 * inside a transaction. Junction's migrator turns them off around a migration; another runner (Flyway) must connect
 * with them off, sqlite-jdbc's default. A {@code NOT NULL} failure on a temporary table is how plain SQL can
 * stop a script on a condition; the table's name says why.
 */
final class SqliteForeignKeysGuard {
    /** The temporary table whose name the error shows. */
    static final String TABLE = "junction_sqlite_rebuild_needs_foreign_keys_off";

    private SqliteForeignKeysGuard() {
    }

    static void render(SnapshotDdl ddl, MigrationScript script) {
        script.comment("Fails when foreign keys are on, which would let the swap delete or orphan the rows referring"
                + " to the table: connect without foreign_keys=true");
        script.statement("CREATE TEMP TABLE IF NOT EXISTS " + ddl.q(TABLE) + " (" + ddl.q("foreign_keys_off")
                + " INTEGER NOT NULL)");
        script.statement("INSERT INTO " + ddl.q(TABLE) + " SELECT CASE " + ddl.q("foreign_keys")
                + " WHEN 0 THEN 1 END FROM pragma_foreign_keys");
        script.statement("DROP TABLE " + ddl.q(TABLE));
    }
}
