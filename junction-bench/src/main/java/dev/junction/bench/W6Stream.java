package dev.junction.bench;

import dev.junction.bench.JunctionSide.User;
import dev.junction.bench.hibernate.HUser;
import dev.junction.query.Query;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;
import org.hibernate.StatelessSession;
import org.hibernate.Transaction;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;

/**
 * W6: read a million users as a stream with bounded memory, each row mapped to an object and dropped. Junction:
 * {@code users.stream(Query.all())}. JDBC: a forward-only result with a fetch size of 1,000 (a cursor inside a
 * transaction on PostgreSQL; lazy query execution on H2, as Junction does). Hibernate: a {@code StatelessSession}
 * result stream with the same fetch size (and the same H2 setting). Measured one operation per iteration; the
 * {@link HeapProfiler} reports the heap each needed.
 */
@BenchmarkMode(Mode.SingleShotTime)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class W6Stream extends Workload {
    private static final int FETCH_SIZE = 1_000;

    @Override
    protected BenchDatabase.Place place(BenchDatabase database) throws SQLException {
        BenchDatabase.Place shared = database.shared(name());
        boolean seeded = false;
        try {
            seeded = queryLong(shared, "SELECT COUNT(*) FROM \"Users\"") == Dataset.STREAM_ROWS;
        } catch (SQLException missing) {
            // not made yet in this run
        }
        if (!seeded) {
            try (Connection c = shared.connect(); Statement s = c.createStatement()) {
                s.execute("DROP TABLE IF EXISTS \"UserFavorites\", \"Shows\", \"Users\"");
            }
            Dataset.seed(shared, Dataset.STREAM_ROWS, false);
        }
        return shared;
    }

    private static long queryLong(BenchDatabase.Place place, String sql) throws SQLException {
        try (Connection c = place.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Benchmark
    public long junction() {
        try (Stream<User> users = junction.users().stream(Query.all())) {
            return users.mapToLong(user -> user.id() + user.username().length()).sum();
        }
    }

    @Benchmark
    public long jdbc() throws SQLException {
        long sum = 0;
        try (Connection c = jdbc.connect()) {
            beforeStreaming(c);
            try (PreparedStatement select = c.prepareStatement(JdbcSide.ALL_USERS, ResultSet.TYPE_FORWARD_ONLY,
                    ResultSet.CONCUR_READ_ONLY)) {
                select.setFetchSize(FETCH_SIZE);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        User user = new User(rs.getLong(1), rs.getString(2));
                        sum += user.id() + user.username().length();
                    }
                }
            } finally {
                afterStreaming(c);
            }
        }
        return sum;
    }

    /** PostgreSQL streams inside a transaction, H2 with lazy execution; MariaDB's driver streams by the fetch size. */
    private void beforeStreaming(Connection c) throws SQLException {
        if (jdbc.database() == BenchDatabase.MARIADB) return;
        if (jdbc.postgres()) {
            c.setAutoCommit(false);
        } else {
            try (Statement s = c.createStatement()) {
                s.execute("SET LAZY_QUERY_EXECUTION TRUE");
            }
        }
    }

    private void afterStreaming(Connection c) throws SQLException {
        if (jdbc.database() == BenchDatabase.MARIADB) return;
        if (jdbc.postgres()) {
            c.commit();
            c.setAutoCommit(true);
        } else {
            try (Statement s = c.createStatement()) {
                s.execute("SET LAZY_QUERY_EXECUTION FALSE");
            }
        }
    }

    @Benchmark
    public long hibernate() {
        boolean h2 = place.database() == BenchDatabase.H2;
        try (StatelessSession session = hibernate.factory().openStatelessSession()) {
            Transaction tx = session.beginTransaction();
            if (h2) session.doWork(c -> execute(c, "SET LAZY_QUERY_EXECUTION TRUE"));
            long sum;
            try (Stream<HUser> users = session.createSelectionQuery("from HUser", HUser.class)
                    .setFetchSize(FETCH_SIZE).getResultStream()) {
                sum = users.mapToLong(user -> user.getId() + user.getUsername().length()).sum();
            }
            if (h2) session.doWork(c -> execute(c, "SET LAZY_QUERY_EXECUTION FALSE"));
            tx.commit();
            return sum;
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    @Override
    protected void verify(String contender) throws Exception {
        long sum = switch (contender) {
            case "junction" -> junction();
            case "jdbc" -> jdbc();
            default -> hibernate();
        };
        long expected = 0;
        for (long u = 1; u <= Dataset.STREAM_ROWS; u++) expected += u + ("user" + u).length();
        check("W6 " + contender + " checksum", expected, sum);
    }
}
