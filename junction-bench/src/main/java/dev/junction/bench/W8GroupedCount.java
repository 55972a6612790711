package dev.junction.bench;

import dev.junction.bench.JunctionSide.User;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;
import org.hibernate.Transaction;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * W8: the favourite count of every one of the 1,000 users (20,000 links), as a map from user to count with every
 * user present — one grouped count, never one count per user. Junction: {@code favorites.countAll(users)}. JDBC:
 * one {@code SELECT "UserId", COUNT(*) … GROUP BY "UserId"} over the users' keys, given as one array
 * parameter ({@code = ANY(?)} on PostgreSQL, a join with {@code UNNEST(?)} on H2). Hibernate: the same in HQL over
 * the {@code Set} mapping.
 */
public class W8GroupedCount extends Workload {
    private static final String COUNTS = "SELECT f.\"UserId\", COUNT(*) FROM \"UserFavorites\" ";

    private List<User> users;
    private List<Long> ids;
    private String jdbcSql;

    @Override
    protected void prepare() {
        users = new ArrayList<>(Dataset.USERS);
        ids = new ArrayList<>(Dataset.USERS);
        for (long u = 1; u <= Dataset.USERS; u++) {
            users.add(new User(u, "user" + u));
            ids.add(u);
        }
        if (jdbc != null) {
            // The fast form on each: one array parameter; H2 joins UNNEST by index, but scans an IN list per row;
            // MariaDB has no arrays: an IN list.
            jdbcSql = switch (jdbc.database()) {
                case POSTGRESQL -> COUNTS + "f WHERE f.\"UserId\" = ANY(?) GROUP BY f.\"UserId\"";
                case H2 -> COUNTS + "f, UNNEST(?) k(v) WHERE f.\"UserId\" = k.v GROUP BY f.\"UserId\"";
                case MARIADB -> COUNTS + "f WHERE f.\"UserId\" IN (" + "?, ".repeat(ids.size() - 1)
                        + "?) GROUP BY f.\"UserId\"";
            };
        }
    }

    @Benchmark
    public long junction() {
        return checksum(junction.favorites().countAll(users));
    }

    @Benchmark
    public long jdbc() throws SQLException {
        Map<User, Long> counts = new LinkedHashMap<>();
        Map<Long, User> byId = new LinkedHashMap<>();
        for (User user : users) {
            counts.put(user, 0L);
            byId.put(user.id(), user);
        }
        try (Connection c = jdbc.connect(); PreparedStatement select = c.prepareStatement(jdbcSql)) {
            if (jdbc.database() == BenchDatabase.MARIADB) {
                for (int i = 0; i < ids.size(); i++) select.setLong(i + 1, ids.get(i));
            } else {
                Array array = c.createArrayOf("BIGINT", ids.toArray());
                select.setArray(1, array);
            }
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) counts.put(byId.get(rs.getLong(1)), rs.getLong(2));
            }
        }
        return checksum(counts);
    }

    @Benchmark
    public long hibernate() {
        Map<Long, Long> counts = new LinkedHashMap<>();
        for (Long id : ids) counts.put(id, 0L);
        try (Session session = hibernate.factory().openSession()) {
            session.setDefaultReadOnly(true);
            Transaction tx = session.beginTransaction();
            for (Object[] row : session.createSelectionQuery("select u.id, count(s) from HUser u join u.favorites s"
                    + " where u.id in :ids group by u.id", Object[].class).setParameter("ids", ids).getResultList()) {
                counts.put((Long) row[0], (Long) row[1]);
            }
            tx.commit();
        }
        long sum = 0;
        for (Map.Entry<Long, Long> e : counts.entrySet()) sum += e.getKey() * e.getValue();
        return sum;
    }

    private static long checksum(Map<User, Long> counts) {
        long sum = 0;
        for (Map.Entry<User, Long> e : counts.entrySet()) sum += e.getKey().id() * e.getValue();
        return sum;
    }

    @Override
    protected void verify(String contender) throws Exception {
        long sum = switch (contender) {
            case "junction" -> junction();
            case "jdbc" -> jdbc();
            default -> hibernate();
        };
        check("W8 " + contender + " checksum", (long) Dataset.FAVORITES * Dataset.USERS * (Dataset.USERS + 1) / 2, sum);
    }
}
