package dev.junction.bench;

import static dev.junction.bench.Dataset.FAVORITES;
import static dev.junction.bench.Dataset.favorite;

import dev.junction.seed.Seeder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
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

/**
 * Issue 5's seeding figure: 100,000 join rows ({@value #USERS} users × twenty favourites) seeded from a YAML file
 * that names both sides by natural key — {@code - {User: {username: user7}, Show: {title: show57}}} — against
 * {@code bulkCreate} of the same rows by id, both through Junction, into an empty join table. The seed includes
 * everything {@code db:seed} does: reading and checking the file, resolving the 200,000 references, the inserts,
 * and recording the undo log in the ledger, all in one transaction.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Measurement(iterations = 3, time = 1)
public class SeedJoinRows {
    static final int USERS = 5_000;
    static final int ROWS = USERS * FAVORITES;
    private static final String FILE = "001-favorites.yaml";

    @Param({"h2", "postgresql", "mariadb"})
    public String db;

    private BenchDatabase.Place place;
    private JunctionSide junction;
    private Path folder;
    private Seeder seeder;

    @Setup(Level.Trial)
    public void openTrial() throws Exception {
        place = BenchDatabase.of(db).create("seedjoinrows");
        Dataset.seed(place, USERS, false);
        junction = JunctionSide.open(place);
        folder = Files.createTempDirectory("junction-bench-seeders");
        Files.writeString(folder.resolve(FILE), seedFileText());
        seeder = Seeder.of(junction.db(), folder);
        reset();
        check("seed", seedFile());
        reset();
        check("bulkCreate", bulkCreate());
    }

    /** The file: every user's twenty favourites, both sides named by natural key. */
    static String seedFileText() {
        StringBuilder yaml = new StringBuilder(ROWS * 48).append("UserFavorites:\n");
        for (long u = 1; u <= USERS; u++) {
            for (int k = 0; k < FAVORITES; k++) {
                yaml.append("  - {User: {username: user").append(u).append("}, Show: {title: show")
                        .append(favorite(u, k)).append("}}\n");
            }
        }
        return yaml.toString();
    }

    /** Empties the join table and forgets the applied file before every run (not measured). */
    @Setup(Level.Invocation)
    public void reset() throws SQLException {
        try (Connection c = place.connect(); Statement s = c.createStatement()) {
            s.execute("TRUNCATE TABLE \"UserFavorites\"");
        }
        seeder.forgetAll();
    }

    @Benchmark
    public long seedFile() {
        return seeder.apply(FILE).orElseThrow().rows();
    }

    @Benchmark
    public long bulkCreate() {
        return junction.links().bulkCreate(Dataset.favoriteRows(USERS)).size();
    }

    private void check(String contender, long reported) throws SQLException {
        long stored;
        try (Connection c = place.connect(); Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT COUNT(*) FROM \"UserFavorites\"")) {
            rs.next();
            stored = rs.getLong(1);
        }
        if (reported != ROWS || stored != ROWS) {
            throw new IllegalStateException(contender + ": expected " + ROWS + " rows, reported " + reported
                    + ", stored " + stored);
        }
    }

    @TearDown(Level.Trial)
    public void closeTrial() throws Exception {
        if (junction != null) junction.close();
        if (place != null) place.close();
        if (folder != null) {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> {
                    try {
                        Files.delete(p);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        }
    }
}
