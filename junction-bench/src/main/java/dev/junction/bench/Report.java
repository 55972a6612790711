package dev.junction.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * Reads JMH JSON result files and prints, for every workload and database, one line
 * {@code ratio <W> <db> junction/jdbc=<x> junction/hibernate=<y>} from the three contenders' mean times (and, where
 * {@link SeedJoinRows} ran, {@code ratio SEED <db> seed/bulkCreate=<x>}); with
 * {@code --markdown}, also the table that goes into {@code docs/BENCHMARKS.md}, with times per workload (W3–W5 and W7 are
 * measured per call and multiplied by their number of calls). Several files (the run script's rounds and databases)
 * pool their iterations: a contender's mean is over every measured iteration of every fork in them, and its error
 * is JMH's, the half-width of the 99.9% confidence interval. A ratio whose times are missing (a trial failed) prints
 * as {@code n/a} and makes the exit status 1; a workload with no result on a database (a run of some workloads) is
 * left out, and so are Hibernate's ratios where no Hibernate trial of the workload ran.
 *
 * <pre>{@code java -cp benchmarks.jar dev.junction.bench.Report target/jmh-quick-*.json --markdown}</pre>
 */
public final class Report {
    static final List<String> WORKLOADS = List.of("W1", "W2", "W2b", "W2c", "W3", "W4", "W4b", "W5", "W6", "W7", "W8",
            "W9", "PK");
    /**
     * Workloads measured against JDBC only ({@link W7IncrementInstance}: Hibernate's way is another operation;
     * W2b/W2c, {@link EagerThroughWorkload}: against the best hand-written join; W4b, {@link W4bLargeSet}: against
     * the best hand-written set of 50,000 links).
     */
    static final List<String> WITHOUT_HIBERNATE = List.of("W7", "W2b", "W2c", "W4b");
    static final List<String> DATABASES = List.of("h2", "postgresql", "mariadb");
    static final List<String> CONTENDERS = List.of("junction", "jdbc", "hibernate");
    /**
     * The hand-written ways of doing a workload's whole job; the ratio is against the fastest of them in the run.
     * (Contenders of another operation of a workload, such as W9's {@code jdbcHas}, are not among them.)
     */
    static final List<String> JDBC_CONTENDERS = List.of("jdbc", "jdbcCopy");
    /** {@link FindByPkBenchmark}: one row by key, per call. */
    static final String PK = "PK";
    /** Issue 5's figure: seeding join rows from a file against bulkCreate of the same rows. */
    static final String SEED = "SEED";
    /** The bound on seed ÷ bulkCreate, on PostgreSQL. */
    static final double SEED_TARGET = 3;

    /** One contender's result: mean time and its 99.9% error, and W6's heap figures (NaN when not measured). */
    record Score(double mean, double error, int iterations, double heapRetained, double heapPeak,
                 double allocated) {
    }

    /** What the files say about one benchmark, before pooling. */
    private static final class Samples {
        final List<Double> iterations = new ArrayList<>();
        double heapRetained = Double.NaN;
        double heapPeak = Double.NaN;
        double allocatedSum;
        int allocatedCount;
    }

    private final TreeMap<String, Score> scores = new TreeMap<>();

    private Report() {
    }

    public static void main(String[] args) throws IOException {
        List<Path> files = new ArrayList<>();
        boolean markdown = false;
        for (String arg : args) {
            if (arg.equals("--markdown")) markdown = true; else files.add(Path.of(arg));
        }
        if (files.isEmpty()) {
            System.err.println("usage: Report <jmh-result.json>... [--markdown]");
            System.exit(2);
        }
        Report report = read(files);
        boolean complete = report.printRatios();
        if (markdown) {
            System.out.println();
            System.out.print(report.markdown());
        }
        if (!complete) System.exit(1);
    }

    @SuppressWarnings("unchecked")
    static Report read(List<Path> files) throws IOException {
        Map<String, Samples> samples = new TreeMap<>();
        for (Path file : files) {
            for (Object entry : (List<Object>) Json.parse(Files.readString(file))) {
                Map<String, Object> run = (Map<String, Object>) entry;
                String benchmark = (String) run.get("benchmark");
                String[] parts = benchmark.substring(benchmark.lastIndexOf("bench.") + 6).split("\\.");
                if (parts.length != 2) continue;
                String workload = workload(parts[0]);
                if (workload == null) continue;
                String db = (String) ((Map<String, Object>) run.get("params")).get("db");
                Samples s = samples.computeIfAbsent(key(workload, db, parts[1]), k -> new Samples());
                double calls = callsPerWorkload(workload);
                Map<String, Object> primary = (Map<String, Object>) run.get("primaryMetric");
                for (Object fork : (List<Object>) primary.get("rawData")) {
                    for (Object iteration : (List<Object>) fork) s.iterations.add(calls * Json.number(iteration));
                }
                Map<String, Object> secondary = (Map<String, Object>) run.getOrDefault("secondaryMetrics", Map.of());
                s.heapRetained = max(s.heapRetained, secondary(secondary, "heap.retained"));
                s.heapPeak = max(s.heapPeak, secondary(secondary, "heap.peak"));
                double allocated = secondary(secondary, "gc.alloc.rate.norm");
                if (!Double.isNaN(allocated)) {
                    s.allocatedSum += calls * allocated / (1024 * 1024);
                    s.allocatedCount++;
                }
            }
        }
        Report report = new Report();
        samples.forEach((key, s) -> report.scores.put(key, pooled(s)));
        return report;
    }

    /** W1…W8 (W2b …) from a workload class name, SEED from {@link SeedJoinRows}; null for other benchmarks. */
    private static String workload(String benchmarkClass) {
        var name = java.util.regex.Pattern.compile("(W\\d+[a-z]?)[A-Z].*").matcher(benchmarkClass);
        if (name.matches()) return name.group(1);
        if (benchmarkClass.equals(FindByPkBenchmark.class.getSimpleName())) return PK;
        return benchmarkClass.equals(SeedJoinRows.class.getSimpleName()) ? SEED : null;
    }

    private static double max(double a, double b) {
        return Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.max(a, b);
    }

    /** Mean of every iteration, and JMH's error: Student's t at 99.9% times the standard error. */
    private static Score pooled(Samples s) {
        int n = s.iterations.size();
        double mean = s.iterations.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        double error = Double.NaN;
        if (n > 1) {
            double squares = 0;
            for (double x : s.iterations) squares += (x - mean) * (x - mean);
            double standardError = Math.sqrt(squares / (n - 1)) / Math.sqrt(n);
            error = new TDistribution(n - 1).inverseCumulativeProbability(1 - 0.001 / 2) * standardError;
        }
        double allocated = s.allocatedCount == 0 ? Double.NaN : s.allocatedSum / s.allocatedCount;
        return new Score(mean, error, n, s.heapRetained, s.heapPeak, allocated);
    }

    /**
     * How many measured operations make up one run of a workload: W3–W5 and W7 are measured one call at a time (so that
     * an iteration's length does not depend on the workload's), and their times here are per workload.
     */
    static int callsPerWorkload(String workload) {
        return switch (workload) {
            case "W3" -> W3SequentialGet.CALLS;
            case "W4" -> W4SetDiff.CALLS;
            case "W5" -> W5AddExisting.CALLS;
            case "W7" -> W7IncrementInstance.CALLS;
            case "W9" -> W9CountLoop.CALLS;
            default -> 1;
        };
    }

    @SuppressWarnings("unchecked")
    private static double secondary(Map<String, Object> metrics, String name) {
        for (Map.Entry<String, Object> metric : metrics.entrySet()) {
            // JMH may prefix profiler metrics with a middle dot.
            if (metric.getKey().replace("\u00b7", "").equals(name)) {
                return Json.number(((Map<String, Object>) metric.getValue()).get("score"));
            }
        }
        return Double.NaN;
    }

    private static String key(String workload, String db, String contender) {
        return workload + "/" + db + "/" + contender;
    }

    /**
     * Whether any contender of {@code workload} has a result on {@code db}. A workload with none was not run (a run of
     * some workloads, or a database left out) and is not reported; one with some but not all is, its missing ratios
     * {@code n/a}.
     */
    boolean measured(String workload, String db) {
        String prefix = workload + "/" + db + "/";
        String next = scores.ceilingKey(prefix);
        return next != null && next.startsWith(prefix);
    }

    Score score(String workload, String db, String contender) {
        return scores.get(key(workload, db, contender));
    }

    /**
     * The fastest JDBC contender of a workload on a database: {@code jdbc}, or another whose name starts with it (W1's
     * {@code jdbcCopy}); the ratios are against the best hand-written JDBC, not the one that copies Junction's way.
     */
    Score bestJdbc(String workload, String db) {
        Score best = null;
        for (String contender : JDBC_CONTENDERS) {
            Score s = scores.get(key(workload, db, contender));
            if (s != null && (best == null || s.mean() < best.mean())) best = s;
        }
        return best;
    }

    /** {@code a / b} with its error from both errors (relative errors added in quadrature); NaN when missing. */
    static double[] ratio(Score a, Score b) {
        if (a == null || b == null || !(b.mean() > 0)) return new double[] {Double.NaN, Double.NaN};
        double r = a.mean() / b.mean();
        double error = r * Math.hypot(a.error() / a.mean(), b.error() / b.mean());
        return new double[] {r, error};
    }

    private boolean printRatios() {
        boolean complete = true;
        for (String workload : WORKLOADS) {
            for (String db : DATABASES) {
                Score junction = score(workload, db, "junction");
                if (!measured(workload, db)) continue; // not in this run (a run of some workloads)
                double[] jdbc = ratio(junction, bestJdbc(workload, db));
                double[] hibernate = ratio(junction, score(workload, db, "hibernate"));
                // Hibernate may be left out of a run on purpose (a JMH pattern naming the other contenders).
                boolean hibernateRan = DATABASES.stream().anyMatch(d -> score(workload, d, "hibernate") != null);
                complete &= !Double.isNaN(jdbc[0]) && (!hibernateRan || !Double.isNaN(hibernate[0]));
                System.out.println("ratio " + workload + " " + db + " junction/jdbc=" + fixed(jdbc[0])
                        + " junction/hibernate=" + fixed(hibernate[0]));
            }
        }
        for (String db : DATABASES) {
            double[] has = ratio(score("W9", db, "junctionHas"), score("W9", db, "jdbcHas"));
            if (!Double.isNaN(has[0])) System.out.println("ratio W9has " + db + " junction/jdbc=" + fixed(has[0]));
        }
        for (String db : DATABASES) {
            if (score(SEED, db, "bulkCreate") == null && score(SEED, db, "seedFile") == null) continue;
            double[] seed = ratio(score(SEED, db, "seedFile"), score(SEED, db, "bulkCreate"));
            complete &= !Double.isNaN(seed[0]);
            System.out.println("ratio SEED " + db + " seed/bulkCreate=" + fixed(seed[0]));
        }
        SequelizeRatios.print(this);
        return complete;
    }

    /** The Junction/JDBC target of a workload (issue 7), or NaN where there is none. */
    static double jdbcTarget(String workload) {
        return switch (workload) {
            case "W1" -> 1.15;
            case "W2" -> 1.3;
            case "W2b", "W2c" -> 1.2;
            case "W3", "W4", "W5", "W7", "W8" -> 1.2;
            case "W9", PK -> 1.15;
            default -> Double.NaN;
        };
    }

    String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("| workload | db | Junction ms | JDBC ms | Hibernate ms | Junction/JDBC | target | Junction/Hibernate |"
                + " target |\n|---|---|---:|---:|---:|---:|---|---:|---|\n");
        for (String workload : WORKLOADS) {
            for (String db : DATABASES) {
                Score junction = score(workload, db, "junction");
                if (!measured(workload, db)) continue; // not in this run (a run of some workloads)
                row(out, workload, db, junction, bestJdbc(workload, db),
                        WITHOUT_HIBERNATE.contains(workload) ? null : score(workload, db, "hibernate"));
                if (workload.equals("W9") && score("W9", db, "junctionHas") != null) {
                    row(out, "W9has", db, score("W9", db, "junctionHas"), score("W9", db, "jdbcHas"), null);
                }
            }
        }
        boolean w6 = DATABASES.stream().anyMatch(db -> score("W6", db, "junction") != null);
        if (w6) out.append("\n| W6 db | contender | ms | heap retained MB | heap peak MB | allocated MB/op |\n"
                + "|---|---|---:|---:|---:|---:|\n");
        for (String db : DATABASES) {
            for (String contender : CONTENDERS) {
                Score s = score("W6", db, contender);
                if (s == null) continue;
                out.append("| ").append(db).append(" | ").append(contender).append(" | ").append(time(s))
                        .append(" | ").append(oneDecimal(s.heapRetained())).append(" | ").append(oneDecimal(s.heapPeak()))
                        .append(" | ").append(oneDecimal(s.allocated())).append(" |\n");
            }
        }
        boolean seeded = DATABASES.stream().anyMatch(db -> score(SEED, db, "seedFile") != null);
        if (seeded) out.append("\n| seeding " + SeedJoinRows.ROWS + " join rows, db | seed file ms | bulkCreate ms |"
                + " seed/bulkCreate | target |\n|---|---:|---:|---:|---|\n");
        for (String db : DATABASES) {
            Score seed = score(SEED, db, "seedFile");
            Score bulk = score(SEED, db, "bulkCreate");
            if (seed == null && bulk == null) continue;
            double[] ratio = ratio(seed, bulk);
            out.append("| ").append(db).append(" | ").append(time(seed)).append(" | ").append(time(bulk))
                    .append(" | ").append(withError(ratio)).append(" | ")
                    .append(db.equals("postgresql") ? verdict(ratio[0] < SEED_TARGET, "< " + fixed(SEED_TARGET)) : "—")
                    .append(" |\n");
        }
        out.append(SequelizeRatios.markdown(this));
        return out.toString();
    }

    /**
     * One line of the table: Junction against the best hand-written JDBC and (where it ran and the workload has one)
     * Hibernate, with the targets; a ratio that could not be taken has no verdict.
     */
    private static void row(StringBuilder out, String label, String db, Score junction, Score jdbcBest,
                            Score hibernate) {
        double[] jdbc = ratio(junction, jdbcBest);
        double[] vsHibernate = ratio(junction, hibernate);
        double target = jdbcTarget(label.equals("W9has") ? "W9" : label);
        out.append("| ").append(label).append(" | ").append(db).append(" | ").append(time(junction)).append(" | ")
                .append(time(jdbcBest)).append(" | ").append(time(hibernate)).append(" | ").append(withError(jdbc))
                .append(" | ").append(Double.isNaN(target) || Double.isNaN(jdbc[0]) ? "—"
                        : verdict(jdbc[0] <= target, "≤ " + fixed(target)))
                .append(" | ").append(withError(vsHibernate)).append(" | ")
                .append(Double.isNaN(vsHibernate[0]) ? "—" : verdict(vsHibernate[0] < 1, "< 1")).append(" |\n");
    }

    private static String verdict(boolean met, String target) {
        return target + (met ? " met" : " **missed**");
    }

    static String time(Score s) {
        if (s == null) return "n/a";
        return Double.isNaN(s.error()) ? threeDigits(s.mean()) : threeDigits(s.mean()) + " ± " + threeDigits(s.error());
    }

    static String withError(double[] ratio) {
        return Double.isNaN(ratio[1]) ? fixed(ratio[0]) : fixed(ratio[0]) + " ± " + fixed(ratio[1]);
    }

    static String fixed(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.2f", value);
    }

    private static String oneDecimal(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.1f", value);
    }

    /** Three significant digits at most, no exponent: 1234 → 1234, 12.345 → 12.3, 0.01234 → 0.0123. */
    private static String threeDigits(double value) {
        if (Double.isNaN(value)) return "n/a";
        if (value >= 100) return String.format(Locale.ROOT, "%.0f", value);
        if (value >= 10) return String.format(Locale.ROOT, "%.1f", value);
        if (value >= 1) return String.format(Locale.ROOT, "%.2f", value);
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
