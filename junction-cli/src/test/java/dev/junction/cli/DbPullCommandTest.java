package dev.junction.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.cli.TownApp.Result;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;

/** {@code db:pull} and {@code models:pull}: a record per table of the database, written into a source root. */
class DbPullCommandTest {
    @TempDir
    Path dir;

    private Result run(TestTarget target, String... args) {
        return TownApp.run(new TownApp(target.urlWithCredentials()), Map.of(), dir, args);
    }

    private Result synced(TestTarget target, String... pull) {
        Result sync = run(target, "db:sync");
        assertThat(sync.exitCode()).as(sync.err()).isZero();
        return run(target, pull);
    }

    @DialectTest
    void dbPullWritesARecordPerTableIntoSrcMainJava(TestTarget target) throws Exception {
        Result result = synced(target, "db:pull", "--package", "com.example.town");

        assertThat(result.exitCode()).as(result.err()).isZero();
        Path folder = dir.resolve("src/main/java/com/example/town");
        assertThat(result.out()).contains("wrote " + folder.resolve("Beach.java"), "wrote "
                + folder.resolve("UserFavorite.java")).endsWith("5 models pulled into " + dir.resolve("src/main/java")
                + "\n");
        try (var files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted()).containsExactly("Beach.java",
                    "Sandcastle.java", "Show.java", "User.java", "UserFavorite.java");
        }
        assertThat(Files.readString(folder.resolve("User.java"))).contains("package com.example.town;",
                "public record User(", "belongsToMany(models.model(Show.class)", "through(UserFavorite.class)");
        assertThat(Files.readString(folder.resolve("Beach.java"))).contains("hasMany(models.model(Sandcastle.class)");
    }

    @DialectTest
    void modelsPullIsTheSameCommandAndOutChoosesTheSourceRoot(TestTarget target) {
        Result result = synced(target, "models:pull", "--package", "app.models", "--out", "generated");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(dir.resolve("generated/app/models/Sandcastle.java")).exists();
        assertThat(dir.resolve("src")).doesNotExist();
    }

    @DialectTest
    void thePackageIsRequired(TestTarget target) {
        Result result = run(target, "db:pull");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--package");
    }

    @DialectTest
    void aPackageThatIsNotAJavaNameIsAnErrorOfOneLine(TestTarget target) {
        Result result = run(target, "db:pull", "--package", "com.2town");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err().strip()).contains("com.2town").doesNotContain("\n");
    }
}
