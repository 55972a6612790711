package dev.junction.migration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.Junction;
import dev.junction.schema.DataType;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/**
 * A column dropped beside a new one of the same type is only a candidate rename; confirmed with
 * {@code GenerateOptions.rename}, it is written as one and keeps the data.
 */
class ConfirmedRenameTest {
    @TempDir
    Path root;

    private static void users(Junction db, String nameColumn) {
        db.define("User", m -> m.timestamps(false).attribute(nameColumn, DataType.string(40))
                .attribute("age", DataType.integer()));
    }

    @DialectTest
    void aConfirmedCandidateIsWrittenAsARename(TestTarget target) throws Exception {
        Evolution e = new Evolution(target, root, db -> users(db, "name"));
        e.sql.execute(e.q("INSERT INTO {Users} ({name}) VALUES (?)"), "alice");
        Junction next = target.open();
        users(next, "fullName");
        MigrationGenerator generator = MigrationGenerator.of(next, root);

        assertThat(generator.renameCandidates(GenerateOptions.defaults()))
                .containsExactly(new RenameCandidate("Users", "name", "fullName"));
        GeneratedMigration migration = e.generate(db -> users(db, "fullName"),
                GenerateOptions.defaults().rename("Users", "name", "fullName"));

        assertThat(migration.changes()).containsExactly("rename column Users.name to fullName");
        e.up(migration);
        assertThat(e.sql.column(e.q("SELECT {fullName} FROM {Users}"))).containsExactly("alice");
        e.down(migration);
        assertThat(Evolution.describe(e.first)).isEqualTo(e.firstSchema());
    }
}
