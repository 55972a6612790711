package dev.junction.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.migration.MigrationStatus.State;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** Running, undoing and listing migrations in order, with the ledger recording each. */
class MigrateAndUndoTest {
    @TempDir
    Path root;

    private MigrationFixture threeMigrations(TestTarget target) {
        MigrationFixture f = new MigrationFixture(root, target);
        f.createAndDrop("20260101000000-create-notes", "notes");
        f.write("20260102000000-fill-notes.up.sql", """
                -- two rows
                INSERT INTO {notes} ({id}, {body}) VALUES (1, 'a; b');
                INSERT INTO {notes} ({id}, {body}) VALUES (2, 'it''s');
                """);
        f.write("20260102000000-fill-notes.down.sql", "DELETE FROM {notes};\n");
        f.createAndDrop("20260103000000-create-tags", "tags");
        return f;
    }

    @DialectTest
    void migrateRunsEveryPendingMigrationInOrderAndRecordsIt(TestTarget target) throws Exception {
        MigrationFixture f = threeMigrations(target);

        MigrationReport report = f.migrator().migrate();

        assertThat(report.ran()).containsExactly(new MigrationReport.Ran("20260101000000-create-notes", 1),
                new MigrationReport.Ran("20260102000000-fill-notes", 2),
                new MigrationReport.Ran("20260103000000-create-tags", 1));
        assertThat(f.raw.rows("SELECT {body} FROM {notes} ORDER BY {id}")).containsExactly("a; b", "it's");
        assertThat(f.ledger()).containsExactly("20260101000000-create-notes|APPLIED|1",
                "20260102000000-fill-notes|APPLIED|2", "20260103000000-create-tags|APPLIED|1");
        assertThat(f.migrator().migrate().ran()).isEmpty();
    }

    @DialectTest
    void statusListsAppliedThenPendingWithChecksums(TestTarget target) {
        MigrationFixture f = threeMigrations(target);
        f.migrator().migrate("20260101000000-create-notes");

        assertThat(f.migrator().status()).extracting(MigrationStatus::name, MigrationStatus::state).containsExactly(
                org.assertj.core.groups.Tuple.tuple("20260101000000-create-notes", State.APPLIED),
                org.assertj.core.groups.Tuple.tuple("20260102000000-fill-notes", State.PENDING),
                org.assertj.core.groups.Tuple.tuple("20260103000000-create-tags", State.PENDING));
        MigrationStatus applied = f.migrator().status().get(0);
        assertThat(applied.checksum()).hasSize(64);
        assertThat(applied.appliedAt()).isNotNull();
        assertThat(applied.edited()).isFalse();
    }

    @DialectTest
    void migrateToStopsAfterTheNamedMigration(TestTarget target) throws Exception {
        MigrationFixture f = threeMigrations(target);

        assertThat(f.migrator().migrate("20260102000000-fill-notes").names())
                .containsExactly("20260101000000-create-notes", "20260102000000-fill-notes");

        assertThat(f.raw.count("notes")).isEqualTo(2);
        assertThat(f.tables()).noneMatch("tags"::equalsIgnoreCase);
        assertThatThrownBy(() -> f.migrator().migrate("20260109000000-nope"))
                .isInstanceOf(MigrationException.class).hasMessageContaining("20260109000000-nope");
    }

    @DialectTest
    void undoUndoesTheNewestAndUndoAllTheRestNewestFirst(TestTarget target) throws Exception {
        MigrationFixture f = threeMigrations(target);
        f.migrator().migrate();

        assertThat(f.migrator().undo().names()).containsExactly("20260103000000-create-tags");
        assertThat(f.tables()).noneMatch("tags"::equalsIgnoreCase);
        assertThat(f.migrator().undoAll().names())
                .containsExactly("20260102000000-fill-notes", "20260101000000-create-notes");

        assertThat(f.tables()).noneMatch("notes"::equalsIgnoreCase);
        assertThat(f.ledger()).isEmpty();
        assertThat(f.migrator().status()).allMatch(s -> s.state() == State.PENDING);
        assertThat(f.migrator().migrate().ran()).hasSize(3);
    }

    @DialectTest
    void undoOfAMigrationWithoutDownFileIsRefusedNamingIt(TestTarget target) throws Exception {
        MigrationFixture f = new MigrationFixture(root, target);
        f.write("20260101000000-create-notes.up.sql", "CREATE TABLE {notes} ({id} INTEGER PRIMARY KEY);");
        f.migrator().migrate();

        assertThatThrownBy(() -> f.migrator().undo()).isInstanceOf(MigrationException.class)
                .hasMessageContaining("20260101000000-create-notes has no down file")
                .hasMessageContaining("20260101000000-create-notes.down.sql");
        assertThat(f.ledger()).hasSize(1);
    }

    @DialectTest
    void aRecordWhoseFileIsGoneIsListedAsMissing(TestTarget target) throws Exception {
        MigrationFixture f = threeMigrations(target);
        f.migrator().migrate();
        java.nio.file.Files.delete(f.folder().resolve("20260103000000-create-tags.up.sql"));
        java.nio.file.Files.delete(f.folder().resolve("20260103000000-create-tags.down.sql"));

        MigrationStatus last = f.migrator().status().get(2);

        assertThat(last.name()).isEqualTo("20260103000000-create-tags");
        assertThat(last.state()).isEqualTo(State.MISSING_FILE);
        assertThatThrownBy(() -> f.migrator().undo()).isInstanceOf(MigrationException.class)
                .hasMessageContaining("20260103000000-create-tags").hasMessageContaining("files are gone");
    }

    @DialectTest
    void aFlywayFolderRunsInVersionOrder(TestTarget target) throws Exception {
        MigrationFixture f = new MigrationFixture(root, target);
        f.write("V2__fill_notes.sql", "INSERT INTO {notes} ({id}) VALUES (1);");
        f.write("U2__fill_notes.sql", "DELETE FROM {notes};");
        f.write("V10__create_tags.sql", "CREATE TABLE {tags} ({id} INTEGER PRIMARY KEY);");
        f.write("V1__create_notes.sql", "CREATE TABLE {notes} ({id} INTEGER PRIMARY KEY);");
        f.writeRaw("README.md", "not a migration");

        assertThat(f.migrator().migrate().names()).containsExactly("V1__create_notes", "V2__fill_notes",
                "V10__create_tags");
        assertThat(f.raw.count("notes")).isEqualTo(1);
        assertThatThrownBy(() -> f.migrator().undo()).hasMessageContaining("V10__create_tags has no down file");
        assertThat(f.migrator().undo("V2__fill_notes").names()).containsExactly("V2__fill_notes");
        assertThat(f.raw.count("notes")).isZero();
    }

    @DialectTest
    void migratingInsideATransactionIsRefused(TestTarget target) throws Exception {
        MigrationFixture f = threeMigrations(target);

        assertThatThrownBy(() -> f.db.transaction(tx -> f.migrator().migrate()))
                .isInstanceOf(MigrationException.class).hasMessageContaining("outside db.transaction");
        assertThat(f.tables()).noneMatch("notes"::equalsIgnoreCase);
    }

    @dev.junction.annotation.Table("JunctionMeta")
    record Ledger(Long id, String name) { }

    @DialectTest
    void noModelMayUseTheLedgersTable(TestTarget target) {
        assertThatThrownBy(() -> target.open().define(Ledger.class))
                .isInstanceOf(dev.junction.DefinitionException.class)
                .hasMessageContaining("Model Ledger uses table JunctionMeta")
                .hasMessageContaining("applied migrations");
    }

    @DialectTest
    void aJunctionMetaTableOfSomeoneElsesIsLeftAloneAndRefused(TestTarget target) throws Exception {
        MigrationFixture f = threeMigrations(target);
        f.raw.script(f.raw.sql("CREATE TABLE {JunctionMeta} ({id} INTEGER PRIMARY KEY, {note} VARCHAR(40))"));

        assertThatThrownBy(() -> f.migrator().migrate()).isInstanceOf(MigrationException.class)
                .hasMessageContaining("JunctionMeta is not Junction's record of applied migrations");
        assertThat(f.tables()).noneMatch("notes"::equalsIgnoreCase);
    }
}
