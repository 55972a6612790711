package dev.junction.migration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.Junction;
import dev.junction.schema.DataType;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/**
 * A migration that makes a key or an index of a column some database cannot key whole (a {@code byte[]} without a
 * length on MariaDB/MySQL) is generated with a warning naming the dialect folders where it would fail, as
 * {@code sync} refuses it; with a length, or for the other databases only, without.
 */
class UnkeyableMigrationTest {
    @TempDir
    Path root;

    private static void tokens(Junction db, DataType key, boolean indexedNote) {
        db.define("Token", m -> {
            m.timestamps(false).attribute("id", key, a -> a.primaryKey()).attribute("note", DataType.text());
            if (indexedNote) m.index("note");
        });
    }

    @DialectTest
    void aTableKeyedOnBytesWithoutALengthWarnsForMariaDb(TestTarget target) throws Exception {
        Evolution e = new Evolution(target, root, db -> db.define("Note", m -> m.timestamps(false)));

        GeneratedMigration migration = e.generate(db -> tokens(db, DataType.binary(), false));

        assertThat(migration.warnings()).filteredOn(w -> w.contains("cannot make a key")).containsExactly(
                "mariadb: MariaDB cannot make a key or an index of Token.id (LONGBLOB), so this migration fails there;"
                        + " give a byte[] a length (@Column(length = 16)), or leave mariadb out of the dialects");
    }

    @DialectTest
    void anIndexAddedOnTextWarnsAndABoundedKeyDoesNot(TestTarget target) throws Exception {
        Evolution e = new Evolution(target, root, db -> tokens(db, DataType.binary(16), false));

        GeneratedMigration migration = e.generate(db -> tokens(db, DataType.binary(16), true));

        assertThat(migration.warnings()).filteredOn(w -> w.contains("cannot make a key")).containsExactly(
                "mariadb: MariaDB cannot make a key or an index of Token.note (LONGTEXT), so this migration fails"
                        + " there; give a byte[] a length (@Column(length = 16)), or leave mariadb out of the dialects");
    }

    @DialectTest
    void aMigrationForDatabasesThatKeyBytesWholeWarnsOfNothing(TestTarget target) throws Exception {
        Evolution e = new Evolution(target, root, db -> db.define("Note", m -> m.timestamps(false)));

        GeneratedMigration migration = e.generate(db -> tokens(db, DataType.binary(), true),
                GenerateOptions.defaults().dialects("h2", "postgresql", "sqlite"));

        assertThat(migration.warnings()).noneMatch(w -> w.contains("cannot make a key"));
    }
}
