package dev.junction.bench;

import static dev.junction.query.Include.include;

import dev.junction.bench.JunctionSide.Show;
import dev.junction.bench.JunctionSide.User;
import dev.junction.bench.hibernate.HShow;
import dev.junction.bench.hibernate.HUser;
import dev.junction.query.Loaded;
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
 * W2: every user with its favourites (1,000 users, 20,000 links), each user's shows read as a list. Junction:
 * {@code users.findAll(include(favorites))} (two queries). JDBC: one LEFT JOIN, mapped by hand into lists.
 * Hibernate: one {@code left join fetch} in a read-only session. Each returns a checksum of every id it saw.
 */
public class W2EagerLoad extends Workload {
    /** A user and its shows, as the JDBC contender maps them. */
    record UserWithShows(User user, List<Show> shows) {
    }

    @Benchmark
    public long junction() {
        long sum = 0;
        for (Loaded<User> user : junction.users().findAll(include(junction.favorites()))) {
            sum += user.get().id();
            for (Show show : user.get(junction.favorites())) sum += show.id();
        }
        return sum;
    }

    @Benchmark
    public long jdbc() throws SQLException {
        Map<Long, UserWithShows> byId = new LinkedHashMap<>(2 * Dataset.USERS);
        try (Connection c = jdbc.connect(); PreparedStatement select = c.prepareStatement(JdbcSide.USERS_WITH_FAVORITES);
             ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong(1);
                UserWithShows user = byId.get(id);
                if (user == null) {
                    user = new UserWithShows(new User(id, rs.getString(2)), new ArrayList<>());
                    byId.put(id, user);
                }
                long show = rs.getLong(3);
                if (!rs.wasNull()) user.shows().add(new Show(show, rs.getString(4)));
            }
        }
        long sum = 0;
        for (UserWithShows user : byId.values()) {
            sum += user.user().id();
            for (Show show : user.shows()) sum += show.id();
        }
        return sum;
    }

    @Benchmark
    public long hibernate() {
        long sum = 0;
        try (Session session = hibernate.factory().openSession()) {
            session.setDefaultReadOnly(true);
            Transaction tx = session.beginTransaction();
            List<HUser> users = session.createSelectionQuery("from HUser u left join fetch u.favorites", HUser.class)
                    .getResultList();
            for (HUser user : users) {
                sum += user.getId();
                for (HShow show : user.getFavorites()) sum += show.getId();
            }
            tx.commit();
        }
        return sum;
    }

    @Override
    protected void verify(String contender) throws Exception {
        long sum = switch (contender) {
            case "junction" -> junction();
            case "jdbc" -> jdbc();
            default -> hibernate();
        };
        check("W2 " + contender + " checksum", Dataset.eagerChecksum(), sum);
    }
}
