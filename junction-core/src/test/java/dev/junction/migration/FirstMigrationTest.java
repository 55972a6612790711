package dev.junction.migration;

import static dev.junction.association.Associations.as;
import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Row;
import dev.junction.association.Through;
import dev.junction.schema.DataType;
import dev.junction.schema.ReferentialAction;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first migration of a project is its whole schema, exactly as {@code sync()} makes it: the same
 * {@code describe()} on every database, and {@code check()} matches.
 */
class FirstMigrationTest {
    enum Mood { HAPPY, GRUMPY }

    @TempDir
    Path root;

    /**
     * Users and shows with two join tables, a beach of every column kind and default, a foreign key whose name is
     * longer than PostgreSQL and MariaDB take (each shortens it its way), a cycle of keys, indexes (one over a foreign
     * key, with a defaulted name too long for PostgreSQL and MariaDB).
     */
    static void models(Junction db) {
        Model<Row> users = db.define("User", m -> m.attribute("name", DataType.string(40), a -> a.unique().notNull())
                .attribute("age", DataType.integer(), a -> a.defaultValue(18)).index("users_by_age", List.of("age")));
        Model<Row> shows = db.define("Show", m -> m.attribute("title", DataType.string(80)));
        users.belongsToMany(shows, as("Rated").through("Ratings"));
        users.belongsToMany(shows, as("Watched").through(Through.of("Viewings").unique(false)));
        db.define("Beach", m -> m.underscored(true)
                .attribute("name", DataType.string(40), a -> a.unique("place").defaultValue("it's \\ here"))
                .attribute("town", DataType.string(40), a -> a.unique("place"))
                .attribute("notes", DataType.text()).attribute("rating", DataType.decimal(5, 2),
                        a -> a.defaultValue(new BigDecimal("2.50")))
                .attribute("visits", DataType.bigint(), a -> a.defaultValue(7L))
                .attribute("depth", DataType.doubleType(), a -> a.defaultValue(1.5))
                .attribute("open", DataType.bool(), a -> a.defaultValue(true))
                .attribute("openedOn", DataType.date(), a -> a.defaultValue(LocalDate.of(2020, 1, 2)))
                .attribute("seenAt", DataType.instant()).attribute("localAt", DataType.localDateTime())
                .attribute("offsetAt", DataType.offsetDateTime()).attribute("code", DataType.uuid())
                .attribute("photo", DataType.binary())
                .attribute("mood", DataType.enumOf(Mood.class), a -> a.defaultValue(Mood.HAPPY))
                .attribute("ownerId", DataType.integer(), a -> a.references("User", "id", ReferentialAction.CASCADE,
                        ReferentialAction.CASCADE)).index("town", "openedOn"));
        db.define("Reservation", m -> m.timestamps(false).tableName("BeachUmbrellaReservationsForTheWholeSummer")
                .attribute("reservingUserAccountId", DataType.integer(), a -> a.references("User"))
                .index("reservingUserAccountId")); // an index name longer than PostgreSQL and MariaDB take
        db.define("Hen", m -> m.timestamps(false).attribute("EggId", DataType.integer(), a -> a.references("Egg")));
        db.define("Egg", m -> m.timestamps(false).attribute("HenId", DataType.integer(), a -> a.references("Hen")));
    }

    @DialectTest
    void theFirstMigrationMakesWhatSyncMakes(TestTarget target) throws Exception {
        Junction migrated = target.open();
        models(migrated);
        GeneratedMigration first = MigrationGenerator.of(migrated, root).generate("init");

        Migrator.of(migrated, root).migrate();

        try (TestTarget other = new TestTarget(target.backend())) {
            Junction synced = other.open();
            models(synced);
            synced.sync();
            assertThat(Evolution.describe(migrated)).isEqualTo(synced.describe());
        }
        assertThat(migrated.check().differences()).isEmpty();
        assertThat(first.files()).hasSize(9).contains(root.resolve("schema.yaml"));
        assertThat(first.name()).matches("\\d{14}-init");
    }

    @DialectTest
    void aMigrationGeneratedWithAnotherDatabaseMakesWhatSyncMakes(TestTarget target) throws Exception {
        GeneratedMigration first;
        try (Junction offline = Junction.open("jdbc:h2:mem:")) {
            models(offline);
            first = MigrationGenerator.of(offline, root).generate("init");
        }
        Junction migrated = target.open();
        models(migrated);

        Migrator.of(migrated, root).migrate();

        try (TestTarget other = new TestTarget(target.backend())) {
            Junction synced = other.open();
            models(synced);
            synced.sync();
            assertThat(Evolution.describe(migrated)).isEqualTo(synced.describe());
        }
    }

    @DialectTest
    void theDownOfTheFirstMigrationDropsEveryTable(TestTarget target) throws Exception {
        Junction db = target.open();
        models(db);
        GeneratedMigration first = MigrationGenerator.of(db, root).generate("init");
        Migrator.of(db, root).migrate();

        assertThat(Migrator.of(db, root).undo().names()).containsExactly(first.name());

        assertThat(Evolution.describe(db).tables()).isEmpty();
    }

    @DialectTest
    void unchangedModelsWriteNothing(TestTarget target) throws Exception {
        Junction db = target.open();
        models(db);
        MigrationGenerator generator = MigrationGenerator.of(db, root);
        generator.generate("init");
        long files;
        try (var walk = Files.walk(root)) {
            files = walk.count();
        }

        GeneratedMigration again = generator.generate("again");

        assertThat(again.hasChanges()).isFalse();
        assertThat(again.files()).isEmpty();
        assertThat(again).hasToString("No changes: the models match the migrations' schema; nothing written.");
        try (var walk = Files.walk(root)) {
            assertThat(walk.count()).isEqualTo(files);
        }
    }
}
