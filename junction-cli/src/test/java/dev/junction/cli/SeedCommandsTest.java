package dev.junction.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.Junction;
import dev.junction.cli.TownApp.Result;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;

/** The seed commands, run as a user would run them, on every database. */
class SeedCommandsTest {
    @TempDir
    Path dir;

    private TownApp app;

    private Result run(String... args) {
        return TownApp.run(app, Map.of(), dir, args);
    }

    private void setUp(TestTarget target) throws Exception {
        app = new TownApp(target.urlWithCredentials());
        Files.createDirectories(dir.resolve("seeders"));
        Files.writeString(dir.resolve("seeders/01-people.yaml"), """
                User: [{ username: alice }, { username: bob }]
                Show: [{ title: Dune }]
                Beach: [{ name: North Beach }]
                Sandcastle: [{ name: Moat Manor, Beach: { name: North Beach } }]
                """);
        Files.writeString(dir.resolve("seeders/02-favorites.yaml"), """
                UserFavorites:
                  - { User: { username: alice }, Show: { title: Dune } }
                """);
        assertThat(run("db:sync").exitCode()).isZero();
    }

    private static long count(TestTarget target, String model) {
        try (Junction db = Junction.open(target.config().build())) {
            new TownApp(null).defineModels(db);
            return db.model(model).count();
        }
    }

    @DialectTest
    void seedAllAppliesPendingFilesAndIsIdempotent(TestTarget target) throws Exception {
        setUp(target);
        Result first = run("db:seed:all");
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("Applied 01-people.yaml (5 rows).", "Applied 02-favorites.yaml (1 row).")
                .doesNotContain("applying"); // files this small print no progress (see SeedProgressLinesTest)
        assertThat(count(target, "UserFavorites")).isEqualTo(1);
        Result again = run("db:seed:all");
        assertThat(again.out()).contains("No pending seed files");
        assertThat(count(target, "User")).isEqualTo(2);
    }

    @DialectTest
    void seedAppliesOneNamedFile(TestTarget target) throws Exception {
        setUp(target);
        Result result = run("db:seed", "--seed", "01-people");
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("Applied 01-people.yaml (5 rows).");
        assertThat(run("db:seed", "--seed", "01-people.yaml").out()).contains("01-people.yaml is already applied.");
        assertThat(count(target, "UserFavorites")).isZero();
    }

    @DialectTest
    void seedUndoRemovesTheLatestFile(TestTarget target) throws Exception {
        setUp(target);
        run("db:seed:all");
        Result undo = run("db:seed:undo");
        assertThat(undo.exitCode()).as(undo.err()).isZero();
        assertThat(undo.out()).contains("Undid 02-favorites.yaml (1 row).");
        assertThat(count(target, "UserFavorites")).isZero();
        assertThat(count(target, "User")).isEqualTo(2);
    }

    @DialectTest
    void seedUndoAllRemovesEverySeededRow(TestTarget target) throws Exception {
        setUp(target);
        run("db:seed:all");
        Result undo = run("db:seed:undo:all");
        assertThat(undo.exitCode()).as(undo.err()).isZero();
        assertThat(undo.out()).contains("Undid 02-favorites.yaml", "Undid 01-people.yaml");
        assertThat(count(target, "User")).isZero();
        assertThat(count(target, "Sandcastle")).isZero();
        assertThat(run("db:seed:undo").out()).contains("No seed file is applied.");
    }

    @DialectTest
    void seedUndoRefusesWhileTheApplicationsRowsReferToSeededOnesUnlessCascading(TestTarget target) throws Exception {
        setUp(target);
        run("db:seed", "--seed", "01-people");
        try (Junction db = Junction.open(target.config().build())) {
            new TownApp(null).defineModels(db);
            db.model("Sandcastle").create(dev.junction.Row.of("name", "Keep", "BeachId", 1L));
        }
        Result refused = run("db:seed:undo");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("cannot undo: 1 row(s) made otherwise", "Sandcastles (id=2)", "--cascade");
        assertThat(count(target, "User")).isEqualTo(2);

        Result cascaded = run("db:seed:undo", "--cascade");
        assertThat(cascaded.exitCode()).as(cascaded.err()).isZero();
        assertThat(cascaded.out()).contains("Undid 01-people.yaml (5 rows).",
                "  also set BeachId to NULL in 1 Sandcastles row(s).");
        assertThat(count(target, "Sandcastle")).isEqualTo(1);
    }

    @DialectTest
    void seedStatusListsAppliedAndPendingFiles(TestTarget target) throws Exception {
        setUp(target);
        run("db:seed", "--seed", "01-people");
        Result status = run("db:seed:status");
        assertThat(status.exitCode()).as(status.err()).isZero();
        assertThat(status.out()).containsPattern("applied  01-people.yaml\\s+\\S+ \\(5 rows\\)")
                .contains("pending  02-favorites.yaml", "1 applied, 1 pending.");
    }

    @DialectTest
    void aBadSeedFileIsOneErrorLineWithExitCodeOneAndWritesNothing(TestTarget target) throws Exception {
        setUp(target);
        Files.writeString(dir.resolve("seeders/03-bad.yaml"), """
                User:
                  - { username: carol }
                  - { username: dave, nickname: D }
                """);
        Result result = run("db:seed:all");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err().strip()).isEqualTo("error: Seed file 03-bad.yaml, line 3 (User entry 2), column"
                + " nickname: User has no attribute 'nickname' (it takes id, username, createdAt, updatedAt)");
        assertThat(count(target, "User")).isEqualTo(2);
        assertThat(run("db:seed:status").out()).contains("pending  03-bad.yaml");
        Result verbose = run("db:seed:all", "--verbose");
        assertThat(verbose.exitCode()).isEqualTo(1);
        assertThat(verbose.err()).contains("SeedException").contains("\tat ");
    }

    @DialectTest
    void anEntryBreakingAValidatorIsOneErrorLineNamingTheRuleAndWritesNothing(TestTarget target) throws Exception {
        setUp(target);
        assertThat(run("db:seed:all").exitCode()).isZero();
        Files.writeString(dir.resolve("seeders/03-castles.yaml"), """
                Beach: [{ name: South Beach }]
                Sandcastle:
                  - { name: Keep, Beach: { name: South Beach } }
                  - { name: " ", Beach: { name: North Beach } }
                """);
        Result result = run("db:seed:all");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err().strip()).isEqualTo("error: Seed file 03-castles.yaml, line 4 (Sandcastle entry 2),"
                + " column name: Validation failed for Sandcastle: Sandcastle.name must not be empty (notEmpty),"
                + " was ' '");
        assertThat(count(target, "Beach")).isEqualTo(1);
        assertThat(count(target, "Sandcastle")).isEqualTo(1);
        assertThat(run("db:seed:status").out()).contains("pending  03-castles.yaml");
    }

    @DialectTest
    void aMissingSeedOptionIsAUsageError(TestTarget target) throws Exception {
        setUp(target);
        Result result = run("db:seed");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("Missing required option: '--seed=NAME'");
    }

    @DialectTest
    void dropForgetsTheAppliedSeedFiles(TestTarget target) throws Exception {
        setUp(target);
        run("db:seed:all");
        Result drop = run("db:drop");
        assertThat(drop.exitCode()).as(drop.err()).isZero();
        assertThat(drop.out()).contains("Forgot 2 applied seed file(s)");
        assertThat(target.open().describe().tables()).isEmpty();
        run("db:sync");
        assertThat(run("db:seed:all").out()).contains("Applied 01-people.yaml", "Applied 02-favorites.yaml");
    }

    @DialectTest
    void seedersOptionNamesAnotherFolder(TestTarget target) throws Exception {
        setUp(target);
        Files.createDirectories(dir.resolve("demo"));
        Files.writeString(dir.resolve("demo/01-demo.json"), "{\"Show\": [{\"title\": \"Heat\"}]}");
        Result result = run("db:seed:all", "--seeders", "demo");
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("Applied 01-demo.json (1 row).");
        assertThat(count(target, "User")).isZero();
        assertThat(run("db:seed:all", "--seeders", "nowhere").err()).startsWith("error: No seeders folder at");
    }
}
