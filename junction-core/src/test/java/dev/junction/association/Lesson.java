package dev.junction.association;

import static dev.junction.association.Associations.as;
import static dev.junction.association.Associations.through;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.testing.TestTarget;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The lesson's models — users keep favourite shows through "UserFavorites" — declared as the lesson declares them,
 * plus plain JDBC for checking what was written behind Junction's back.
 */
final class Lesson {
    record User(Long id, String username) {
        User(String username) {
            this(null, username);
        }
    }

    record Show(Long id, String title) {
        Show(String title) {
            this(null, title);
        }
    }

    final Junction db;
    final Model<User> users;
    final Model<Show> shows;
    final BelongsToMany<User, Show> favorites;
    final BelongsToMany<Show, User> fans;

    private Lesson(Junction db) {
        this.db = db;
        this.users = db.define(User.class);
        this.shows = db.define(Show.class);
        this.favorites = users.belongsToMany(shows, as("Favorites").through("UserFavorites"));
        this.fans = shows.belongsToMany(users, through("UserFavorites"));
        db.sync();
    }

    /** The lesson's models, synced, on {@code db}. */
    static Lesson on(Junction db) {
        return new Lesson(db);
    }

    User user(String name) {
        return users.create(new User(name));
    }

    Show show(String title) {
        return shows.create(new Show(title));
    }

    /** How many rows {@code table} holds, counted with plain JDBC. */
    static long rows(TestTarget target, Junction db, String table) {
        return number(target, "SELECT COUNT(*) FROM " + db.dialect().quote(table));
    }

    /** The first column of the first row of {@code sql} as a number, read with plain JDBC. */
    static long number(TestTarget target, String sql, Object... values) {
        try (Connection c = target.jdbc(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Runs {@code sql} with plain JDBC; returns the update count. */
    static int execute(TestTarget target, String sql, Object... values) {
        try (Connection c = target.jdbc(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
