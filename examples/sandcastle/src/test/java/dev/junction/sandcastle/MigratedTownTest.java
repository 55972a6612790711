package dev.junction.sandcastle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.Junction;
import dev.junction.migration.GeneratedMigration;
import dev.junction.migration.MigrationException;
import dev.junction.migration.MigrationGenerator;
import dev.junction.migration.MigrationStatus;
import dev.junction.migration.Migrator;
import dev.junction.sandcastle.models.Town;
import dev.junction.schema.DatabaseSchema;
import dev.junction.schema.ModelDefinition;
import dev.junction.seed.Seeder;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The town's checked-in migrations: current with the models, and on every database they make the schema the models
 * describe, take the seeds, and undo to nothing.
 */
class MigratedTownTest {
    private static final SandcastleApp APP = new SandcastleApp();
    private static final List<String> MIGRATIONS = List.of("20261204173409-create-town",
            "20261204173520-sandcastle-contest", "20261204214847-model-lifecycle");

    @TempDir
    Path scratch;

    private static Junction town(TestTarget target) {
        Junction db = target.open();
        Town.define(db);
        return db;
    }

    private static List<String> townTablesIn(Junction db) {
        List<String> live = db.describe().tables().stream().map(DatabaseSchema.Table::name)
                .map(t -> t.toLowerCase(Locale.ROOT)).toList();
        return db.definitions().stream().map(ModelDefinition::tableName)
                .filter(t -> live.contains(t.toLowerCase(Locale.ROOT))).toList();
    }

    /** As Django's {@code makemigrations --check}: a model changed without a migration generated fails here. */
    @Test
    void theCheckedInMigrationsAreCurrentWithTheModels() throws IOException {
        Files.copy(APP.defaultMigrations().resolve("schema.yaml"), scratch.resolve("schema.yaml"));
        try (Junction db = Junction.open("jdbc:h2:mem:")) {
            Town.define(db);

            GeneratedMigration pending = MigrationGenerator.of(db, scratch).generate("check");

            assertThat(pending.hasChanges())
                    .as("models changed since the last migration; run ./sandcastle migration:generate --name …:\n"
                            + pending).isFalse();
        }
    }

    @Test
    void everyDatabaseFolderHoldsEveryMigrationUpAndDown() throws IOException {
        for (String folder : List.of("h2", "postgresql", "mariadb", "sqlite")) {
            try (Stream<Path> files = Files.list(APP.defaultMigrations().resolve(folder))) {
                assertThat(files.map(f -> f.getFileName().toString()).sorted()).as(folder)
                        .containsExactlyElementsOf(MIGRATIONS.stream()
                                .flatMap(m -> Stream.of(m + ".down.sql", m + ".up.sql")).toList());
            }
        }
    }

    @DialectTest
    void theMigrationsMakeTheSchemaTheModelsDescribe(TestTarget target) {
        Junction db = town(target);

        List<String> ran = Migrator.of(db, APP.defaultMigrations()).migrate().names();

        assertThat(ran).containsExactlyElementsOf(MIGRATIONS);
        assertThat(db.check().matches()).as(db.check().toString()).isTrue();
    }

    @DialectTest
    void theMainJobMigratesSeedsAndPrintsTheContest(TestTarget target) {
        Junction db = town(target);
        StringWriter out = new StringWriter();

        APP.runMainJob(db, Seeder.of(db, APP.defaultSeeders()), new PrintWriter(out, true));

        assertThat(Migrator.of(db, APP.defaultMigrations()).status()).extracting(MigrationStatus::state)
                .containsOnly(MigrationStatus.State.APPLIED).hasSize(MIGRATIONS.size());
        assertThat(out.toString()).contains("    - Sea Cathedral (Cathedral, 90 cm, built 2026-07-05)",
                "  Sea Cathedral: 4.7 stars from 3 votes (alice 5, bob 4, carol 5)",
                "  Ana (certified 2024-05-01): North Beach (2026-07-06 8h)",
                "  closed for the season: Old Harbour",
                "  taken by the sea: Rip Point, still on record with shifts by Ana 2026-07-05",
                "  oscar: Columbo, The Tide Report");
    }

    @DialectTest
    void undoingEveryMigrationLeavesNoTownTable(TestTarget target) {
        Junction db = town(target);
        APP.runMainJob(db, Seeder.of(db, APP.defaultSeeders()), new PrintWriter(new StringWriter()));

        List<String> undone = Migrator.of(db, APP.defaultMigrations()).undoAll().names();

        assertThat(undone).containsExactly(MIGRATIONS.get(2), MIGRATIONS.get(1), MIGRATIONS.get(0));
        assertThat(townTablesIn(db)).isEmpty();
    }

    @DialectTest
    void aTownSyncedBeforeTheMigrationsIsRefusedWithWhatToDo(TestTarget target) {
        Junction db = town(target);
        db.sync();
        Seeder seeder = Seeder.of(db, APP.defaultSeeders());

        assertThatThrownBy(() -> APP.runMainJob(db, seeder, new PrintWriter(new StringWriter())))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("no migration recorded: it was made by an older ./sandcastle (db:sync)")
                .hasMessageContaining("rm sandcastle.mv.db");
        assertThat(Migrator.of(db, APP.defaultMigrations()).status()).extracting(MigrationStatus::state)
                .containsOnly(MigrationStatus.State.PENDING);
    }
}
