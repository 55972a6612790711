package dev.junction.migration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.testing.DialectTest;
import dev.junction.testing.Simultaneously;
import dev.junction.testing.TestTarget;
import dev.junction.testing.Trials;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two processes — two Junction instances with pools of their own — migrating one database at the same moment take
 * turns under the schema lock: each migration runs once, and the later one finds nothing pending.
 */
class ConcurrentMigrateTest {
    private static final int TRIALS = 3;

    @TempDir
    Path root;

    @DialectTest
    void twoMigratorsAtOnceRunEachMigrationOnce(TestTarget first) throws Exception {
        Trials.run(first, TRIALS, target -> {
            MigrationFixture one = new MigrationFixture(root, target);
            MigrationFixture two = new MigrationFixture(root, target, target.open());
            one.createAndDrop("20260101000000-create-notes", "notes");
            one.write("20260102000000-fill-notes.up.sql", "INSERT INTO {notes} ({id}) VALUES (1);");
            one.createAndDrop("20260103000000-create-tags", "tags");

            List<MigrationReport> runs = Simultaneously.run(() -> one.migrator().migrate(),
                    () -> two.migrator().migrate());

            List<String> ran = new ArrayList<>();
            runs.forEach(r -> ran.addAll(r.names()));
            assertThat(ran).containsExactlyInAnyOrder("20260101000000-create-notes", "20260102000000-fill-notes",
                    "20260103000000-create-tags");
            assertThat(one.raw.count("notes")).isEqualTo(1);
            assertThat(one.ledger()).hasSize(3);
        });
    }
}
