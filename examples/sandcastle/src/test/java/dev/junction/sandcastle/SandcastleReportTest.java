package dev.junction.sandcastle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.cli.JunctionCli;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class SandcastleReportTest {
    /** The report's body (after the line naming the database), the same on every database. */
    private static String report(String url) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = JunctionCli.run(new SandcastleApp(), new PrintWriter(out, true), new PrintWriter(err, true),
                "--url", url);
        assertThat(code).as(err.toString()).isZero();
        return out.toString();
    }

    private static String body(String report) {
        return report.substring(report.indexOf('\n') + 1);
    }

    private static String embeddedReference() {
        return body(report("jdbc:h2:mem:sandcastle-reference"));
    }

    @DialectTest
    void theReportIsTheSameOnEveryDatabase(TestTarget target) {
        String report = report(target.urlWithCredentials());
        assertThat(report).startsWith("Sandcastle town (" + target.backend().displayName() + ")\n");
        assertThat(body(report)).isEqualTo(embeddedReference());
    }

    @DialectTest
    void aSecondRunChangesNothing(TestTarget target) {
        String first = report(target.urlWithCredentials());
        String second = report(target.urlWithCredentials());
        assertThat(second).isEqualTo(first);
    }

    @Test
    void theReportCoversEverySectionOfTheExercise() {
        assertThat(embeddedReference()).contains("Favourite shows", "Most favourited shows", "Who watched what",
                "Lifeguards and their shifts", "Tools for each sandcastle type", "Sandcastles on each beach",
                "Each beach at a glance", "Sandcastle contest", "Who follows whom");
    }

    @Test
    void eachBeachsCastlesAndShiftsAreCountedByTheDatabase() {
        assertThat(embeddedReference()).contains("""
                Each beach at a glance
                  Driftwood Bay: 1 sandcastle built, 1 lifeguard shift
                  Dune Cove: 2 sandcastles built, 2 lifeguard shifts
                  Lighthouse Sands: 2 sandcastles built, 1 lifeguard shift
                  North Beach: 2 sandcastles built, 4 lifeguard shifts
                  Pier Point: 2 sandcastles built, 1 lifeguard shift
                  Shell Strand: 1 sandcastle built, 2 lifeguard shifts
                """);
    }

    @Test
    void theContestShowsWhenEntriesWereBuiltAndTheirVotesBestFirst() {
        assertThat(embeddedReference()).contains("""
                  Pier Point:
                    - Sea Cathedral (Cathedral, 90 cm, built 2026-07-05)
                    - Twin Keeps (Keep, 45 cm, built 2026-07-05)
                """, """
                Sandcastle contest
                  Sea Cathedral: 4.7 stars from 3 votes (alice 5, bob 4, carol 5)
                  Tide Tower: 4.0 stars from 1 vote (heidi 4)
                  Sunset Spire: 3.5 stars from 2 votes (dave 4, erin 3)
                  Twin Keeps: 3.5 stars from 2 votes (alice 3, grace 4)
                  Moat Manor: 2.0 stars from 1 vote (mallory 2)
                """);
    }
}
