package dev.junction.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.migration.MigrationStatus.State;
import dev.junction.testing.Backend;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.io.TempDir;

/**
 * A migration whose second statement fails: rolled back whole where the database rolls DDL back (PostgreSQL, SQLite);
 * recorded as FAILED with the statement that failed where each DDL statement commits (MariaDB, H2), then resumed or
 * forgotten.
 */
class FailedMigrationTest {
    private static final String MIGRATION = "20260101000000-create-notes";

    @TempDir
    Path root;

    private static boolean rollsBackDdl(TestTarget target) {
        return target.backend() == Backend.POSTGRESQL || target.backend() == Backend.SQLITE;
    }

    /** Statement 2 collides with a table made by hand; dropping that table fixes the cause. */
    private MigrationFixture collidingMigration(TestTarget target) throws Exception {
        MigrationFixture f = new MigrationFixture(root, target);
        f.raw.script(f.raw.sql("CREATE TABLE {blocker} ({id} INTEGER PRIMARY KEY)"));
        f.write(MIGRATION + ".up.sql", """
                CREATE TABLE {notes} ({id} INTEGER PRIMARY KEY);
                CREATE TABLE {blocker} ({id} INTEGER PRIMARY KEY);
                INSERT INTO {notes} ({id}) VALUES (1);
                """);
        f.write(MIGRATION + ".down.sql", "DROP TABLE {blocker};\nDROP TABLE {notes};\n");
        f.createAndDrop("20260102000000-create-tags", "tags");
        return f;
    }

    @DialectTest
    void ddlRollsBackExactlyOnTheDatabasesWhereAMigrationIsOneTransaction(TestTarget target) throws Exception {
        MigrationFixture f = new MigrationFixture(root, target);
        try (Connection c = target.jdbc(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute(f.raw.sql("CREATE TABLE {probe} ({id} INTEGER PRIMARY KEY)"));
            c.rollback();
        }
        // H2 2.x commits an open transaction at CREATE TABLE, like MariaDB: it runs migrations statement by statement.
        assertThat(f.tables().stream().anyMatch("probe"::equalsIgnoreCase)).isEqualTo(!rollsBackDdl(target));
    }

    @DialectTest
    void aFailedStatementIsReportedWithItsNumberLineAndTheDatabasesMessage(TestTarget target) throws Exception {
        MigrationFixture f = collidingMigration(target);

        assertThatThrownBy(() -> f.migrator().migrate()).isInstanceOf(MigrationException.class)
                .hasMessageContaining("Migration " + MIGRATION + " (up) failed at statement 2 of 3 (line 2 of " + MIGRATION + ".up.sql): ")
                .hasMessageContaining("blocker").hasMessageContaining(target.backend().displayName());
    }

    @DialectTest
    void aFailedMigrationLeavesNoTraceWhereDdlRollsBackAndIsRecordedFailedWithWhatRanElsewhere(TestTarget target)
            throws Exception {
        MigrationFixture f = collidingMigration(target);
        if (rollsBackDdl(target)) {
            assertThatThrownBy(() -> f.migrator().migrate()).hasMessageContaining("Nothing of it was kept");

            assertThat(f.tables()).noneMatch("notes"::equalsIgnoreCase).noneMatch("tags"::equalsIgnoreCase);
            assertThat(f.ledger()).isEmpty();
            assertThat(f.migrator().status().get(0).state()).isEqualTo(State.PENDING);
            f.raw.script(f.raw.sql("DROP TABLE {blocker}"));
            assertThat(f.migrator().migrate().names()).containsExactly(MIGRATION, "20260102000000-create-tags");
            assertThat(f.raw.count("notes")).isEqualTo(1);
            return;
        }
        assertThatThrownBy(() -> f.migrator().migrate()).isInstanceOf(MigrationException.class)
                .hasMessageContaining("these had run and stay:\n    statement 1 (line 1): CREATE TABLE")
                .hasMessageContaining("recorded as FAILED").hasMessageContaining("resume");

        assertThat(f.tables()).anyMatch("notes"::equalsIgnoreCase).noneMatch("tags"::equalsIgnoreCase);
        assertThat(f.ledger()).containsExactly(MIGRATION + "|FAILED|1");
        MigrationStatus failed = f.migrator().status().get(0);
        assertThat(failed.state()).isEqualTo(State.FAILED);
        assertThat(failed.detail()).contains("failed at statement 2").contains("blocker");
        assertThatThrownBy(() -> f.migrator().migrate()).isInstanceOf(MigrationException.class)
                .hasMessageContaining(MIGRATION + " failed at statement 2").hasMessageContaining("resume")
                .hasMessageContaining("undo");
        assertThat(f.tables()).noneMatch("tags"::equalsIgnoreCase);
    }

    @DialectTest
    void resumeContinuesFromTheFailedStatementOnceTheCauseIsFixed(TestTarget target) throws Exception {
        MigrationFixture f = collidingMigration(target);
        if (rollsBackDdl(target)) {
            assertThatThrownBy(() -> f.migrator().migrate()).isInstanceOf(MigrationException.class);
            assertThatThrownBy(() -> f.migrator().resume()).hasMessageContaining("nothing to resume");
            return;
        }
        assertThatThrownBy(() -> f.migrator().migrate()).isInstanceOf(MigrationException.class);
        f.raw.script(f.raw.sql("DROP TABLE {blocker}"));

        MigrationReport resumed = f.migrator().resume();

        assertThat(resumed.ran()).containsExactly(new MigrationReport.Ran(MIGRATION, 2),
                new MigrationReport.Ran("20260102000000-create-tags", 1));
        assertThat(f.raw.count("notes")).isEqualTo(1);
        assertThat(f.ledger()).containsExactly(MIGRATION + "|APPLIED|3", "20260102000000-create-tags|APPLIED|1");
    }

    @DialectTest
    void undoOfAFailedMigrationOnlyForgetsItAndListsWhatRan(TestTarget target) throws Exception {
        MigrationFixture f = collidingMigration(target);
        assertThatThrownBy(() -> f.migrator().migrate()).isInstanceOf(MigrationException.class);
        if (rollsBackDdl(target)) { // nothing was kept nor recorded: nothing to undo
            assertThat(f.migrator().undo().names()).isEmpty();
            assertThat(f.tables()).noneMatch("notes"::equalsIgnoreCase);
            return;
        }

        MigrationReport undone = f.migrator().undo();

        assertThat(undone.names()).containsExactly(MIGRATION);
        assertThat(undone.notes()).singleElement().asString().contains("without running its down file")
                .contains("statement 1 (line 1): CREATE TABLE");
        assertThat(f.ledger()).isEmpty();
        assertThat(f.tables()).anyMatch("notes"::equalsIgnoreCase).anyMatch("blocker"::equalsIgnoreCase);
    }

    @DialectTest
    void aMigrationWhoseProcessStoppedHalfWayIsShownAndResumedAfterItsLastStatement(TestTarget target)
            throws Exception {
        MigrationFixture f = new MigrationFixture(root, target);
        f.createAndDrop(MIGRATION, "notes");
        f.migrator().migrate();
        String up = f.raw.sql("CREATE TABLE {tags} ({id} INTEGER PRIMARY KEY);\n"
                + "CREATE TABLE {labels} ({id} INTEGER PRIMARY KEY);\n");
        f.writeRaw("20260102000000-two-tables.up.sql", up);
        // What a process that died after statement 1 leaves behind (the ledger is written after each statement).
        f.raw.script(f.raw.sql("CREATE TABLE {tags} ({id} INTEGER PRIMARY KEY)"));
        f.raw.execute("INSERT INTO {JunctionMeta} ({name}, {checksum}, {state}, {appliedAt}, {statementsDone})"
                        + " VALUES (?, ?, 'FAILED', ?, 1)", "20260102000000-two-tables",
                dev.junction.migration.internal.run.MigrationFolder.checksum(up), java.sql.Timestamp.from(
                        java.time.Instant.now()));

        assertThat(f.migrator().status().get(1).detail()).contains("interrupted after statement 1");
        assertThatThrownBy(() -> f.migrator().migrate()).hasMessageContaining("stopped after statement 1");
        assertThat(f.migrator().resume().ran())
                .containsExactly(new MigrationReport.Ran("20260102000000-two-tables", 1));
        assertThat(f.tables()).anyMatch("labels"::equalsIgnoreCase);
        assertThat(f.ledger()).containsExactly(MIGRATION + "|APPLIED|1", "20260102000000-two-tables|APPLIED|2");
    }

    @DialectTest
    void undoOfAFailedMigrationEditedSinceDoesNotListTheEditedStatementsAsTheOnesThatRan(TestTarget target)
            throws Exception {
        MigrationFixture f = new MigrationFixture(root, target);
        f.createAndDrop("20251231000000-create-notes", "notes");
        f.migrator().migrate();
        String ran = f.raw.sql("CREATE TABLE {tags} ({id} INTEGER PRIMARY KEY);\n"
                + "CREATE TABLE {labels} ({id} INTEGER PRIMARY KEY);\n");
        String recorded = dev.junction.migration.internal.run.MigrationFolder.checksum(ran);
        // What MariaDB/H2 leave when statement 2 fails; the file is edited afterwards.
        f.raw.execute("INSERT INTO {JunctionMeta} ({name}, {checksum}, {state}, {appliedAt}, {statementsDone},"
                        + " {failedStatement}) VALUES (?, ?, 'FAILED', ?, 1, 'CREATE TABLE labels')", MIGRATION,
                recorded, java.sql.Timestamp.from(java.time.Instant.now()));
        f.write(MIGRATION + ".up.sql", "CREATE TABLE {renamed} ({id} INTEGER PRIMARY KEY);\n"
                + "CREATE TABLE {labels} ({id} INTEGER PRIMARY KEY);\n");

        MigrationReport undone = f.migrator().undo();

        assertThat(undone.names()).containsExactly(MIGRATION);
        assertThat(undone.notes()).singleElement().asString().doesNotContain("renamed")
                .contains("edited after it was applied").contains(recorded)
                .contains("undo by hand what its first 1 statement(s) did");
        assertThat(f.ledger()).containsExactly("20251231000000-create-notes|APPLIED|1");
    }
}
