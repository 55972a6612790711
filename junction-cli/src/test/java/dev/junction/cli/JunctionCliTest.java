package dev.junction.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.Junction;
import dev.junction.annotation.Column;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JunctionCliTest {
    record Beach(Long id, @Column(unique = true) String name) { }

    record Castle(Long id, String name, Long BeachId) { }

    /** A tiny application: two models, one referring to the other. */
    private static JunctionApp app(String url) {
        return new JunctionApp() {
            @Override
            public String defaultUrl() {
                return url;
            }

            @Override
            public void defineModels(Junction db) {
                db.define(Castle.class, m -> m.attribute("BeachId", a -> a.references("Beach")));
                db.define(Beach.class);
            }
        };
    }

    private record Result(int exitCode, String out, String err) { }

    private static Result run(JunctionApp app, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = JunctionCli.run(app, new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(code, out.toString(), err.toString());
    }

    @DialectTest
    void dbSyncCreatesTablesAndIsIdempotent(TestTarget target) {
        JunctionApp app = app(target.urlWithCredentials());
        Result first = run(app, "db:sync");
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("CREATE TABLE").contains("Ran 2 statement(s).");
        Result second = run(app, "db:sync");
        assertThat(second.out()).contains("Schema is up to date.");
        Junction db = target.open();
        assertThat(db.describe().tables()).extracting(t -> t.name()).contains("Beaches", "Castles");
    }

    @DialectTest
    void dbCheckExitsZeroWhenTheDatabaseMatchesAndOneWithEveryDifference(TestTarget target) throws Exception {
        JunctionApp app = app(target.urlWithCredentials());
        Result missing = run(app, "db:check");
        assertThat(missing.exitCode()).as(missing.err()).isEqualTo(1);
        assertThat(missing.out()).contains("Beach (table Beaches): MISSING_TABLE")
                .contains("Castle (table Castles): MISSING_TABLE");

        run(app, "db:sync");
        Result matching = run(app, "db:check");
        assertThat(matching.exitCode()).as(matching.err()).isZero();
        assertThat(matching.out()).contains("The database matches the models (2 tables).");

        try (java.sql.Connection c = target.jdbc(); java.sql.Statement s = c.createStatement()) {
            s.execute("CREATE TABLE Crabs (id INTEGER PRIMARY KEY)");
        }
        Result extra = run(app, "db:check");
        assertThat(extra.exitCode()).isEqualTo(1);
        assertThat(extra.out()).containsIgnoringCase("(table Crabs): EXTRA_TABLE found Crabs");
    }

    @DialectTest
    void dbDropRemovesTheModelsTables(TestTarget target) {
        JunctionApp app = app(target.urlWithCredentials());
        run(app, "db:sync");
        Result drop = run(app, "db:drop");
        assertThat(drop.exitCode()).as(drop.err()).isZero();
        assertThat(drop.out()).contains("Dropped 2 table(s).");
        assertThat(target.open().describe().tables()).isEmpty();
    }

    @Test
    void modelsListsColumnsKeysAndReferences() {
        Result result = run(app("jdbc:h2:mem:cli-models"), "models");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out())
                .contains("Beach (table Beaches)")
                .contains("name: STRING(255) (unique)")
                .contains("BeachId: BIGINT (→ Beach.id on delete set null)");
    }

    @Test
    void aJunctionErrorIsOneLineAndExitCodeOne() {
        Result result = run(app("jdbc:nosuchdb:x"), "db:sync");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err().strip()).startsWith("error: No Junction dialect for URL jdbc:nosuchdb:x")
                .doesNotContain("\tat ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdbc:postgresql://postgres:S3cretPw@127.0.0.1:1/test",
        "jdbc:mariadb://root:S3cretPw@127.0.0.1:1/test", "jdbc:mysql://root:S3cretPw@127.0.0.1:1/test",
        "jdbc:postgresql://127.0.0.1:1/test?user=postgres&password=S3cretPw"})
    void aPasswordInTheUrlReachesNeitherTheErrorLineNorTheVerboseTrace(String url) {
        Result brief = run(app(url), "db:sync");
        Result verbose = run(app(url), "db:sync", "--verbose");

        assertThat(brief.exitCode()).isEqualTo(1);
        assertThat(brief.err()).startsWith("error: ").doesNotContain("S3cretPw");
        assertThat(verbose.exitCode()).isEqualTo(1);
        assertThat(verbose.err()).contains("\tat ").doesNotContain("S3cretPw");
    }

    @Test
    void anUnknownCommandIsAUsageErrorWithExitCodeTwo() {
        Result result = run(app("jdbc:h2:mem:cli-usage"), "db:bogus");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("Unmatched argument");
    }

    @Test
    void urlOptionOverridesTheApplicationDefault() {
        Result result = run(app("jdbc:nosuchdb:x"), "db:sync", "--url", "jdbc:h2:mem:cli-url");
        assertThat(result.exitCode()).as(result.err()).isZero();
    }
}
