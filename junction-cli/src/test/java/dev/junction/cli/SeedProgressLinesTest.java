package dev.junction.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.cli.TownApp.Result;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;

/**
 * Off a terminal, seeding prints progress lines only for files of hundreds of rows; naming a seed file that does
 * not exist is an error (exit 1) for undo as for apply.
 */
class SeedProgressLinesTest {
    @TempDir
    Path dir;

    private TownApp app;

    private Result run(String... args) {
        return TownApp.run(app, Map.of(), dir, args);
    }

    private void setUp(TestTarget target) throws Exception {
        app = new TownApp(target.urlWithCredentials());
        Files.createDirectories(dir.resolve("seeders"));
        Files.writeString(dir.resolve("seeders/01-people.yaml"), "User: [{ username: alice }, { username: bob }]\n");
        StringBuilder shows = new StringBuilder("Show:\n");
        for (int i = 1; i <= 600; i++) shows.append("  - { title: Show ").append(i).append(" }\n");
        Files.writeString(dir.resolve("seeders/02-shows.yaml"), shows);
        assertThat(run("db:sync").exitCode()).isZero();
    }

    @DialectTest
    void onlyAFileOfHundredsOfRowsPrintsProgressLines(TestTarget target) throws Exception {
        setUp(target);
        Result seed = run("db:seed:all");
        assertThat(seed.exitCode()).as(seed.err()).isZero();
        assertThat(seed.out()).doesNotContain("01-people.yaml: applying")
                .contains("02-shows.yaml: applying 600 row(s)", "02-shows.yaml: 600/600 row(s)",
                        "Applied 01-people.yaml (2 rows).", "Applied 02-shows.yaml (600 rows).");
        assertThat(seed.out().lines().filter(l -> l.startsWith("02-shows.yaml: ")).count()).isBetween(2L, 12L);
        assertThat(seed.out()).doesNotContain("\u001b[");

        Result undo = run("db:seed:undo:all");
        assertThat(undo.out()).contains("02-shows.yaml: undoing 600 row(s)").doesNotContain("01-people.yaml: undoing");
    }

    @DialectTest
    void undoingAnUnknownSeedFileExitsOneAsApplyingOneDoes(TestTarget target) throws Exception {
        setUp(target);
        run("db:seed", "--seed", "01-people");
        Result apply = run("db:seed", "--seed", "09-nothing");
        assertThat(apply.exitCode()).isEqualTo(1);
        assertThat(apply.err()).startsWith("error: No seed file 09-nothing in");

        Result undo = run("db:seed:undo", "--seed", "09-nothing");
        assertThat(undo.exitCode()).isEqualTo(1);
        assertThat(undo.err().strip()).startsWith("error: No seed file 09-nothing is applied or in")
                .endsWith("(applied: 01-people.yaml)");
        Result pending = run("db:seed:undo", "--seed", "02-shows");
        assertThat(pending.exitCode()).as(pending.err()).isZero();
        assertThat(pending.out()).contains("02-shows is not applied.");
    }

    @DialectTest
    void twoApplicationsSeedFilesOfOneNameUnderTheirOwnNamespaces(TestTarget target) throws Exception {
        setUp(target);
        Files.createDirectories(dir.resolve("other"));
        Files.writeString(dir.resolve("other/01-people.yaml"), "User: [{ username: carol }]\n");
        assertThat(run("db:seed", "--seed", "01-people").exitCode()).isZero();
        Result other = run("db:seed", "--seed", "01-people", "--seeders", "other", "--seed-namespace", "other");
        assertThat(other.exitCode()).as(other.err()).isZero();
        assertThat(other.out()).contains("Applied 01-people.yaml (1 row).");
        assertThat(run("db:seed:status", "--seeders", "other", "--seed-namespace", "other").out())
                .contains("applied  01-people.yaml");
    }
}
