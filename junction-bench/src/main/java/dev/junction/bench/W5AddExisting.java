package dev.junction.bench;

import static dev.junction.bench.Dataset.FAVORITES;
import static dev.junction.bench.Dataset.USERS;

import dev.junction.bench.JunctionSide.User;
import dev.junction.bench.hibernate.HShow;
import dev.junction.bench.hibernate.HUser;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;
import org.hibernate.Transaction;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * W5: link a pair that is already linked, call after call — the workload is 10,000 of these (each user ten times, a
 * different favourite each time); JMH measures one call, and the report multiplies by {@value #CALLS}. Each call is
 * a unit of work of its own, and nothing may change. Junction: {@code favorites.add(user, show)}. JDBC: one
 * insert-if-absent ({@code ON CONFLICT DO NOTHING} / H2's {@code MERGE … KEY}). Hibernate: the user with its
 * {@code Set} (join fetch), {@code add} finds the show there, the flush writes nothing.
 */
public class W5AddExisting extends Workload {
    static final int CALLS = 10_000;

    private List<User> users;
    private long[] shows;
    private int next;

    private int nextCall() {
        int call = next;
        next = (next + 1) % CALLS;
        return call;
    }

    @Override
    protected void prepare() {
        users = new ArrayList<>(CALLS);
        shows = new long[CALLS];
        for (int i = 0; i < CALLS; i++) {
            long u = 1 + i % USERS;
            users.add(new User(u, "user" + u));
            shows[i] = Dataset.favorite(u, (i / USERS) % FAVORITES);
        }
    }

    @Benchmark
    public int junction() {
        int i = nextCall();
        junction.favorites().add(users.get(i), shows[i]);
        return i;
    }

    @Benchmark
    public int jdbc() throws SQLException {
        int i = nextCall();
        try (Connection c = jdbc.connect(); PreparedStatement add = c.prepareStatement(jdbc.addLink())) {
            add.setLong(1, users.get(i).id());
            add.setLong(2, shows[i]);
            add.executeUpdate();
        }
        return i;
    }

    @Benchmark
    public int hibernate() {
        int i = nextCall();
        try (Session session = hibernate.factory().openSession()) {
            Transaction tx = session.beginTransaction();
            HUser user = session.createSelectionQuery("from HUser u left join fetch u.favorites where u.id = :id",
                    HUser.class).setParameter("id", users.get(i).id()).getSingleResult();
            user.getFavorites().add(session.getReference(HShow.class, shows[i]));
            tx.commit();
        }
        return i;
    }

    @Override
    protected void verify(String contender) throws Exception {
        long before = queryLong("SELECT SUM(\"ShowId\") FROM \"UserFavorites\"");
        for (int i = 0; i < USERS; i++) {
            switch (contender) {
                case "junction" -> junction();
                case "jdbc" -> jdbc();
                default -> hibernate();
            }
        }
        check("W5 " + contender + " links", (long) USERS * FAVORITES,
                queryLong("SELECT COUNT(*) FROM \"UserFavorites\""));
        check("W5 " + contender + " show ids", before, queryLong("SELECT SUM(\"ShowId\") FROM \"UserFavorites\""));
    }
}
