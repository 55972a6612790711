package dev.junction.bench;

import dev.junction.Row;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The data every contender works on, the same for all: {@value #USERS} users, {@value #SHOWS} shows and
 * {@value #FAVORITES} favourites per user, chosen by a formula so that each workload can name the pairs without
 * reading them back. Tables are made by Junction's own {@code sync} (so they are exactly what a Junction user gets);
 * rows are written by set-based SQL, which is the fastest way and no contender's business.
 */
public final class Dataset {
    public static final int USERS = 1_000;
    public static final int SHOWS = 1_000;
    public static final int FAVORITES = 20;
    /** Favourites of a user that W4 replaces (the last ten of the twenty). */
    public static final int REPLACED = 10;
    /** Rows W6 streams. */
    public static final int STREAM_ROWS = 1_000_000;

    private Dataset() {
    }

    /** The id of the {@code k}-th favourite show (0 ≤ k < 20) of user {@code user} (1-based ids). */
    public static long favorite(long user, int k) {
        return 1 + (user * 7 + k * 37) % SHOWS;
    }

    /**
     * The show W4 puts in place of the {@code k}-th favourite (REPLACED ≤ k < FAVORITES): never one of the user's
     * twenty, never another replacement.
     */
    public static long replacement(long user, int k) {
        return 1 + (user * 7 + k * 37 + 500) % SHOWS;
    }

    /** Creates the three tables with Junction's sync and fills them: users, shows and (optionally) favourites. */
    public static void seed(BenchDatabase.Place place, int users, boolean favorites) throws SQLException {
        try (JunctionSide side = JunctionSide.open(place)) {
            side.db().sync();
        }
        BenchDatabase db = place.database();
        try (Connection c = place.connect(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO \"Users\" (\"id\", \"username\") SELECT " + db.seriesValue("n") + ", CONCAT('user', "
                    + db.seriesValue("n") + ") FROM " + db.series(1, users, "n"));
            s.execute("INSERT INTO \"Shows\" (\"id\", \"title\") SELECT " + db.seriesValue("n") + ", CONCAT('show', "
                    + db.seriesValue("n") + ") FROM " + db.series(1, SHOWS, "n"));
            if (favorites) {
                String u = db.seriesValue("u");
                String k = db.seriesValue("k");
                s.execute("INSERT INTO \"UserFavorites\" (\"UserId\", \"ShowId\") SELECT " + u + ", 1 + MOD(" + u
                        + " * 7 + " + k + " * 37, " + SHOWS + ") FROM " + db.series(1, users, "u") + " CROSS JOIN "
                        + db.series(0, FAVORITES - 1, "k"));
            }
            db.settle(s, "Users", "Shows", "UserFavorites");
        }
    }

    /** Every favourite of users 1 … {@code users} as a join row by id, for Junction's {@code bulkCreate}. */
    public static List<Row> favoriteRows(int users) {
        List<Row> rows = new ArrayList<>(users * FAVORITES);
        for (long u = 1; u <= users; u++) {
            for (int k = 0; k < FAVORITES; k++) {
                rows.add(Row.of("UserId", u, "ShowId", favorite(u, k)));
            }
        }
        return rows;
    }

    /** Sum of every user's id and the ids of its favourites: what W2 must see. */
    public static long eagerChecksum() {
        long sum = 0;
        for (long u = 1; u <= USERS; u++) {
            sum += u + favoritesChecksum(u);
        }
        return sum;
    }

    /** Sum of the ids of one user's favourites. */
    public static long favoritesChecksum(long user) {
        long sum = 0;
        for (int k = 0; k < FAVORITES; k++) sum += favorite(user, k);
        return sum;
    }
}
