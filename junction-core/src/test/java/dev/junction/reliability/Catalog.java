package dev.junction.reliability;

import static dev.junction.association.Associations.as;

import dev.junction.Junction;
import dev.junction.JunctionConfig;
import dev.junction.Model;
import dev.junction.association.BelongsToMany;
import dev.junction.association.Through;
import dev.junction.testing.Backend;
import dev.junction.testing.TestTarget;
import dev.junction.testing.Topology;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * The reliability tests' fixture: users, shows and two many-to-many links between them — {@code Favorites}
 * (unique: one row per pair, table UserFavorites) and {@code Watched} (unique(false): one row per viewing, table
 * Viewings) — plus a plain JDBC view of what the join tables really hold.
 */
final class Catalog {
    /**
     * Whether {@code sql} is a {@code set}'s lock of its owner's row: {@code SELECT 1 FROM "Users" WHERE … FOR …}, or on
     * MariaDB the lock and the read of the links as one ({@code SELECT … FROM "Users" o LEFT JOIN … FOR UPDATE}).
     * Not H2's lock of the rows new links refer to.
     */
    static boolean isOwnerLock(String sql) {
        return sql.matches("SELECT 1 FROM \\S+ WHERE .* FOR .*")
                || sql.matches("SELECT .* FROM \\S+ o LEFT JOIN .* FOR .*");
    }

    record User(Long id, String username) { }

    record Show(Long id, String title) { }

    final TestTarget target;
    final Junction db;
    final Model<User> users;
    final Model<Show> shows;
    final BelongsToMany<User, Show> favorites;
    final BelongsToMany<User, Show> watched;

    Catalog(TestTarget target, UnaryOperator<JunctionConfig.Builder> config) {
        this.target = target;
        this.db = target.open(config);
        this.users = db.define(User.class);
        this.shows = db.define(Show.class);
        this.favorites = users.belongsToMany(shows, as("Favorites").through("UserFavorites"));
        this.watched = users.belongsToMany(shows, as("Watched").through(Through.of("Viewings").unique(false)));
        db.sync();
    }

    /** The databases that lock rows (SQLite lets one writing transaction in at a time), one fresh target each. */
    static Stream<TestTarget> rowLockingDatabases() {
        return Stream.of(Backend.POSTGRESQL, Backend.MARIADB, Backend.H2).filter(Topology.backends()::contains)
                .map(TestTarget::new);
    }

    /** The two servers, whose connections can be killed from outside. */
    static Stream<TestTarget> servers() {
        return Stream.of(Backend.POSTGRESQL, Backend.MARIADB).filter(Topology.backends()::contains)
                .map(TestTarget::new);
    }

    List<User> createUsers(int count) {
        List<User> created = new ArrayList<>();
        for (int i = 0; i < count; i++) created.add(new User(null, "user" + i));
        return users.bulkCreate(created);
    }

    List<Show> createShows(int count) {
        List<Show> created = new ArrayList<>();
        for (int i = 0; i < count; i++) created.add(new Show(null, "show" + i));
        return shows.bulkCreate(created);
    }

    /** The Favorites links as they are in the database: user id → show ids, sorted, duplicates kept. */
    Map<Long, List<Long>> favoriteRows() throws SQLException {
        try (Connection c = target.jdbc()) {
            return favoriteRows(c);
        }
    }

    /** The Favorites links, read on an open plain JDBC connection. */
    Map<Long, List<Long>> favoriteRows(Connection jdbc) throws SQLException {
        return linkRows(jdbc, "UserFavorites");
    }

    /** The Watched links as they are in the database: user id → show ids, sorted, one entry per row. */
    Map<Long, List<Long>> watchedRows() throws SQLException {
        try (Connection c = target.jdbc()) {
            return watchedRows(c);
        }
    }

    /** The Watched links, read on an open plain JDBC connection. */
    Map<Long, List<Long>> watchedRows(Connection jdbc) throws SQLException {
        return linkRows(jdbc, "Viewings");
    }

    private Map<Long, List<Long>> linkRows(Connection jdbc, String table) throws SQLException {
        String sql = "SELECT " + q("UserId") + ", " + q("ShowId") + " FROM " + q(table) + " ORDER BY 1, 2";
        Map<Long, List<Long>> links = new TreeMap<>();
        try (Statement s = jdbc.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                links.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
            }
        }
        return links;
    }

    /** How many rows a table has, counted with plain JDBC. */
    long count(String table) throws SQLException {
        try (Connection c = target.jdbc(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + q(table))) {
            rs.next();
            return rs.getLong(1);
        }
    }

    String q(String identifier) {
        return db.dialect().quote(identifier);
    }

    /**
     * Inserts the link of {@code user} and {@code show} on {@code holder} in a transaction left open, so that a
     * concurrent write of the same link waits for it.
     */
    void insertUncommittedLink(Connection holder, User user, Show show) throws SQLException {
        holder.setAutoCommit(false);
        try (java.sql.PreparedStatement insert = holder.prepareStatement("INSERT INTO " + q("UserFavorites") + " ("
                + q("UserId") + ", " + q("ShowId") + ", " + q("createdAt") + ", " + q("updatedAt")
                + ") VALUES (?, ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")) {
            insert.setLong(1, user.id());
            insert.setLong(2, show.id());
            insert.executeUpdate();
        }
    }
}
