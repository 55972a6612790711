package dev.junction.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** A migration folder Junction would misread is refused before anything runs, naming the file. */
class MigrationFolderTest {
    @TempDir
    Path root;

    @DialectTest
    void mixingTheJunctionAndFlywayLayoutsIsRefused(TestTarget target) throws Exception {
        MigrationFixture f = new MigrationFixture(root, target);
        f.write("20260101000000-create-notes.up.sql", "CREATE TABLE {notes} ({id} INTEGER PRIMARY KEY);");
        f.write("V2__create_tags.sql", "CREATE TABLE {tags} ({id} INTEGER PRIMARY KEY);");

        assertThatThrownBy(() -> f.migrator().migrate()).isInstanceOf(MigrationException.class)
                .hasMessageContaining("mixes").hasMessageContaining("20260101000000-create-notes.up.sql")
                .hasMessageContaining("V2__create_tags.sql");
        assertThat(f.tables()).noneMatch("notes"::equalsIgnoreCase);
    }

    @DialectTest
    void aDownFileWithoutItsUpFileIsRefused(TestTarget target) {
        MigrationFixture f = new MigrationFixture(root, target);
        f.write("20260101000000-create-notes.down.sql", "DROP TABLE {notes};");

        assertThatThrownBy(() -> f.migrator().status()).isInstanceOf(MigrationException.class)
                .hasMessageContaining("20260101000000-create-notes.down.sql").hasMessageContaining("without its up");
    }

    @DialectTest
    void aSqlFileNamedAlmostLikeAMigrationIsRefusedAndOthersAreIgnored(TestTarget target) {
        MigrationFixture f = new MigrationFixture(root, target);
        f.write("20260101000000-create-notes.up.sql", "CREATE TABLE {notes} ({id} INTEGER PRIMARY KEY);");
        f.writeRaw("notes.txt", "ignored");
        f.writeRaw("seed-data.sql", "ignored: not named like a migration");
        assertThat(f.migrator().status()).hasSize(1);

        f.writeRaw("2026010200000-add-tags.up.sql", "CREATE TABLE tags (id INT);");

        assertThatThrownBy(() -> f.migrator().migrate()).isInstanceOf(MigrationException.class)
                .hasMessageContaining("2026010200000-add-tags.up.sql").hasMessageContaining("neither layout");
    }

    @DialectTest
    void aMissingFolderIsRefusedNamingIt(TestTarget target) {
        MigrationFixture f = new MigrationFixture(root, target);

        assertThatThrownBy(() -> f.migrator().migrate()).isInstanceOf(MigrationException.class)
                .hasMessageContaining(f.folder().toString());
    }
}
