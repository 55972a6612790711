package dev.junction.scaleout;

import dev.junction.scaleout.LoggedOperation.Kind;
import dev.junction.testing.TestTarget;
import dev.junction.testing.Topology;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One line per concurrency run, appended to {@code target/scale-out/concurrency-<topology>.txt}: topology, backend,
 * join table, operations by kind, retries, failures, anomalies by kind and wall time — the numbers the README quotes.
 */
final class RunSummary {
    private RunSummary() {
    }

    /** Appends the run's line; returns it. */
    static String append(TestTarget target, String joinTable, int junctions, List<LoggedOperation> log,
                         Anomalies found, long wallNanos, long seed) throws IOException {
        String topology = Topology.current().name().toLowerCase(Locale.ROOT);
        Map<Kind, Integer> operations = new EnumMap<>(Kind.class);
        Map<Kind, Integer> retries = new EnumMap<>(Kind.class);
        for (LoggedOperation op : log) {
            operations.merge(op.kind(), 1, Integer::sum);
            retries.merge(op.kind(), Math.max(0, op.attempts() - 1), Integer::sum);
        }
        String line = Instant.now().truncatedTo(ChronoUnit.SECONDS) + " topology=" + topology + " backend="
                + target.backend().displayName() + " joinTable=\"" + joinTable + "\" junctions=" + junctions
                + " operations=" + log.size() + " " + operations + " retries=" + sum(retries) + " " + retries
                + " failures=" + found.failed() + (found.failures().isEmpty() ? "" : " " + found.failures())
                + " anomalies=" + found.total() + " (" + found.counts() + ") wall=" + wallNanos / 1_000_000 + "ms"
                + " seed=" + seed;
        Path file = Path.of("target", "scale-out", "concurrency-" + topology + ".txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, line + System.lineSeparator(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        return line;
    }

    private static int sum(Map<Kind, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
