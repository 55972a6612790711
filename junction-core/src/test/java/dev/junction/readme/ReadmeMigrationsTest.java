package dev.junction.readme;

import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.Junction;
import dev.junction.migration.MigrationReport;
import dev.junction.migration.MigrationStatus;
import dev.junction.migration.Migrator;
import dev.junction.testing.DialectTest;
import dev.junction.testing.RawSql;
import dev.junction.testing.TestTarget;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.io.TempDir;

/** The README's "Running migrations" example, as written there (the root in a temporary folder), on every database. */
class ReadmeMigrationsTest {
    @TempDir
    Path migrations;

    private void write(Junction db, String file, String template) throws Exception {
        Path folder = migrations.resolve(db.dialect().name().toLowerCase(Locale.ROOT));
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(file), new RawSql(null, db).sql(template));
    }

    @DialectTest
    void runningMigrations(TestTarget target) throws Exception {
        Junction db = target.open();
        write(db, "20261201090000-create-shows.up.sql", "CREATE TABLE {Shows} ({id} INTEGER PRIMARY KEY);");
        write(db, "20261201090000-create-shows.down.sql", "DROP TABLE {Shows};");
        write(db, "20261204163000-add-ratings.up.sql", """
                CREATE TABLE {Ratings} ({id} INTEGER PRIMARY KEY,
                  {ShowId} INTEGER REFERENCES {Shows} ({id}));
                """);
        write(db, "20261204163000-add-ratings.down.sql", "DROP TABLE {Ratings};");
        write(db, "20261205100000-add-tags.up.sql", "CREATE TABLE {Tags} ({id} INTEGER PRIMARY KEY);");
        write(db, "20261205100000-add-tags.down.sql", "DROP TABLE {Tags};");
        Files.writeString(migrations.resolve("schema.yaml"), "# the generator's snapshot: not read by the migrator\n");

        Migrator migrator = Migrator.of(db, migrations);
        migrator.migrate("20261204163000-add-ratings");  // … or up to and including one
        MigrationReport report = migrator.migrate();   // every pending migration, in timestamp (or version) order
        List<MigrationStatus> status = migrator.status();  // APPLIED, PENDING, FAILED, APPLIED_BY_SEQUELIZE, MISSING_FILE
        migrator.undo();                               // the newest applied one, by its down file (undo(name): that one)

        assertThat(report.names()).containsExactly("20261205100000-add-tags");
        assertThat(status).allMatch(s -> s.state() == MigrationStatus.State.APPLIED);
        assertThat(migrator.status().get(2).state()).isEqualTo(MigrationStatus.State.PENDING);
        assertThat(migrator.undoAll().names())
                .containsExactly("20261204163000-add-ratings", "20261201090000-create-shows");
    }
}
