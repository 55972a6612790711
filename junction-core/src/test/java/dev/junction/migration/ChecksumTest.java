package dev.junction.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** A migration edited after it was applied is refused by migrate and flagged by status, with both checksums. */
class ChecksumTest {
    private static final String UP = "20260101000000-create-notes.up.sql";

    @TempDir
    Path root;

    private MigrationFixture appliedThenEdited(TestTarget target) {
        MigrationFixture f = new MigrationFixture(root, target);
        f.write(UP, "CREATE TABLE {notes} ({id} INTEGER PRIMARY KEY);\n");
        f.migrator().migrate();
        f.write(UP, "CREATE TABLE {notes} ({id} INTEGER PRIMARY KEY, {body} VARCHAR(10));\n");
        f.createAndDrop("20260102000000-create-tags", "tags");
        return f;
    }

    @DialectTest
    void migrateRefusesAnEditedMigrationBeforeRunningAnything(TestTarget target) throws Exception {
        MigrationFixture f = appliedThenEdited(target);
        String recorded = f.raw.string("SELECT {checksum} FROM {JunctionMeta}");
        String now = f.migrator().status().get(0).detail().replaceAll(".*file now ", "");

        assertThatThrownBy(() -> f.migrator().migrate()).isInstanceOf(MigrationException.class)
                .hasMessageContaining(UP + " was edited after it was applied")
                .hasMessageContaining(recorded).hasMessageContaining(now);
        assertThat(recorded).isNotEqualTo(now).hasSize(64);
        assertThat(f.tables()).noneMatch("tags"::equalsIgnoreCase);
    }

    @DialectTest
    void statusFlagsTheEditedMigrationWithBothChecksums(TestTarget target) {
        MigrationFixture f = appliedThenEdited(target);

        MigrationStatus edited = f.migrator().status().get(0);

        assertThat(edited.state()).isEqualTo(MigrationStatus.State.APPLIED);
        assertThat(edited.edited()).isTrue();
        assertThat(edited.detail()).contains("checksum recorded " + edited.checksum()).contains("file now ");
    }

    @DialectTest
    void lineEndingsDoNotCountAsAnEdit(TestTarget target) {
        MigrationFixture f = new MigrationFixture(root, target);
        f.write(UP, "CREATE TABLE {notes} (\n{id} INTEGER PRIMARY KEY\n);\n");
        f.migrator().migrate();
        f.write(UP, "CREATE TABLE {notes} (\r\n{id} INTEGER PRIMARY KEY\r\n);\r\n");

        assertThat(f.migrator().status().get(0).edited()).isFalse();
        assertThat(f.migrator().migrate().ran()).isEmpty();
    }
}
