package dev.junction.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.Junction;
import dev.junction.schema.DataType;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code migration:generate} writes the migration into the migrations folder (default {@code migrations/} in the
 * working directory), prints the changes, the files and every warning, and refuses a NOT NULL column without
 * {@code --backfill} with a one-line error.
 */
class MigrationGenerateCommandTest {
    @TempDir
    Path dir;

    /** Users, with an age when {@code withAge}, and crabs when {@code withCrabs}. */
    private static JunctionApp app(String url, boolean withAge, boolean withCrabs) {
        return new JunctionApp() {
            @Override
            public String defaultUrl() {
                return url;
            }

            @Override
            public void defineModels(Junction db) {
                db.define("User", m -> {
                    m.timestamps(false).attribute("name", DataType.string(40));
                    if (withAge) m.attribute("age", DataType.integer(), a -> a.notNull());
                });
                if (withCrabs) db.define("Crab", m -> m.timestamps(false).attribute("name", DataType.string(20)));
            }
        };
    }

    private TownApp.Result run(JunctionApp app, String... args) {
        return TownApp.run(app, Map.of(), dir, args);
    }

    private static long files(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }

    @DialectTest
    void generatesIntoMigrationsAndPrintsWhatItWrote(TestTarget target) throws Exception {
        TownApp.Result result = run(app(target.urlWithCredentials(), false, true), "migration:generate",
                "--name", "init");

        assertThat(result.exitCode()).as(result.err()).isZero();
        Path migrations = dir.resolve("migrations");
        assertThat(result.out()).containsPattern("Migration \\d{14}-init:\n  create table Users \\(model User\\)")
                .contains("Wrote " + migrations.resolve("schema.yaml"));
        for (String dialect : new String[] {"h2", "postgresql", "mariadb", "sqlite"}) {
            assertThat(files(migrations.resolve(dialect))).isEqualTo(2);
        }
        assertThat(run(app(target.urlWithCredentials(), false, true), "migration:generate", "--name", "again")
                .out()).contains("No changes");
    }

    @DialectTest
    void aNotNullColumnNeedsABackfillAndADropIsAWarning(TestTarget target) throws Exception {
        String url = target.urlWithCredentials();
        run(app(url, false, true), "migration:generate", "--name", "init", "--dialects", "sqlite,postgresql");

        TownApp.Result refused = run(app(url, true, false), "migration:generate", "--name", "age",
                "--dialects", "sqlite,postgresql");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).isEqualTo("error: Column Users.age is added NOT NULL and has no default: give the"
                + " value for existing rows with --backfill Users.age=VALUE (GenerateOptions.backfill(\"Users.age\","
                + " value))\n");

        TownApp.Result written = run(app(url, true, false), "migration:generate", "--name", "age",
                "--dialects", "sqlite,postgresql", "--backfill", "Users.age=0");
        assertThat(written.exitCode()).as(written.err()).isZero();
        assertThat(written.out()).contains("add column Users.age INTEGER NOT NULL", "drop table Crabs",
                "WARNING: Dropping table Crabs loses data; left commented out: pass --allow-data-loss");
        Path up;
        try (Stream<Path> files = Files.list(dir.resolve("migrations/postgresql"))) {
            up = files.filter(f -> f.toString().endsWith("-age.up.sql")).findFirst().orElseThrow();
        }
        assertThat(Files.readString(up)).contains("UPDATE \"Users\" SET \"age\" = 0;", "-- DROP TABLE \"Crabs\";");
        assertThat(dir.resolve("migrations/h2")).doesNotExist();
    }

    @org.junit.jupiter.api.Test
    void generatesWithoutAnyDatabaseConfigured() throws Exception {
        TownApp.Result result = run(app(null, false, false), "migration:generate", "--name", "init");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("create table Users (model User)");
        assertThat(files(dir.resolve("migrations/postgresql"))).isEqualTo(2);
    }

    private static JunctionApp renamingApp(String url, String nameColumn) {
        return new JunctionApp() {
            @Override
            public String defaultUrl() {
                return url;
            }

            @Override
            public void defineModels(Junction db) {
                db.define("User", m -> m.timestamps(false).attribute(nameColumn, DataType.string(40)));
            }
        };
    }

    @DialectTest
    void onATerminalADropAndAnAddOfOneTypeAreOfferedAsARename(TestTarget target) throws Exception {
        String url = target.urlWithCredentials();
        run(renamingApp(url, "name"), "migration:generate", "--name", "init");
        java.io.InputStream stdin = System.in;
        StringWriter out = new StringWriter();
        int code;
        try {
            System.setIn(new java.io.ByteArrayInputStream("y\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            code = JunctionCli.run(renamingApp(url, "fullName"), Map.of(), dir, true, new PrintWriter(out, true),
                    new PrintWriter(new StringWriter(), true), "migration:generate", "--name", "rename");
        } finally {
            System.setIn(stdin);
        }

        assertThat(code).isZero();
        assertThat(out.toString()).contains("Was Users.name renamed to fullName? [y/N] ")
                .contains("  rename column Users.name to fullName").doesNotContain("drop column");
    }

    @DialectTest
    void flywayNamesAndAnotherFolder(TestTarget target) throws Exception {
        TownApp.Result result = run(app(target.urlWithCredentials(), true, false), "migration:generate",
                "--name", "init", "--flyway", "--migrations", "db/changes", "--dialects", "mariadb");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(dir.resolve("db/changes/mariadb/V1__init.sql")).isRegularFile();
        assertThat(dir.resolve("db/changes/mariadb/U1__init.sql")).isRegularFile();
        assertThat(result.out()).contains("Migration V1__init:");
    }

    @DialectTest
    void baselineWritesOnlyTheSnapshotOnceAndTheNextMigrationHoldsOnlyTheChange(TestTarget target) throws Exception {
        String url = target.urlWithCredentials();
        TownApp.Result result = run(app(url, false, false), "migration:generate", "--baseline");

        assertThat(result.exitCode()).as(result.err()).isZero();
        Path migrations = dir.resolve("migrations");
        assertThat(result.out()).startsWith("No migration, only the snapshot:\n  baseline of 1 table(s), taken as"
                + " made already: Users").contains("Wrote " + migrations.resolve("schema.yaml"));
        assertThat(files(migrations)).isEqualTo(1);
        TownApp.Result again = run(app(url, false, false), "migration:generate", "--baseline");
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("Refusing the baseline");
        TownApp.Result next = run(app(url, false, true), "migration:generate", "--name", "crabs");
        assertThat(next.out()).containsPattern("Migration \\d{14}-crabs:\n  create table Crabs \\(model Crab\\)\n");
        assertThat(next.out()).doesNotContain("table Users");
    }

    @DialectTest
    void aNameIsRequiredUnlessBaseline(TestTarget target) throws Exception {
        TownApp.Result result = run(app(target.urlWithCredentials(), false, false), "migration:generate");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("Missing required option: '--name=NAME' (or --baseline)");
        assertThat(dir.resolve("migrations")).doesNotExist();
    }
}
