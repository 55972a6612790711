package dev.junction.bench;

import dev.junction.bench.JunctionSide.User;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * W4b: one user with {@value #LINKS} favourites has 25,000 of them replaced by others in one {@code set} (issue 19's
 * large set), in a transaction of its own; calls alternate between the two lists, so each does the same work.
 * Junction: {@code favorites.set(user, keys)}. JDBC, the best hand-written way: read the linked keys, diff, one
 * DELETE of the dropped keys (an array on PostgreSQL), and the new links as one {@code INSERT … SELECT unnest(?)}
 * on PostgreSQL, a JDBC batch on H2. No Hibernate contender: its collection flush writes a row at a time.
 */
public class W4bLargeSet extends Workload {
    static final int LINKS = 50_000;
    static final int REPLACED = 25_000;
    private static final long USER = 1;

    private final User user = new User(USER, "user1");
    /** Shows 1 … 50,000, and the same with the second half replaced by shows 50,001 … 75,000. */
    private final List<Long> seeded = new ArrayList<>(LINKS);
    private final List<Long> replaced = new ArrayList<>(LINKS);
    private boolean atReplaced;

    /** One user, 75,000 shows, and the user's 50,000 favourites: shows 1 … 50,000. */
    @Override
    protected BenchDatabase.Place place(BenchDatabase database) throws SQLException {
        BenchDatabase.Place created = database.create(name());
        Dataset.seed(created, 1, false);
        BenchDatabase db = created.database();
        String n = db.seriesValue("n");
        try (Connection c = created.connect(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO \"Shows\" (\"id\", \"title\") SELECT " + n + ", CONCAT('show', " + n + ") FROM "
                    + db.series(Dataset.SHOWS + 1, LINKS + REPLACED, "n"));
            s.execute("INSERT INTO \"UserFavorites\" (\"UserId\", \"ShowId\") SELECT " + USER + ", " + n + " FROM "
                    + db.series(1, LINKS, "n"));
            db.settle(s, "Users", "Shows", "UserFavorites");
        }
        return created;
    }

    @Override
    protected void prepare() {
        for (long show = 1; show <= LINKS; show++) {
            seeded.add(show);
            replaced.add(show <= LINKS - REPLACED ? show : show + REPLACED);
        }
    }

    private List<Long> next() {
        atReplaced = !atReplaced;
        return atReplaced ? replaced : seeded;
    }

    @Benchmark
    public int junction() {
        List<Long> wanted = next();
        junction.favorites().set(user, wanted);
        return wanted.size();
    }

    @Benchmark
    public int jdbc() throws SQLException {
        List<Long> wanted = next();
        jdbc.transaction(c -> {
            Set<Long> linked = JdbcSide.linkedShows(c, USER);
            delete(c, JdbcSide.without(linked, wanted));
            insert(c, JdbcSide.without(wanted, linked));
        });
        return wanted.size();
    }

    private void delete(Connection c, List<Long> shows) throws SQLException {
        if (shows.isEmpty()) return;
        if (jdbc.database() == BenchDatabase.MARIADB) { // no arrays: IN lists of a thousand keys
            for (int from = 0; from < shows.size(); from += 1000) {
                List<Long> part = shows.subList(from, Math.min(shows.size(), from + 1000));
                try (PreparedStatement delete = c.prepareStatement(jdbc.deleteLinks(part.size()))) {
                    delete.setLong(1, USER);
                    for (int i = 0; i < part.size(); i++) delete.setLong(i + 2, part.get(i));
                    delete.executeUpdate();
                }
            }
            return;
        }
        String sql = "DELETE FROM \"UserFavorites\" WHERE \"UserId\" = ? AND \"ShowId\" = ANY(?)";
        try (PreparedStatement delete = c.prepareStatement(sql)) {
            delete.setLong(1, USER);
            delete.setArray(2, c.createArrayOf(jdbc.postgres() ? "bigint" : "BIGINT", shows.toArray()));
            delete.executeUpdate();
        }
    }

    private void insert(Connection c, List<Long> shows) throws SQLException {
        if (shows.isEmpty()) return;
        if (jdbc.postgres()) {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO \"UserFavorites\" (\"UserId\", \"ShowId\")"
                    + " SELECT ?, unnest(?)")) {
                insert.setLong(1, USER);
                insert.setArray(2, c.createArrayOf("bigint", shows.toArray()));
                insert.executeUpdate();
            }
            return;
        }
        try (PreparedStatement insert = c.prepareStatement(JdbcSide.INSERT_LINK)) {
            for (Long show : shows) {
                insert.setLong(1, USER);
                insert.setLong(2, show);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    @Override
    protected void verify(String contender) throws Exception {
        if (contender.equals("junction")) junction(); else jdbc();
        long expected = 0;
        for (Long show : replaced) expected += show;
        String mine = " FROM \"UserFavorites\" WHERE \"UserId\" = " + USER;
        check("W4b " + contender + " links", LINKS, queryLong("SELECT COUNT(*)" + mine));
        check("W4b " + contender + " show ids", expected, queryLong("SELECT SUM(\"ShowId\")" + mine));
    }
}
