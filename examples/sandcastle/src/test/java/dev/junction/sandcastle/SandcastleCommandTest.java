package dev.junction.sandcastle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sandcastle command as a user runs it: its real main in a JVM of its own, in a working directory of its own,
 * judged by its output and exit code.
 */
class SandcastleCommandTest {
    @TempDir
    Path workingDirectory;

    private record Run(int exitCode, String out, String err) { }

    private Run sandcastle(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), Sandcastle.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(workingDirectory.toFile())
                .redirectOutput(workingDirectory.resolve("out.txt").toFile())
                .redirectError(workingDirectory.resolve("err.txt").toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("sandcastle finished in time").isTrue();
        return new Run(process.exitValue(), Files.readString(workingDirectory.resolve("out.txt"),
                StandardCharsets.UTF_8), Files.readString(workingDirectory.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void withNoArgumentsItCreatesTheDatabaseFileAndPrintsTheReport() throws Exception {
        Run first = sandcastle();
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).startsWith("Sandcastle town (H2)").contains("Favourite shows", "Who follows whom");
        assertThat(workingDirectory.resolve("sandcastle.mv.db")).exists();
        Run second = sandcastle();
        assertThat(second.out()).isEqualTo(first.out());
        Run status = sandcastle("db:seed:status");
        assertThat(status.exitCode()).as(status.err()).isZero();
        assertThat(status.out()).contains("01-people-and-shows.yaml", "06-model-lifecycle.yaml")
                .contains("6 applied, 0 pending.");
        Run migrations = sandcastle("db:migrate:status");
        assertThat(migrations.exitCode()).as(migrations.err()).isZero();
        assertThat(migrations.out()).containsSubsequence("up     20261204173409-create-town",
                "up     20261204173520-sandcastle-contest");
    }

    @Test
    void aTownFileSyncedBeforeTheMigrationsIsRefusedSayingToDeleteIt() throws Exception {
        assertThat(sandcastle("db:sync").exitCode()).isZero();
        Run run = sandcastle();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip()).startsWith("error: This database has the town's tables")
                .contains("rm sandcastle.mv.db").doesNotContain("\tat ");
    }

    @Test
    void everyJunctionCommandRunsThroughTheSameCommand() throws Exception {
        Run models = sandcastle("models");
        assertThat(models.exitCode()).as(models.err()).isZero();
        assertThat(models.out()).contains("User (table Users)", "Viewing (table Viewings, join model)");
        Run sync = sandcastle("db:sync");
        assertThat(sync.exitCode()).as(sync.err()).isZero();
        assertThat(sandcastle("db:sync").out()).contains("Schema is up to date.");
    }

    @Test
    void aUsageErrorExitsWithTwoAndAUserErrorWithOne() throws Exception {
        assertThat(sandcastle("db:nonsense").exitCode()).isEqualTo(2);
        Run bad = sandcastle("--url", "jdbc:nosuchdb:x");
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.err().strip()).startsWith("error: ").doesNotContain("\tat ");
    }
}
