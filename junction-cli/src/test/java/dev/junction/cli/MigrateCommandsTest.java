package dev.junction.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.cli.TownApp.Result;
import dev.junction.testing.Backend;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;

/** The migration commands, run as a user would run them, on every database. */
class MigrateCommandsTest {
    @TempDir
    Path dir;

    private TownApp app;

    private Result run(String... args) {
        return TownApp.run(app, Map.of(), dir, args);
    }

    /** Two migrations in {@code <dir>/<root>/<database>/}. */
    private Path setUp(TestTarget target, String root) throws Exception {
        app = new TownApp(target.urlWithCredentials());
        Path folder = dir.resolve(root).resolve(target.backend().displayName().toLowerCase(Locale.ROOT));
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("20260101000000-create-notes.up.sql"),
                "CREATE TABLE notes (id INTEGER PRIMARY KEY, body VARCHAR(20));\n");
        Files.writeString(folder.resolve("20260101000000-create-notes.down.sql"), "DROP TABLE notes;\n");
        Files.writeString(folder.resolve("20260102000000-fill-notes.up.sql"),
                "INSERT INTO notes (id, body) VALUES (1, 'a;b');\nINSERT INTO notes (id, body) VALUES (2, 'c');\n");
        Files.writeString(folder.resolve("20260102000000-fill-notes.down.sql"), "DELETE FROM notes;\n");
        return folder;
    }

    private static long notes(TestTarget target) throws Exception {
        try (Connection c = target.jdbc(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM notes")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @DialectTest
    void migrateRunsThePendingMigrationsAndStatusListsThem(TestTarget target) throws Exception {
        setUp(target, "migrations");
        assertThat(run("db:migrate:status").out()).isEqualTo("""
                down   20260101000000-create-notes
                down   20260102000000-fill-notes
                """);

        Result migrate = run("db:migrate");

        assertThat(migrate.exitCode()).as(migrate.err()).isZero();
        assertThat(migrate.out()).isEqualTo("""
                == 20260101000000-create-notes: migrated (1 statement)
                == 20260102000000-fill-notes: migrated (2 statements)
                """);
        assertThat(notes(target)).isEqualTo(2);
        assertThat(run("db:migrate:status").out()).isEqualTo("""
                up     20260101000000-create-notes
                up     20260102000000-fill-notes
                """);
        assertThat(run("db:migrate").out()).contains("No migrations were executed");
    }

    @DialectTest
    void migrateToStopsAndUndoRevertsTheNewest(TestTarget target) throws Exception {
        setUp(target, "migrations");

        assertThat(run("db:migrate", "--to", "20260101000000-create-notes").out())
                .isEqualTo("== 20260101000000-create-notes: migrated (1 statement)\n");
        assertThat(notes(target)).isZero();
        run("db:migrate");
        Result undo = run("db:migrate:undo");
        assertThat(undo.exitCode()).as(undo.err()).isZero();
        assertThat(undo.out()).isEqualTo("== 20260102000000-fill-notes: reverted (1 statement)\n");
        assertThat(notes(target)).isZero();
        assertThat(run("db:migrate:undo:all").out()).isEqualTo("== 20260101000000-create-notes: reverted (1 statement)\n");
        assertThat(run("db:migrate:undo").out()).contains("No executed migrations found.");
    }

    @DialectTest
    void undoNameUndoesThatMigration(TestTarget target) throws Exception {
        setUp(target, "migrations");
        run("db:migrate");

        Result undo = run("db:migrate:undo", "--name", "20260102000000-fill-notes");

        assertThat(undo.out()).contains("20260102000000-fill-notes: reverted");
        assertThat(run("db:migrate:status").out()).contains("down   20260102000000-fill-notes");
    }

    @DialectTest
    void anEditedMigrationIsMarkedAndRefusedWithOneLine(TestTarget target) throws Exception {
        Path folder = setUp(target, "migrations");
        run("db:migrate", "--to", "20260101000000-create-notes");
        Files.writeString(folder.resolve("20260101000000-create-notes.up.sql"), "CREATE TABLE notes (id INT);\n");

        assertThat(run("db:migrate:status").out()).startsWith("edited 20260101000000-create-notes  (20260101000000"
                + "-create-notes.up.sql was edited after it was applied: checksum recorded ");
        Result refused = run("db:migrate");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).startsWith("error: Refusing to migrate (nothing ran)").hasLineCount(1);
        assertThat(notes(target)).isZero();
    }

    @DialectTest
    void aFailedMigrationExitsOneAndShowsAsFailedWhereStatementsCommit(TestTarget target) throws Exception {
        Path folder = setUp(target, "migrations");
        Files.writeString(folder.resolve("20260102000000-fill-notes.up.sql"),
                "INSERT INTO notes (id, body) VALUES (1, 'a');\nINSERT INTO notes (id, body) VALUES (1, 'dup');\n");

        Result failed = run("db:migrate");

        assertThat(failed.exitCode()).isEqualTo(1);
        assertThat(failed.err()).startsWith("error: Migration 20260102000000-fill-notes (up) failed at statement 2"
                + " of 2 (line 2 of 20260102000000-fill-notes.up.sql): ").hasLineCount(1);
        boolean oneTransaction = target.backend() == Backend.POSTGRESQL || target.backend() == Backend.SQLITE;
        assertThat(run("db:migrate:status").out()).contains(oneTransaction ? "down   20260102000000-fill-notes"
                : "failed 20260102000000-fill-notes  (failed at statement 2 (statements 1-1 ran): INSERT");
        assertThat(notes(target)).isEqualTo(oneTransaction ? 0 : 1);
        if (oneTransaction) return;
        try (Connection c = target.jdbc(); Statement s = c.createStatement()) {
            s.execute("DELETE FROM notes");
        }
        Result resumed = run("db:migrate", "--resume");
        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        assertThat(resumed.out()).isEqualTo("== 20260102000000-fill-notes: migrated (1 statement)\n");
        assertThat(notes(target)).isEqualTo(1);
    }

    @DialectTest
    void theMigrationsFolderComesFromTheOptionOrTheConfigFile(TestTarget target) throws Exception {
        setUp(target, "db/changes");
        assertThat(run("db:migrate:status").exitCode()).isEqualTo(1);

        assertThat(run("db:migrate:status", "--migrations", "db/changes").out())
                .contains("down   20260101000000-create-notes");
        Files.writeString(dir.resolve("junction.yaml"), "development:\n  url: " + target.urlWithCredentials()
                + "\n  migrations: db/changes\n");
        Result configured = run("db:migrate");
        assertThat(configured.exitCode()).as(configured.err()).isZero();
        assertThat(notes(target)).isEqualTo(2);
    }

    @DialectTest
    void dropForgetsTheAppliedMigrationsSoMigrateMakesTheTablesAgain(TestTarget target) throws Exception {
        app = new TownApp(target.urlWithCredentials());
        run("migration:generate", "--name", "init");
        assertThat(run("db:migrate").exitCode()).isZero();

        Result drop = run("db:drop");

        assertThat(drop.exitCode()).as(drop.err()).isZero();
        assertThat(drop.out()).contains("Forgot 1 applied migration(s); they are pending again.");
        assertThat(run("db:migrate:status").out()).startsWith("down   ").endsWith("-init\n");
        Result again = run("db:migrate");
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).contains("-init: migrated");
        assertThat(run("db:check").exitCode()).isZero();
        assertThat(run("db:drop").out()).doesNotContain("Forgot 0");
    }
}
