package dev.junction.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.cli.TownApp.Result;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;

/** {@code erd} and {@code models}: join tables, their keys, and the associations that use them. */
class ErdCommandTest {
    @TempDir
    Path dir;

    private Result run(TestTarget target, String... args) {
        return TownApp.run(new TownApp(target.urlWithCredentials()), Map.of(), dir, args);
    }

    @DialectTest
    void mermaidShowsTheJoinTableItsKeysAndTheAssociationsUsingIt(TestTarget target) {
        Result result = run(target, "erd", "--format", "mermaid");
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).startsWith("erDiagram\n").contains("""
                    %% UserFavorites: table UserFavorites, join model
                    UserFavorites {
                        bigint UserId PK, FK "→ User.id"
                        bigint ShowId PK, FK "→ Show.id"
                """).contains("""
                    User ||--o{ UserFavorites : "UserId"
                    Show ||--o{ UserFavorites : "ShowId"
                    Beach |o..o{ Sandcastle : "BeachId: Beach.Sandcastles (hasMany Sandcastle); \
                Sandcastle.Beach (belongsTo Beach)"
                    User }o..o{ Show : "User.Favorites, Show.Fans through UserFavorites"
                """).contains("        string username UK\n");
    }

    @DialectTest
    void mermaidIsTheDefaultFormat(TestTarget target) {
        assertThat(run(target, "erd").out()).startsWith("erDiagram\n");
    }

    @DialectTest
    void dotShowsTheJoinTableItsKeysAndTheAssociationsUsingIt(TestTarget target) {
        Result result = run(target, "erd", "--format", "dot");
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).startsWith("digraph models {").endsWith("}\n")
                .contains("\"UserFavorites\" [label=\"{UserFavorites (join)\\ntable UserFavorites|"
                        + "UserId : bigint PK, FK → User.id\\lShowId : bigint PK, FK → Show.id\\l")
                .contains("\"UserFavorites\" -> \"User\" [label=\"UserId\"")
                .contains("\"Sandcastle\" -> \"Beach\" [label=\"BeachId: Beach.Sandcastles (hasMany Sandcastle)"
                        + "\\nSandcastle.Beach (belongsTo Beach)\"")
                .contains("\"User\" -> \"Show\" [label=\"User.Favorites, Show.Fans\\nthrough UserFavorites\","
                        + " style=dashed");
    }

    @DialectTest
    void outputOptionWritesTheDiagramToAFile(TestTarget target) throws Exception {
        Result result = run(target, "erd", "--format", "dot", "--output", "models.dot");
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(Files.readString(dir.resolve("models.dot"))).startsWith("digraph models {");
    }

    @DialectTest
    void anUnknownFormatIsAUsageError(TestTarget target) {
        Result result = run(target, "erd", "--format", "svg");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("Invalid value for option '--format'").contains("mermaid, dot");
    }

    @DialectTest
    void modelsListsAssociationsAndJoinTables(TestTarget target) {
        Result result = run(target, "models");
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out())
                .contains("  associations:\n    Favorites: belongsToMany Show through UserFavorites (UserId → ShowId)")
                .contains("    Fans: belongsToMany User through UserFavorites (ShowId → UserId)")
                .contains("UserFavorites (table UserFavorites, join model)")
                .contains("    Sandcastles: hasMany Sandcastle (Sandcastle.BeachId)")
                .contains("    Beach: belongsTo Beach (BeachId)")
                .contains("Join tables:\n  UserFavorites: key (UserId, ShowId); links User.Favorites, Show.Fans");
    }
}
