package dev.junction.bench;

import dev.junction.bench.JunctionSide.Show;
import dev.junction.bench.JunctionSide.User;
import dev.junction.bench.hibernate.HShow;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;
import org.hibernate.Transaction;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * W3: one user's favourites, for user after user — the workload is 1,000 of these in a row (every user once); JMH
 * measures one call, and the report multiplies by {@value #CALLS}. Each call is a unit of work of its own, as in a
 * request handler: a pooled connection, one query, the shows mapped. Junction: {@code favorites.get(user)}. JDBC: a
 * prepared JOIN. Hibernate: an HQL join over the {@code Set} mapping in a read-only session.
 */
public class W3SequentialGet extends Workload {
    static final int CALLS = Dataset.USERS;

    private UserCycle users;

    @Override
    protected void prepare() {
        users = new UserCycle();
    }

    private User nextUser() {
        return users.next();
    }

    @Benchmark
    public long junction() {
        long sum = 0;
        for (Show show : junction.favorites().get(nextUser())) sum += show.id();
        return sum;
    }

    @Benchmark
    public long jdbc() throws SQLException {
        long sum = 0;
        try (Connection c = jdbc.connect(); PreparedStatement select = c.prepareStatement(JdbcSide.FAVORITES_OF)) {
            select.setLong(1, nextUser().id());
            try (ResultSet rs = select.executeQuery()) {
                List<Show> shows = new ArrayList<>(Dataset.FAVORITES);
                while (rs.next()) shows.add(new Show(rs.getLong(1), rs.getString(2)));
                for (Show show : shows) sum += show.id();
            }
        }
        return sum;
    }

    @Benchmark
    public long hibernate() {
        long sum = 0;
        try (Session session = hibernate.factory().openSession()) {
            session.setDefaultReadOnly(true);
            Transaction tx = session.beginTransaction();
            List<HShow> shows = session.createSelectionQuery("select s from HUser u join u.favorites s"
                    + " where u.id = :id", HShow.class).setParameter("id", nextUser().id()).getResultList();
            for (HShow show : shows) sum += show.getId();
            tx.commit();
        }
        return sum;
    }

    @Override
    protected void verify(String contender) throws Exception {
        long sum = 0;
        for (int i = 0; i < CALLS; i++) {
            sum += switch (contender) {
                case "junction" -> junction();
                case "jdbc" -> jdbc();
                default -> hibernate();
            };
        }
        check("W3 " + contender + " checksum", Dataset.eagerChecksum() - (long) CALLS * (CALLS + 1) / 2, sum);
    }
}
