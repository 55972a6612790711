package dev.junction.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.testing.Backend;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/**
 * Foreign keys and migrations: a migration cannot leave rows referring to nothing; on SQLite, whose foreign keys are
 * off while a migration runs (so that a table can be rebuilt — new table, copy, swap — without its referrers being
 * deleted by a cascade), they are checked before the commit.
 */
class ForeignKeysDuringMigrationTest {
    @TempDir
    Path root;

    private MigrationFixture parentsAndChildren(TestTarget target) throws Exception {
        MigrationFixture f = new MigrationFixture(root, target);
        f.raw.script(f.raw.sql("CREATE TABLE {parents} ({id} INTEGER PRIMARY KEY, {name} VARCHAR(50))"),
                f.raw.sql("CREATE TABLE {children} ({id} INTEGER PRIMARY KEY, {parentId} INTEGER REFERENCES"
                        + " {parents} ({id}) ON DELETE CASCADE)"),
                f.raw.sql("INSERT INTO {parents} ({id}, {name}) VALUES (1, 'one')"),
                f.raw.sql("INSERT INTO {children} ({id}, {parentId}) VALUES (1, 1)"));
        return f;
    }

    @DialectTest
    void aMigrationLeavingARowThatRefersToNothingFails(TestTarget target) throws Exception {
        MigrationFixture f = parentsAndChildren(target);
        f.write("20260101000000-orphan.up.sql", "INSERT INTO {children} ({id}, {parentId}) VALUES (2, 99);");

        assertThatThrownBy(() -> f.migrator().migrate()).isInstanceOf(MigrationException.class)
                .hasMessageContaining("20260101000000-orphan");

        assertThat(f.raw.count("children")).isEqualTo(1);
        if (target.backend() == Backend.SQLITE) {
            assertThatThrownBy(() -> f.migrator().migrate())
                    .hasMessageContaining("row 2 of children refers to a missing row of parents");
        }
    }

    @DialectTest
    void onSqliteATableRebuildKeepsTheRowsThatReferToIt(TestTarget target) throws Exception {
        MigrationFixture f = parentsAndChildren(target);
        if (target.backend() != Backend.SQLITE) return; // the others ALTER a table in place, no rebuild needed
        f.write("20260101000000-rebuild-parents.up.sql", """
                CREATE TABLE {parents_new} ({id} INTEGER PRIMARY KEY, {name} VARCHAR(50) NOT NULL);
                INSERT INTO {parents_new} ({id}, {name}) SELECT {id}, {name} FROM {parents};
                DROP TABLE {parents};
                ALTER TABLE {parents_new} RENAME TO {parents};
                """);

        f.migrator().migrate();

        assertThat(f.raw.count("children")).isEqualTo(1);
        assertThat(f.raw.rows("SELECT {name} FROM {parents}")).containsExactly("one");
        assertThat(f.ledger()).containsExactly("20260101000000-rebuild-parents|APPLIED|4");
    }

    @DialectTest
    void onSqliteOnlyTheRowsAMigrationOrphansFailIt(TestTarget target) throws Exception {
        MigrationFixture f = parentsAndChildren(target);
        if (target.backend() != Backend.SQLITE) return; // the others refuse an orphan as it is written
        // A row orphaned before Junction migrated (written with foreign keys off, as SQLite's default is).
        f.raw.script("PRAGMA foreign_keys = OFF",
                f.raw.sql("INSERT INTO {children} ({id}, {parentId}) VALUES (2, 99)"));
        f.write("20260101000000-create-tags.up.sql", "CREATE TABLE {tags} ({id} INTEGER PRIMARY KEY);");

        assertThat(f.migrator().migrate().names()).containsExactly("20260101000000-create-tags");

        f.write("20260102000000-orphan.up.sql", "INSERT INTO {children} ({id}, {parentId}) VALUES (3, 98);");
        assertThatThrownBy(() -> f.migrator().migrate()).isInstanceOf(MigrationException.class)
                .hasMessageContaining("row 3 of children refers to a missing row of parents")
                .hasMessageNotContaining("row 2 of");
        assertThat(f.raw.count("children")).isEqualTo(2);
    }
}
