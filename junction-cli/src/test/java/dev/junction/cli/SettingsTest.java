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

/**
 * Where the command connects: --url, then JUNCTION_URL, then junction.yaml's section for --env / JUNCTION_ENV /
 * development, then the application's default. Each test makes only the expected source lead to the test database;
 * every other source names a URL no driver accepts, so the command succeeds only if it chose right.
 */
class SettingsTest {
    private static final String NOWHERE = "jdbc:nosuchdb:nowhere";

    @TempDir
    Path dir;

    private final TownApp app = new TownApp(NOWHERE);

    /** A junction.yaml whose {@code test} section leads to the target (with user and password keys), others not. */
    private void configFile(TestTarget target, String name) throws Exception {
        JunctionConfig c = target.config().build();
        Files.writeString(dir.resolve(name), "development:\n  url: " + NOWHERE + "\n"
                + "test:\n  url: \"" + c.url() + "\"\n"
                + (c.user() == null ? "" : "  user: " + c.user() + "\n")
                + (c.password() == null ? "" : "  password: \"" + c.password() + "\"\n")
                + "  seeders: test-seeds\n"
                + "production:\n  url: " + NOWHERE + "\n");
    }

    private Result sync(Map<String, String> env, String... options) {
        String[] args = new String[options.length + 1];
        args[0] = "db:sync";
        System.arraycopy(options, 0, args, 1, options.length);
        return TownApp.run(app, env, dir, args);
    }

    private static void assertSynced(Result result, TestTarget target) {
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(target.open().describe().table("UserFavorites")).isPresent();
    }

    @DialectTest
    void envOptionChoosesTheConfigFileSection(TestTarget target) throws Exception {
        configFile(target, "junction.yaml");
        assertSynced(sync(Map.of(), "--env", "test"), target);
    }

    @DialectTest
    void junctionEnvChoosesTheSectionWhenNoOptionDoes(TestTarget target) throws Exception {
        configFile(target, "junction.yaml");
        assertSynced(sync(Map.of("JUNCTION_ENV", "test")), target);
        assertThat(sync(Map.of("JUNCTION_ENV", "test"), "--env", "production").exitCode()).isEqualTo(1);
    }

    @DialectTest
    void developmentIsTheDefaultSection(TestTarget target) throws Exception {
        configFile(target, "junction.yaml");
        Result result = sync(Map.of());
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).startsWith("error: No Junction dialect for URL " + NOWHERE);
    }

    @DialectTest
    void junctionUrlOverridesTheConfigFile(TestTarget target) throws Exception {
        configFile(target, "junction.yaml");
        assertSynced(sync(Map.of("JUNCTION_URL", target.urlWithCredentials()), "--env", "production"), target);
    }

    @DialectTest
    void urlOptionOverridesJunctionUrl(TestTarget target) throws Exception {
        configFile(target, "junction.yaml");
        assertSynced(sync(Map.of("JUNCTION_URL", NOWHERE), "--url", target.urlWithCredentials()), target);
    }

    @DialectTest
    void configOptionNamesAnotherFile(TestTarget target) throws Exception {
        Files.createDirectories(dir.resolve("conf"));
        configFile(target, "conf/db.yaml");
        assertSynced(sync(Map.of(), "--config", "conf/db.yaml", "--env", "test"), target);
    }

    @DialectTest
    void theApplicationDefaultIsUsedWithoutAConfigFile(TestTarget target) {
        Result result = TownApp.run(new TownApp(target.urlWithCredentials()), Map.of(), dir, "db:sync");
        assertSynced(result, target);
    }

    @DialectTest
    void theConfigFileNamesTheSeedersFolderRelativeToItself(TestTarget target) throws Exception {
        Files.createDirectories(dir.resolve("conf/test-seeds"));
        configFile(target, "conf/db.yaml");
        Files.writeString(dir.resolve("conf/test-seeds/01.yaml"), "Show: [{ title: Dune }]\n");
        sync(Map.of(), "--config", "conf/db.yaml", "--env", "test");
        Result seeded = TownApp.run(app, Map.of("JUNCTION_ENV", "test"), dir, "db:seed:all", "--config",
                "conf/db.yaml");
        assertThat(seeded.exitCode()).as(seeded.err()).isZero();
        assertThat(seeded.out()).contains("Applied 01.yaml (1 row).");
    }

    @DialectTest
    void anEnvironmentWithoutASectionIsAnErrorNamingTheSections(TestTarget target) throws Exception {
        configFile(target, "junction.yaml");
        Result result = sync(Map.of(), "--env", "staging");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err().strip()).endsWith("has no section 'staging' (it has development, test, production)");
    }

    @DialectTest
    void aMissingConfigFileNamedByOptionIsAnError(TestTarget target) {
        Result result = TownApp.run(new TownApp(target.urlWithCredentials()), Map.of(), dir, "db:sync", "--config",
                "missing.yaml");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).startsWith("error: No config file at").contains("missing.yaml");
    }

    @DialectTest
    void aMalformedConfigFileNamesItsProblem(TestTarget target) throws Exception {
        Files.writeString(dir.resolve("junction.yaml"), "test:\n  url: x\n  hostname: db\n");
        Result result = TownApp.run(new TownApp(target.urlWithCredentials()), Map.of(), dir, "db:sync", "--env",
                "test");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("section 'test' has an unknown key 'hostname'");
    }
}
