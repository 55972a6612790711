package dev.junction.bench;

import static dev.junction.association.Associations.as;
import static dev.junction.association.Associations.through;

import dev.junction.Junction;
import dev.junction.JunctionConfig;
import dev.junction.Model;
import dev.junction.association.BelongsToMany;
import dev.junction.association.Through;
import dev.junction.bench.JunctionSide.Show;
import dev.junction.bench.JunctionSide.User;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;

/**
 * The realistic eager load of issue 19: the join table carries Sequelize's {@code createdAt}/{@code updatedAt},
 * and the include returns them with every link. Users and shows keep no timestamps (the join table is what the
 * issue measured). Link {@code k} of user {@code u} was created {@code u·60 s + k·1.001001 s} after 2024-01-01 UTC
 * (so every value has six fractional digits) and updated a day later; rows are written by set-based SQL.
 */
final class LinkTimestamps {
    /** 2024-01-01T00:00:00Z. */
    static final long BASE_SECOND = 1_704_067_200L;
    private static final long DAY_MICROS = 86_400_000_000L;

    private LinkTimestamps() {
    }

    /** Junction as {@link JunctionSide#open} makes it, but with UserFavorites timestamped (both sides). */
    static JunctionSide open(BenchDatabase.Place place) {
        Junction db = Junction.open(JunctionConfig.builder().url(place.url()).user(place.user())
                .password(place.password()).timestamps(false).build());
        Model<User> users = db.define(User.class);
        Model<Show> shows = db.define(Show.class);
        Through link = Through.of("UserFavorites").timestamps(true);
        BelongsToMany<User, Show> favorites = users.belongsToMany(shows, as("Favorites").through(link));
        shows.belongsToMany(users, through(link));
        return new JunctionSide(db, users, shows, favorites, db.model("UserFavorites"));
    }

    /** Micros after {@link #BASE_SECOND} at which link {@code k} of user {@code u} was created. */
    static long createdMicros(long user, int k) {
        return user * 60_000_000L + k * 1_001_001L;
    }

    /** The checksum of one link's two timestamps as the contenders compute it. */
    static long checksum(Instant createdAt, Instant updatedAt) {
        return micros(createdAt) + micros(updatedAt);
    }

    private static long micros(Instant instant) {
        return (instant.getEpochSecond() - BASE_SECOND) * 1_000_000L + instant.getNano() / 1_000;
    }

    /** Sum of every user id, favourite show id and link timestamp checksum that a W2b/W2c contender must see. */
    static long expectedChecksum(int users, int favorites) {
        long sum = 0;
        for (long u = 1; u <= users; u++) {
            sum += u;
            for (int k = 0; k < favorites; k++) {
                sum += Dataset.favorite(u, k) + 2 * createdMicros(u, k) + DAY_MICROS;
            }
        }
        return sum;
    }

    /** Creates the tables with Junction's sync and fills them with set-based SQL. */
    static void seed(BenchDatabase.Place place, int users, int favorites) throws SQLException {
        try (JunctionSide side = open(place)) {
            side.db().sync();
        }
        BenchDatabase db = place.database();
        String u = db.seriesValue("u");
        String k = db.seriesValue("k");
        String bigU = db == BenchDatabase.MARIADB ? u : "CAST(" + u + " AS BIGINT)"; // MariaDB's sequence is 64-bit
        String micros = "(" + bigU + " * 60000000 + " + k + " * 1001001)";
        String created = switch (db) {
            case H2 -> "DATEADD(MICROSECOND, " + micros + ", TIMESTAMP WITH TIME ZONE '2024-01-01 00:00:00+00')";
            case POSTGRESQL -> "TIMESTAMPTZ '2024-01-01 00:00:00+00' + " + micros + " * INTERVAL '1 microsecond'";
            // Junction keeps an Instant on MariaDB as its UTC date and time in a DATETIME(6).
            case MARIADB -> "TIMESTAMP '2024-01-01 00:00:00' + INTERVAL " + micros + " MICROSECOND";
        };
        String updated = switch (db) {
            case H2 -> "DATEADD(DAY, 1, " + created + ")";
            case POSTGRESQL -> created + " + INTERVAL '1 day'";
            case MARIADB -> created + " + INTERVAL 1 DAY";
        };
        try (Connection c = place.connect(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO \"Users\" (\"id\", \"username\") SELECT " + db.seriesValue("n") + ", CONCAT('user', "
                    + db.seriesValue("n") + ") FROM " + db.series(1, users, "n"));
            s.execute("INSERT INTO \"Shows\" (\"id\", \"title\") SELECT " + db.seriesValue("n") + ", CONCAT('show', "
                    + db.seriesValue("n") + ") FROM " + db.series(1, Dataset.SHOWS, "n"));
            s.execute("INSERT INTO \"UserFavorites\" (\"UserId\", \"ShowId\", \"createdAt\", \"updatedAt\") SELECT "
                    + u + ", 1 + MOD(" + u + " * 7 + " + k + " * 37, " + Dataset.SHOWS + "), " + created + ", "
                    + updated + " FROM " + db.series(1, users, "u") + " CROSS JOIN " + db.series(0, favorites - 1, "k"));
            db.settle(s, "Users", "Shows", "UserFavorites");
        }
    }
}
