package dev.junction.bench;

import static dev.junction.bench.Dataset.FAVORITES;
import static dev.junction.bench.Dataset.REPLACED;
import static dev.junction.bench.Dataset.USERS;

import dev.junction.bench.JunctionSide.User;
import dev.junction.bench.hibernate.HShow;
import dev.junction.bench.hibernate.HUser;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.Session;
import org.hibernate.Transaction;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * W4: make a user's favourites a given list of twenty that shares ten with what is linked — ten links dropped, ten
 * added — in a transaction of its own, user after user. The workload is this for each of the 1,000 users; JMH
 * measures one user, and the report multiplies by {@value #CALLS}. Each user alternates between its seeded
 * favourites and the replaced ones, so every call does the same amount of work. Junction:
 * {@code favorites.set(user, keys)}. JDBC: read the linked keys, diff, one DELETE, one batched INSERT. Hibernate:
 * load the user with its {@code Set} (join fetch), change the set, let the flush write the difference.
 */
public class W4SetDiff extends Workload {
    static final int CALLS = USERS;

    private List<User> users;
    /** Per user: the seeded favourites, and the ones with the last ten replaced. */
    private List<List<Long>> seeded;
    private List<List<Long>> replaced;
    private boolean[] atReplaced;
    private int next;

    @Override
    protected void prepare() {
        users = new ArrayList<>(USERS);
        seeded = new ArrayList<>(USERS);
        replaced = new ArrayList<>(USERS);
        atReplaced = new boolean[USERS];
        for (long u = 1; u <= USERS; u++) {
            users.add(new User(u, "user" + u));
            List<Long> a = new ArrayList<>(FAVORITES);
            List<Long> b = new ArrayList<>(FAVORITES);
            for (int k = 0; k < FAVORITES; k++) {
                a.add(Dataset.favorite(u, k));
                b.add(k < REPLACED ? Dataset.favorite(u, k) : Dataset.replacement(u, k));
            }
            if (new HashSet<>(b).size() != FAVORITES || new HashSet<>(a).removeAll(b.subList(REPLACED, FAVORITES))) {
                throw new IllegalStateException("Replacements of user " + u + " overlap its favourites");
            }
            seeded.add(a);
            replaced.add(b);
        }
    }

    /** The next user's index; its side flips. */
    private int nextUser() {
        int user = next;
        next = (next + 1) % CALLS;
        atReplaced[user] = !atReplaced[user];
        return user;
    }

    private List<Long> wanted(int user) {
        return (atReplaced[user] ? replaced : seeded).get(user);
    }

    @Benchmark
    public int junction() {
        int i = nextUser();
        junction.favorites().set(users.get(i), wanted(i));
        return i;
    }

    @Benchmark
    public int jdbc() throws SQLException {
        int i = nextUser();
        setFavorites(users.get(i).id(), wanted(i));
        return i;
    }

    private void setFavorites(long user, List<Long> wanted) throws SQLException {
        jdbc.transaction(c -> {
            Set<Long> linked = JdbcSide.linkedShows(c, user);
            List<Long> dropped = JdbcSide.without(linked, wanted);
            List<Long> added = JdbcSide.without(wanted, linked);
            if (!dropped.isEmpty()) delete(c, user, dropped);
            if (!added.isEmpty()) {
                try (PreparedStatement insert = c.prepareStatement(JdbcSide.INSERT_LINK)) {
                    for (Long show : added) {
                        insert.setLong(1, user);
                        insert.setLong(2, show);
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
            }
        });
    }

    private void delete(Connection c, long user, List<Long> shows) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement(jdbc.deleteLinks(shows.size()))) {
            delete.setLong(1, user);
            if (jdbc.postgres()) {
                delete.setArray(2, c.createArrayOf("bigint", shows.toArray()));
            } else {
                for (int i = 0; i < shows.size(); i++) delete.setLong(i + 2, shows.get(i));
            }
            delete.executeUpdate();
        }
    }

    @Benchmark
    public int hibernate() {
        int i = nextUser();
        setFavorites(hibernate, users.get(i).id(), wanted(i));
        return i;
    }

    private static void setFavorites(HibernateSide hibernate, long user, List<Long> wanted) {
        try (Session session = hibernate.factory().openSession()) {
            Transaction tx = session.beginTransaction();
            HUser found = session.createSelectionQuery("from HUser u left join fetch u.favorites where u.id = :id",
                    HUser.class).setParameter("id", user).getSingleResult();
            Set<Long> keep = new HashSet<>(wanted);
            Set<Long> linked = new HashSet<>();
            found.getFavorites().removeIf(show -> {
                linked.add(show.getId());
                return !keep.contains(show.getId());
            });
            for (Long show : wanted) {
                if (!linked.contains(show)) found.getFavorites().add(session.getReference(HShow.class, show));
            }
            tx.commit();
        }
    }

    /** Users the trial's check sets (all would take seconds per trial; these are the measured calls' kind). */
    private static final int CHECKED = 200;

    @Override
    protected void verify(String contender) throws Exception {
        for (int i = 0; i < CHECKED; i++) {
            switch (contender) {
                case "junction" -> junction();
                case "jdbc" -> jdbc();
                default -> hibernate();
            }
        }
        long expected = 0;
        for (List<Long> shows : replaced.subList(0, CHECKED)) for (Long show : shows) expected += show;
        String mine = " FROM \"UserFavorites\" WHERE \"UserId\" <= " + CHECKED;
        check("W4 " + contender + " links", (long) CHECKED * FAVORITES, queryLong("SELECT COUNT(*)" + mine));
        check("W4 " + contender + " show ids", expected, queryLong("SELECT SUM(\"ShowId\")" + mine));
        check("W4 " + contender + " all links", (long) USERS * FAVORITES,
                queryLong("SELECT COUNT(*) FROM \"UserFavorites\""));
    }
}
