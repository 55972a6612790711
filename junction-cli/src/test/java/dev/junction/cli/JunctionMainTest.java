package dev.junction.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.cli.TownApp.Result;
import dev.junction.schema.DatabaseSchema;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code junction} launcher: {@code --models} finds the application's models on the class path. */
class JunctionMainTest {
    private static final String PACKAGE = "dev.junction.cli.scanned";

    @TempDir
    Path dir;

    private Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = JunctionMain.run(Map.of(), dir, false, new PrintWriter(out, true), new PrintWriter(err, true),
                args);
        return new Result(code, out.toString(), err.toString());
    }

    private static java.util.List<String> tables(TestTarget target) {
        return target.open().describe().tables().stream().map(DatabaseSchema.Table::name).sorted().toList();
    }

    @DialectTest
    void aPackageOfModelsRunsEveryCommand(TestTarget target) throws Exception {
        String url = target.urlWithCredentials();
        Result sync = run("--url", url, "--models", PACKAGE, "db:sync");
        assertThat(sync.exitCode()).as(sync.err()).isZero();
        // Records with a hook or a Junction annotation, subpackages included; not the plain record nor the enum.
        assertThat(tables(target)).containsExactly("Beaches", "Castles", "Tools");

        Files.createDirectories(dir.resolve("seeders"));
        Files.writeString(dir.resolve("seeders/01-beach.yaml"),
                "Beach: [{ name: North }]\nCastle: [{ name: Keep, Beach: { name: North } }]\n");
        Result seed = run("db:seed:all", "--models=" + PACKAGE, "--url", url);
        assertThat(seed.exitCode()).as(seed.err()).isZero();
        assertThat(seed.out()).contains("Applied 01-beach.yaml (2 rows).");

        Result models = run("--url", url, "--models", PACKAGE, "models");
        assertThat(models.out()).contains("Castle", "BeachId");
        Result check = run("--url", url, "--models", PACKAGE, "db:check");
        assertThat(check.exitCode()).as(check.out() + check.err()).isZero();

        Result drop = run("--url", url, "--models", PACKAGE, "db:drop");
        assertThat(drop.exitCode()).as(drop.err()).isZero();
        assertThat(drop.out()).contains("Dropped 3 table(s).", "Forgot 1 applied seed file(s)");
        assertThat(tables(target)).isEmpty();
    }

    @DialectTest
    void aClassListingTheModelsDefinesThoseOnly(TestTarget target) {
        Result sync = run("--url", target.urlWithCredentials(), "--models", PACKAGE + ".TownModels", "db:sync");
        assertThat(sync.exitCode()).as(sync.err()).isZero();
        assertThat(tables(target)).containsExactly("Beaches", "Castles");
    }

    @DialectTest
    void severalNamesAddUp(TestTarget target) {
        Result sync = run("--url", target.urlWithCredentials(), "--models",
                PACKAGE + ".TownModels," + PACKAGE + ".more", "db:sync");
        assertThat(sync.exitCode()).as(sync.err()).isZero();
        assertThat(tables(target)).containsExactly("Beaches", "Castles", "Tools");
    }

    @DialectTest
    void aPackageWithoutModelsIsOneErrorLine(TestTarget target) {
        Result result = run("--url", target.urlWithCredentials(), "--models", "dev.junction.nothing.here", "db:sync");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err().strip()).startsWith("error: --models dev.junction.nothing.here: no model classes in"
                + " this package").doesNotContain("\tat ");
        assertThat(tables(target)).isEmpty();
    }

    @Test
    void withoutModelsItIsAUsageError() {
        Result result = run("db:sync");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("error: --models is required");
        assertThat(run("--models").exitCode()).isEqualTo(2);
    }

    @Test
    void withoutACommandItPrintsUsageOnStandardErrorAndExitsTwo() {
        Result result = run("--models", PACKAGE);
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("Missing command.", "Usage: junction", "db:sync");
    }

    @Test
    void helpNeedsNoModels() {
        Result result = run("--help");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Usage: junction", "--seed-namespace");
    }

    @Test
    void withoutADatabaseItSaysHowToNameOne() {
        Result result = run("--models", PACKAGE, "db:sync");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err().strip()).isEqualTo("error: No database to open: give --url, set JUNCTION_URL, or"
                + " name a url in junction.yaml");
    }
}
