package dev.junction.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * One workload: its three contenders as benchmark methods named {@code junction}, {@code jdbc} (and, where the
 * fastest hand-written way is another, a second JDBC contender whose name starts with {@code jdbc}) and
 * {@code hibernate} (more operations of a workload add methods starting with those names), on each database of
 * {@link #db}. A trial (one fork running one method on one database) gets a
 * database of its own, seeded with the {@link Dataset}, and opens only the contender it measures; before measuring,
 * it runs the operation once and checks the result, so a contender cannot win by doing less.
 *
 * <p>The annotations are the quick settings; the run script's full mode asks for more forks and iterations.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public abstract class Workload {
    @Param({"h2", "postgresql", "mariadb"})
    public String db;

    protected BenchDatabase.Place place;
    protected JunctionSide junction;
    protected JdbcSide jdbc;
    protected HibernateSide hibernate;

    @Setup(Level.Trial)
    public void openTrial(BenchmarkParams params) throws Exception {
        String benchmark = params.getBenchmark();
        String contender = benchmark.substring(benchmark.lastIndexOf('.') + 1);
        place = place(BenchDatabase.of(db));
        // A contender's side is the start of its name: junctionHas is Junction's too.
        if (contender.startsWith("junction")) {
            junction = openJunction(place);
        } else if (contender.startsWith("jdbc")) {
            jdbc = JdbcSide.open(place);
        } else if (contender.startsWith("hibernate")) {
            hibernate = HibernateSide.open(place);
        } else {
            throw new IllegalStateException("Unknown contender " + contender);
        }
        prepare();
        verify(contender);
    }

    /** The trial's database, seeded: the standard data set unless the workload needs another. */
    protected BenchDatabase.Place place(BenchDatabase database) throws SQLException {
        BenchDatabase.Place created = database.create(name());
        Dataset.seed(created, Dataset.USERS, true);
        return created;
    }

    /** The Junction contender on the trial's database: {@link JunctionSide#open} unless the workload needs another. */
    protected JunctionSide openJunction(BenchDatabase.Place place) {
        return JunctionSide.open(place);
    }

    /** Work done once per trial after the contender is open (keys in hand, statements ready). */
    protected void prepare() throws Exception {
    }

    /** Runs the contender's operation once and fails the trial unless it did the whole job. */
    protected abstract void verify(String contender) throws Exception;

    @TearDown(Level.Trial)
    public void closeTrial() throws Exception {
        if (junction != null) junction.close();
        if (jdbc != null) jdbc.close();
        if (hibernate != null) hibernate.close();
        if (place != null) place.close();
    }

    /** The workload's short name, for schema names: {@code w1bulkinsert}. */
    protected String name() {
        Class<?> type = getClass();
        while (type.getSimpleName().contains("_jmh")) type = type.getSuperclass();
        return type.getSimpleName().toLowerCase(Locale.ROOT);
    }

    /** A number read with plain SQL on a connection of the harness, for checks. */
    protected long queryLong(String sql) throws SQLException {
        try (Connection c = place.connect(); var s = c.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    protected static void check(String what, long expected, long actual) {
        if (expected != actual) {
            throw new IllegalStateException(what + ": expected " + expected + ", got " + actual);
        }
    }
}
