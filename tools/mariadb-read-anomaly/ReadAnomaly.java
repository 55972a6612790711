import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * MariaDB's consistent read returning rows no transaction committed, with plain JDBC and no Junction. Eight writers
 * each make user 1's links one set of four shows, as Junction's belongsToMany set does on MariaDB — lock the user's
 * row, read the links under lock, delete the dropped ones, insert the new ones, commit — so the committed links are
 * always one whole set. One reader reads the links in auto-commit and counts the reads that are no whole set.
 *
 * <pre>
 * javac ReadAnomaly.java
 * java -cp .:mariadb-java-client.jar ReadAnomaly jdbc:mariadb://127.0.0.1:3306/ root "" read_anomaly 40 plain
 * </pre>
 *
 * The last argument is the reader: {@code plain} (a consistent read at REPEATABLE READ), {@code rc} (the same at READ
 * COMMITTED) or {@code share} (a locking read, LOCK IN SHARE MODE). On MariaDB 10.11.19, 40 s: plain and rc about 2 to 5
 * torn reads in 220,000; share none in 100,000. The database named is dropped and created anew.
 */
public final class ReadAnomaly {
    public static void main(String[] args) throws Exception {
        String server = args[0];
        String user = args[1];
        String password = args[2];
        String db = args[3];
        int seconds = Integer.parseInt(args[4]);
        String reader = args[5];
        try (Connection c = DriverManager.getConnection(server, user, password); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + db);
            s.execute("CREATE DATABASE " + db);
            s.execute("USE " + db);
            s.execute("CREATE TABLE Users (id BIGINT PRIMARY KEY) ENGINE=InnoDB");
            s.execute("CREATE TABLE Shows (id BIGINT PRIMARY KEY) ENGINE=InnoDB");
            s.execute("CREATE TABLE UserFavorites (UserId BIGINT NOT NULL, ShowId BIGINT NOT NULL,"
                    + " PRIMARY KEY (UserId, ShowId), KEY (ShowId), FOREIGN KEY (UserId) REFERENCES Users (id),"
                    + " FOREIGN KEY (ShowId) REFERENCES Shows (id)) ENGINE=InnoDB");
            s.execute("INSERT INTO Users VALUES (1)");
            for (int i = 1; i <= 12; i++) s.execute("INSERT INTO Shows VALUES (" + i + ")");
        }
        String url = server + db;
        List<Set<Long>> sets = new ArrayList<>();
        for (long t = 0; t < 8; t++) sets.add(Set.of(t + 1, t + 2, t + 3, (t + 7) % 12 + 1));
        Set<Set<Long>> whole = new HashSet<>(sets);
        whole.add(Set.of());
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong written = new AtomicLong();
        AtomicLong reads = new AtomicLong();
        AtomicLong torn = new AtomicLong();
        AtomicLong deadlocks = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(sets.size() + 1);
        List<Future<?>> tasks = new ArrayList<>();
        for (Set<Long> mine : sets) {
            tasks.add(pool.submit(() -> {
                try (Connection c = DriverManager.getConnection(url, user, password)) {
                    while (System.nanoTime() < until) {
                        c.setAutoCommit(false);
                        try (Statement s = c.createStatement()) {
                            set(s, mine);
                            c.commit();
                            written.incrementAndGet();
                        } catch (SQLException e) {
                            c.rollback();
                            deadlocks.incrementAndGet();
                        }
                        c.setAutoCommit(true);
                    }
                }
                return null;
            }));
        }
        String read = "SELECT ShowId FROM UserFavorites WHERE UserId = 1"
                + (reader.equals("share") ? " LOCK IN SHARE MODE" : "");
        tasks.add(pool.submit(() -> {
            try (Connection c = DriverManager.getConnection(url, user, password)) {
                if (reader.equals("rc")) c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                while (System.nanoTime() < until) {
                    Set<Long> seen = new TreeSet<>();
                    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(read)) {
                        while (rs.next()) seen.add(rs.getLong(1));
                    } catch (SQLException e) {
                        deadlocks.incrementAndGet();
                        continue;
                    }
                    reads.incrementAndGet();
                    if (!whole.contains(seen) && torn.incrementAndGet() <= 10) System.out.println("torn " + seen);
                }
            }
            return null;
        }));
        for (Future<?> task : tasks) task.get();
        pool.shutdown();
        System.out.println(reader + ": sets " + written + ", reads " + reads + ", torn " + torn + ", deadlocks "
                + deadlocks);
        try (Connection c = DriverManager.getConnection(server, user, password); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE " + db);
        }
    }

    /** One set, as Junction's: owner lock, links read under lock, DELETE of the dropped, INSERT of the new. */
    private static void set(Statement s, Set<Long> wanted) throws SQLException {
        s.executeQuery("SELECT 1 FROM Users WHERE id = 1 FOR UPDATE").close();
        Set<Long> there = new HashSet<>();
        try (ResultSet rs = s.executeQuery("SELECT ShowId FROM UserFavorites WHERE UserId = 1 FOR UPDATE")) {
            while (rs.next()) there.add(rs.getLong(1));
        }
        List<String> dropped = there.stream().filter(k -> !wanted.contains(k)).map(String::valueOf).toList();
        List<String> added = wanted.stream().filter(k -> !there.contains(k)).sorted().map(k -> "(1, " + k + ")")
                .toList();
        if (!dropped.isEmpty()) {
            s.executeUpdate("DELETE FROM UserFavorites WHERE UserId = 1 AND ShowId IN (" + String.join(", ", dropped)
                    + ")");
        }
        if (!added.isEmpty()) s.executeUpdate("INSERT INTO UserFavorites VALUES " + String.join(", ", added));
    }
}
