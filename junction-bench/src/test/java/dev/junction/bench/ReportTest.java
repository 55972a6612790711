package dev.junction.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Report} over the JMH JSON of a run of some workloads (JMH patterns, Hibernate left out): the workloads not
 * run are left out, Hibernate has no verdict where it did not run, W9's {@code has} gets its own row, and the best
 * hand-written contender is the divisor.
 */
class ReportTest {

    @TempDir
    Path dir;

    /** One JMH result entry: {@code benchmark} on {@code db}, two iterations of {@code ms} each (no spread). */
    private static String entry(String benchmark, String db, double ms) {
        return String.format(Locale.ROOT, "{\"benchmark\": \"dev.junction.bench.%s\", \"params\": {\"db\": \"%s\"},"
                + " \"primaryMetric\": {\"score\": %s, \"rawData\": [[%s, %s]]}}", benchmark, db, ms, ms, ms);
    }

    private Report read(String... entries) throws IOException {
        Path file = dir.resolve("jmh.json");
        Files.writeString(file, "[" + String.join(", ", entries) + "]");
        return Report.read(List.of(file));
    }

    @Test
    void aRunOfSomeWorkloadsReportsOnlyThoseAndNoHibernateVerdictWhereHibernateDidNotRun() throws IOException {
        Report report = read(
                entry("W1BulkInsert.junction", "postgresql", 110), entry("W1BulkInsert.jdbc", "postgresql", 200),
                entry("W1BulkInsert.jdbcCopy", "postgresql", 100),
                entry("W9CountLoop.junction", "h2", 0.002), entry("W9CountLoop.jdbc", "h2", 0.002),
                entry("W9CountLoop.junctionHas", "h2", 0.003), entry("W9CountLoop.jdbcHas", "h2", 0.002));

        String table = report.markdown();

        assertThat(report.measured("W1", "postgresql")).isTrue();
        assertThat(report.measured("W1", "h2")).isFalse();
        assertThat(report.measured("W2", "postgresql")).isFalse();
        assertThat(table).contains("| W1 | postgresql | 110 ± 0.000 | 100 ± 0.000 | n/a | 1.10 ± 0.00 | ≤ 1.15 met | n/a | — |")
                .contains("| W9 | h2 | 2.00 ± 0.000 | 2.00 ± 0.000 | n/a | 1.00 ± 0.00 | ≤ 1.15 met | n/a | — |").contains("| W9has | h2 | 3.00 ± 0.000 | 2.00 ± 0.000 | n/a | 1.50 ± 0.00 | ≤ 1.15 **missed** | n/a | — |")
                .doesNotContain("| W2 |").doesNotContain("| W1 | h2 |").doesNotContain("< 1 **missed**")
                .doesNotContain("W6 db").doesNotContain("seeding");
    }

    @Test
    void aHibernateTrialThatRanGetsItsVerdict() throws IOException {
        Report report = read(entry("W2EagerLoad.junction", "h2", 8), entry("W2EagerLoad.jdbc", "h2", 8),
                entry("W2EagerLoad.hibernate", "h2", 16));

        assertThat(report.markdown()).contains("| W2 | h2 | 8.00 ± 0.000 | 8.00 ± 0.000 | 16.0 ± 0.000 | 1.00 ± 0.00 | ≤ 1.30 met | 0.50 ± 0.00 | < 1 met |");
    }
}
