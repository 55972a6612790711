package dev.junction.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.JunctionConfig;
import dev.junction.cli.TownApp.Result;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;

/** junction.yaml is read as written, end to end: a section named {@code no} is the section {@code --env no}. */
class ConfigValuesTest {
    @TempDir
    Path dir;

    @DialectTest
    void sectionsNamedLikeYamlBooleansAreFoundByName(TestTarget target) throws Exception {
        JunctionConfig c = target.config().build();
        Files.writeString(dir.resolve("junction.yaml"), "yes:\n  url: jdbc:nosuchdb:nowhere\n"
                + "no:\n  url: \"" + c.url() + "\"\n"
                + (c.user() == null ? "" : "  user: " + c.user() + "\n")
                + (c.password() == null ? "" : "  password: \"" + c.password() + "\"\n"));

        Result result = TownApp.run(new TownApp("jdbc:nosuchdb:nowhere"), Map.of(), dir, "db:sync", "--env", "no");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(target.open().describe().table("UserFavorites")).isPresent();
    }
}
