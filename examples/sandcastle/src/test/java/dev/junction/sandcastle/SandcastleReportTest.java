package dev.junction.sandcastle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.cli.JunctionCli;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.io.PrintWriter;
import java.io.StringWriter;

class SandcastleReportTest {
    private static String report(String url) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = JunctionCli.run(new SandcastleApp(), new PrintWriter(out, true), new PrintWriter(err, true),
                "--url", url);
        assertThat(code).as(err.toString()).isZero();
        return out.toString();
    }

    @DialectTest
    void reportListsEveryBeachWithItsSandcastles(TestTarget target) {
        String report = report(target.urlWithCredentials());
        assertThat(report).contains("Sandcastle town (" + target.backend().displayName() + ")")
                .contains("  North Beach:\n    - Moat Manor (40 cm)\n    - Tide Tower (75 cm)\n")
                .contains("  Pier Point: no sandcastles yet");
    }

    @DialectTest
    void aSecondRunChangesNothing(TestTarget target) {
        String first = report(target.urlWithCredentials());
        String second = report(target.urlWithCredentials());
        assertThat(second).isEqualTo(first);
    }
}
