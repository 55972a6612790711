package dev.junction.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Row;
import dev.junction.migration.GeneratedMigration;
import dev.junction.migration.MigrationGenerator;
import dev.junction.migration.Migrator;
import dev.junction.pull.ModelPuller;
import dev.junction.pull.PulledModels;
import dev.junction.schema.DataType;
import dev.junction.schema.DatabaseSchema;
import dev.junction.testing.Backend;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;

/**
 * A json() column as sync makes it, as check, describe and pull see it, and as a migration makes it: MariaDB's
 * JSON is LONGTEXT with a json_valid check, which Junction reads back as JSON.
 */
class JsonSchemaTest {
    @TempDir
    Path root;

    private static void models(Junction db) {
        db.define("Venue", m -> m.attribute("name", DataType.string(40))
                .attribute("meta", DataType.json(), a -> a.notNull()).attribute("extra", DataType.json()));
    }

    private static String expectedType(Backend backend) {
        return switch (backend) {
            case POSTGRESQL -> "jsonb";
            case SQLITE -> "TEXT";
            default -> "JSON";
        };
    }

    @DialectTest
    void syncMakesAJsonColumnThatCheckFindsClean(TestTarget target) {
        Junction db = target.open();
        models(db);
        db.sync();
        assertThat(db.check().differences()).isEmpty();
        DatabaseSchema.Table table = db.describe().table("Venues").orElseThrow();
        assertThat(table.column("meta").orElseThrow().typeName()).isEqualToIgnoringCase(expectedType(target.backend()));
        assertThat(table.column("meta").orElseThrow().nullable()).isFalse();
        db.sync(); // again: nothing to change
        assertThat(db.check().differences()).isEmpty();
    }

    @DialectTest
    void pullMapsAJsonColumnBackToJson(TestTarget target) {
        Junction db = target.open();
        models(db);
        db.sync();
        PulledModels pulled = ModelPuller.of(db).pull("pulled.json");
        String venue = pulled.files().get("pulled/json/Venue.java");
        if (target.backend() == Backend.SQLITE) {
            assertThat(venue).contains("@Column(text = true) String extra"); // SQLite keeps JSON as TEXT
        } else {
            assertThat(venue).contains("import dev.junction.annotation.Json;").contains("@Json Object extra")
                    .contains("@Json @Column(allowNull = false) Object meta");
        }
    }

    @DialectTest
    void aMigrationMakesWhatSyncMakes(TestTarget target) throws Exception {
        Junction migrated = target.open();
        models(migrated);
        GeneratedMigration first = MigrationGenerator.of(migrated, root).generate("init");
        assertThat(first.hasChanges()).isTrue();
        Migrator.of(migrated, root).migrate();
        assertThat(migrated.check().differences()).isEmpty();
        Model<Row> venues = migrated.model("Venue");
        venues.create(Row.of("name", "Hall", "meta", Map.of("tags", List.of("a"))));
        assertThat(venues.findAll().get(0).get("meta")).isEqualTo(Map.of("tags", List.of("a")));
        assertThat(MigrationGenerator.of(migrated, root).generate("again").hasChanges()).isFalse();
    }
}
