package dev.junction.migration.internal.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.Junction;
import dev.junction.internal.Runtime;
import dev.junction.internal.RuntimeAccess;
import dev.junction.migration.MigrationException;
import dev.junction.schema.internal.SchemaInspector;
import dev.junction.testing.DialectTest;
import dev.junction.testing.RawSql;
import dev.junction.testing.TestTarget;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import org.junit.jupiter.api.io.TempDir;

/**
 * A migration file edited after the folder was read — while earlier migrations of the same run were running — is
 * refused before any of its statements runs: what runs is what its recorded checksum says.
 */
class FileChangedWhileMigratingTest {
    private static final String NAME = "20260101000000-create-notes";

    @TempDir
    Path root;

    @DialectTest
    void anUpFileChangedSinceItWasListedIsRefusedAndNothingOfItRuns(TestTarget target) throws Exception {
        try (Junction db = target.open()) {
            RawSql raw = new RawSql(target, db);
            String listed = raw.sql("CREATE TABLE {notes} ({id} INTEGER PRIMARY KEY);\n");
            Path up = Files.writeString(root.resolve(NAME + ".up.sql"),
                    raw.sql("CREATE TABLE {edited} ({id} INTEGER PRIMARY KEY);\n"));
            MigrationFile file = new MigrationFile(NAME, BigInteger.ONE, up, null, MigrationFolder.checksum(listed));
            Runtime runtime = RuntimeAccess.of(db);
            MigrationLedger ledger = new MigrationLedger(runtime);
            MigrationExecutor executor = new MigrationExecutor(runtime, ledger);

            runtime.scope().run(null, c -> {
                ledger.create(c);
                assertThatThrownBy(() -> executor.up(c, file, 1)).isInstanceOf(MigrationException.class)
                        .hasMessageContaining(NAME + ".up.sql changed while migrating")
                        .hasMessageContaining(file.checksum());
                assertThat(ledger.entries(c)).isEmpty();
                return null;
            });
            try (Connection c = target.jdbc()) {
                assertThat(new SchemaInspector(c).tableNames()).noneMatch("edited"::equalsIgnoreCase);
            }
        }
    }
}
