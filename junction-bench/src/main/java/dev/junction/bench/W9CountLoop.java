package dev.junction.bench;

import dev.junction.bench.JunctionSide.User;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.hibernate.Session;
import org.hibernate.Transaction;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * W9: one user's favourite count, for user after user — the workload is 1,000 of these in a row (every user once);
 * JMH measures one call, and the report multiplies by {@value #CALLS}. Each call is a unit of work of its own, as in
 * W3: a pooled connection, one query. Junction: {@code favorites.count(user)}. JDBC, the best hand-written form: a
 * prepared {@code SELECT COUNT(*) FROM "UserFavorites" WHERE "UserId" = ?} — the join table alone, which the foreign
 * key makes right. Hibernate: {@code select count(s) from HUser u join u.favorites s where u.id = :id}.
 *
 * <p>Beside them, {@code has}: {@code favorites.has(user, show)} for one of the user's favourites, against the
 * prepared {@code SELECT COUNT(*) FROM "UserFavorites" WHERE "UserId" = ? AND "ShowId" = ?} (methods
 * {@code junctionHas} and {@code jdbcHas}, reported as {@code W9has}).
 */
public class W9CountLoop extends Workload {
    static final int CALLS = Dataset.USERS;
    private static final String COUNT = "SELECT COUNT(*) FROM \"UserFavorites\" WHERE \"UserId\" = ?";
    private static final String HAS = COUNT + " AND \"ShowId\" = ?";

    private UserCycle users;

    @Override
    protected void prepare() {
        users = new UserCycle();
    }

    private User nextUser() {
        return users.next();
    }

    /** The show a has-call asks about: one of the user's favourites, a different one each round of users. */
    private static long favoriteOf(User user) {
        return Dataset.favorite(user.id(), (int) (user.id() % Dataset.FAVORITES));
    }

    @Benchmark
    public long junction() {
        return junction.favorites().count(nextUser());
    }

    @Benchmark
    public long jdbc() throws SQLException {
        try (Connection c = jdbc.connect(); PreparedStatement select = c.prepareStatement(COUNT)) {
            select.setLong(1, nextUser().id());
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Benchmark
    public long hibernate() {
        try (Session session = hibernate.factory().openSession()) {
            session.setDefaultReadOnly(true);
            Transaction tx = session.beginTransaction();
            long count = session.createSelectionQuery("select count(s) from HUser u join u.favorites s"
                    + " where u.id = :id", Long.class).setParameter("id", nextUser().id()).getSingleResult();
            tx.commit();
            return count;
        }
    }

    @Benchmark
    public boolean junctionHas() {
        User user = nextUser();
        return junction.favorites().has(user, favoriteOf(user));
    }

    @Benchmark
    public boolean jdbcHas() throws SQLException {
        User user = nextUser();
        try (Connection c = jdbc.connect(); PreparedStatement select = c.prepareStatement(HAS)) {
            select.setLong(1, user.id());
            select.setLong(2, favoriteOf(user));
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getLong(1) == 1;
            }
        }
    }

    @Override
    protected void verify(String contender) throws Exception {
        long sum = 0;
        for (int i = 0; i < CALLS; i++) {
            sum += switch (contender) {
                case "junction" -> junction();
                case "jdbc" -> jdbc();
                case "hibernate" -> hibernate();
                case "junctionHas" -> junctionHas() ? 1 : 0;
                default -> jdbcHas() ? 1 : 0;
            };
        }
        long expected = contender.endsWith("Has") ? CALLS : (long) CALLS * Dataset.FAVORITES;
        check("W9 " + contender + " total", expected, sum);
    }
}
