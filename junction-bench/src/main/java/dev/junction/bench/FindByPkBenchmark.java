package dev.junction.bench;

import dev.junction.Junction;
import dev.junction.Model;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Reading one row by key on in-memory H2, which isolates the library's own CPU cost: Junction's
 * {@code findByPk} against the prepared statement an expert would write. Run with
 * {@code java -jar junction-bench/target/benchmarks.jar FindByPk}.
 */
@State(Scope.Benchmark)
public class FindByPkBenchmark {
    /** The row type both sides read. */
    public record User(Long id, String username) {
    }

    private static final int ROWS = 1_000;

    private Junction db;
    private Model<User> users;
    private Connection jdbc;
    private PreparedStatement byKey;

    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        String url = "jdbc:h2:mem:bench-findbypk;DB_CLOSE_DELAY=-1";
        db = Junction.open(url);
        users = db.define(User.class, m -> m.timestamps(false));
        db.sync();
        for (int i = 0; i < ROWS; i++) {
            users.create(new User(null, "user" + i));
        }
        jdbc = DriverManager.getConnection(url);
        byKey = jdbc.prepareStatement("SELECT \"id\", \"username\" FROM \"Users\" WHERE \"id\" = ?");
    }

    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
        byKey.close();
        jdbc.close();
        db.close();
    }

    @Benchmark
    public User junction() {
        long id = 1 + ThreadLocalRandom.current().nextInt(ROWS);
        return users.findByPk(id).orElseThrow();
    }

    @Benchmark
    public User jdbc() throws SQLException {
        long id = 1 + ThreadLocalRandom.current().nextInt(ROWS);
        byKey.setLong(1, id);
        try (ResultSet rs = byKey.executeQuery()) {
            rs.next();
            return new User(rs.getLong(1), rs.getString(2));
        }
    }
}
