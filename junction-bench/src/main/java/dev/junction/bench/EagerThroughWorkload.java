package dev.junction.bench;

import static dev.junction.query.Include.include;

import dev.junction.association.Linked;
import dev.junction.bench.JunctionSide.Show;
import dev.junction.bench.JunctionSide.User;
import dev.junction.query.Loaded;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * Issue 19's eager load against the best hand-written JDBC: every user with its favourites and each link's
 * {@code createdAt}/{@code updatedAt} (see {@link LinkTimestamps}). Junction: {@code findAll(include(favorites))},
 * each user's links read with {@code linked(favorites)}. JDBC: ONE left join reading the same columns, mapped by
 * hand into users with lists of (show, createdAt, updatedAt); shows are mapped once per id, as Junction does.
 * Both return a checksum of every id and timestamp they saw. No Hibernate contender: the join row's values are not
 * part of Hibernate's {@code @ManyToMany}, and this workload is about the limit, not the peer.
 */
public abstract class EagerThroughWorkload extends Workload {
    static final String USERS_WITH_LINKS = "SELECT u.\"id\", u.\"username\", s.\"id\", s.\"title\","
            + " f.\"createdAt\", f.\"updatedAt\" FROM \"Users\" u"
            + " LEFT JOIN \"UserFavorites\" f ON f.\"UserId\" = u.\"id\" LEFT JOIN \"Shows\" s ON s.\"id\" = f.\"ShowId\"";

    /** A favourite as the JDBC contender maps it. */
    record Favorite(Show show, Instant createdAt, Instant updatedAt) {
    }

    /** A user and its favourites, as the JDBC contender maps them. */
    record UserWithFavorites(User user, List<Favorite> favorites) {
    }

    /** Users in the data set. */
    protected abstract int users();

    /** Favourites per user. */
    protected abstract int favoritesPerUser();

    @Override
    protected BenchDatabase.Place place(BenchDatabase database) throws SQLException {
        BenchDatabase.Place created = database.create(name());
        LinkTimestamps.seed(created, users(), favoritesPerUser());
        return created;
    }

    @Override
    protected JunctionSide openJunction(BenchDatabase.Place place) {
        return LinkTimestamps.open(place);
    }

    @Benchmark
    public long junction() {
        long sum = 0;
        for (Loaded<User> user : junction.users().findAll(include(junction.favorites()))) {
            sum += user.get().id();
            for (Linked<Show> link : user.linked(junction.favorites())) {
                sum += link.target().id() + LinkTimestamps.checksum(link.through().getInstant("createdAt"),
                        link.through().getInstant("updatedAt"));
            }
        }
        return sum;
    }

    @Benchmark
    public long jdbc() throws SQLException {
        long sum = 0;
        for (UserWithFavorites user : jdbcLoad(jdbc, users())) {
            sum += user.user().id();
            for (Favorite favorite : user.favorites()) {
                sum += favorite.show().id() + LinkTimestamps.checksum(favorite.createdAt(), favorite.updatedAt());
            }
        }
        return sum;
    }

    /** The JDBC contender's result: every user with its favourites, mapped by hand from one left join. */
    static List<UserWithFavorites> jdbcLoad(JdbcSide jdbc, int users) throws SQLException {
        Map<Long, UserWithFavorites> byId = new HashMap<>(2 * users);
        List<UserWithFavorites> inOrder = new ArrayList<>(users);
        Map<Long, Show> shows = new HashMap<>(2 * Dataset.SHOWS);
        try (Connection c = jdbc.connect(); PreparedStatement select = c.prepareStatement(USERS_WITH_LINKS);
             ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong(1);
                UserWithFavorites user = byId.get(id);
                if (user == null) {
                    user = new UserWithFavorites(new User(id, rs.getString(2)), new ArrayList<>());
                    byId.put(id, user);
                    inOrder.add(user);
                }
                long showId = rs.getLong(3);
                if (rs.wasNull()) continue;
                Show show = shows.get(showId);
                if (show == null) {
                    show = new Show(showId, rs.getString(4));
                    shows.put(showId, show);
                }
                user.favorites().add(new Favorite(show, jdbc.instant(rs, 5), jdbc.instant(rs, 6)));
            }
        }
        return inOrder;
    }

    @Override
    protected void verify(String contender) throws Exception {
        long sum = contender.equals("junction") ? junction() : jdbc();
        check(getClass().getSimpleName() + " " + contender + " checksum",
                LinkTimestamps.expectedChecksum(users(), favoritesPerUser()), sum);
    }
}
