package dev.junction.migration;

import dev.junction.Junction;
import dev.junction.internal.Arguments;
import dev.junction.internal.RuntimeAccess;
import dev.junction.migration.internal.MigrationLayout;
import dev.junction.migration.internal.run.MigrationLedger;
import dev.junction.migration.internal.run.MigrationRunner;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs and undoes the migrations of a folder — the files of the database's own subfolder — and records them in the
 * table {@code JunctionMeta}. Thread-safe; cheap to make.
 *
 * <pre>{@code
 * Migrator migrator = Migrator.of(db, Path.of("migrations"));   // reads migrations/postgresql/ on PostgreSQL
 * migrator.migrate();          // every pending migration, in order
 * migrator.status();           // APPLIED, PENDING, FAILED, APPLIED_BY_SEQUELIZE, MISSING_FILE — edited ones flagged
 * migrator.undo();             // the newest applied one, by its down file
 * }</pre>
 *
 * <h2>Files</h2>
 * {@code <root>/<database>/<yyyyMMddHHmmss>-<name>.up.sql} and {@code .down.sql}, or Flyway's
 * {@code V<n>__<name>.sql} and {@code U<n>__<name>.sql} (one layout per folder), run in order of timestamp or version.
 * Statements end with {@code ;} outside strings, quoted names, comments and dollar quotes. A migration without a down
 * file runs but cannot be undone; a down file without its up file, or a {@code .sql} file named almost like a
 * migration, is refused.
 *
 * <h2>Transactions</h2>
 * On PostgreSQL and SQLite each migration — its statements and its ledger row — is one transaction: a failure leaves
 * no trace. MariaDB/MySQL and H2 commit at every DDL statement, so a migration runs statement by statement; when one
 * fails, the migration is recorded as {@link MigrationStatus.State#FAILED} with the statements that ran, and
 * {@link #migrate()} refuses until it is resumed ({@link #resume()}, after fixing the cause) or undone ({@link #undo()},
 * which only forgets it: the statements that ran are listed to be undone by hand).
 *
 * <h2>Records</h2>
 * Each applied migration is recorded with the SHA-256 of its up file; a file edited since is refused by
 * {@link #migrate()} (nothing runs) and flagged by {@link #status()}, with both checksums. The entries of
 * sequelize-cli's {@code SequelizeMeta} count as applied: never run, never undone. Every command but
 * {@link #status()} (which only reads) holds the lock {@code sync} takes, so migrators in several processes take
 * turns and each migration runs once.
 */
public final class Migrator {
    /**
     * The table recording applied and failed migrations. No model may use it ({@code define} refuses with a
     * {@code DefinitionException}).
     */
    public static final String LEDGER_TABLE = MigrationLedger.TABLE;

    /** The folder migrations are read from unless another is given. */
    public static final String DEFAULT_FOLDER = "migrations";

    private final Path folder;
    private final MigrationRunner runner;

    private Migrator(Path folder, MigrationRunner runner) {
        this.folder = folder;
        this.runner = runner;
    }

    /** A migrator for the migrations under {@code root}: those of {@code root/<database>/} ({@code h2}, …). */
    public static Migrator of(Junction db, Path root) {
        Arguments.given(db, "Migrator.of", "db");
        Arguments.given(root, "Migrator.of", "root");
        Path folder = MigrationLayout.folder(root, MigrationLayout.folderName(db.dialect()));
        return new Migrator(folder, new MigrationRunner(RuntimeAccess.of(db), folder));
    }

    /** The folder of this database's migrations. */
    public Path folder() {
        return folder;
    }

    /**
     * Every migration: Sequelize's entries without a file first, then each file in order, then records whose file is
     * gone.
     *
     * @throws MigrationException when the folder is missing or malformed
     */
    public List<MigrationStatus> status() {
        return runner.status();
    }

    /**
     * Runs every pending migration in order.
     *
     * @throws MigrationException when a migration fails (naming it and its statement), one failed before, or an
     *                            applied one was edited (then nothing runs)
     */
    public MigrationReport migrate() {
        return runner.migrate(null, false);
    }

    /** Runs the pending migrations up to and including {@code name}; otherwise like {@link #migrate()}. */
    public MigrationReport migrate(String name) {
        return runner.migrate(Arguments.given(name, "Migrator.migrate", "name"), false);
    }

    /**
     * Continues the {@link MigrationStatus.State#FAILED} migration from the statement that failed (its file must be
     * unchanged), then runs the pending ones.
     *
     * @throws MigrationException when no migration failed, or it fails again
     */
    public MigrationReport resume() {
        return runner.migrate(null, true);
    }

    /**
     * Undoes the newest applied migration by its down file. A failed one is only forgotten; the report's notes list
     * the statements of it that ran.
     *
     * @throws MigrationException when it has no down file, was edited, or was applied by sequelize-cli
     */
    public MigrationReport undo() {
        return runner.undo(null);
    }

    /** Undoes the applied migration {@code name}; otherwise like {@link #undo()}. */
    public MigrationReport undo(String name) {
        return runner.undo(Arguments.given(name, "Migrator.undo", "name"));
    }

    /**
     * Undoes every migration Junction applied, newest first; those sequelize-cli applied stay. Refuses before undoing
     * anything when one of them cannot be undone.
     */
    public MigrationReport undoAll() {
        return runner.undoAll();
    }

    /**
     * Forgets every migration Junction applied or failed, without running anything (drops {@code JunctionMeta}),
     * for when the tables they made were dropped ({@code db:drop}): every migration is pending again. Sequelize's
     * {@code SequelizeMeta} is left alone. Needs no migrations folder.
     *
     * @return how many migrations were recorded
     * @throws MigrationException when a {@code JunctionMeta} Junction did not make exists; it is left alone
     */
    public int forgetAll() {
        return runner.forgetAll();
    }
}
