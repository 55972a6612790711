package dev.junction.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Hand-written JDBC, the limit: a HikariCP pool like Junction's, and the statements an expert writes for each
 * database — prepared, batched (PostgreSQL's driver rewrites batches into multi-row INSERTs), one JOIN for eager
 * loading, and the database's own insert-if-absent.
 */
public final class JdbcSide implements AutoCloseable {
    static final String INSERT_LINK = "INSERT INTO \"UserFavorites\" (\"UserId\", \"ShowId\") VALUES (?, ?)";
    static final String FAVORITES_OF = "SELECT s.\"id\", s.\"title\" FROM \"Shows\" s JOIN \"UserFavorites\" f"
            + " ON f.\"ShowId\" = s.\"id\" WHERE f.\"UserId\" = ?";
    static final String USERS_WITH_FAVORITES = "SELECT u.\"id\", u.\"username\", s.\"id\", s.\"title\""
            + " FROM \"Users\" u LEFT JOIN \"UserFavorites\" f ON f.\"UserId\" = u.\"id\""
            + " LEFT JOIN \"Shows\" s ON s.\"id\" = f.\"ShowId\"";
    static final String LINKED_SHOW_IDS = "SELECT \"ShowId\" FROM \"UserFavorites\" WHERE \"UserId\" = ?";
    static final String ALL_USERS = "SELECT \"id\", \"username\" FROM \"Users\"";

    private final HikariDataSource pool;
    private final BenchDatabase database;

    private JdbcSide(HikariDataSource pool, BenchDatabase database) {
        this.pool = pool;
        this.database = database;
    }

    public static JdbcSide open(BenchDatabase.Place place) {
        return new JdbcSide(Pools.hikari(place, "jdbc", true), place.database());
    }

    /** A pooled connection in auto-commit. */
    public Connection connect() throws SQLException {
        return pool.getConnection();
    }

    /** Work done on one connection. */
    @FunctionalInterface
    public interface Work {
        void run(Connection c) throws SQLException;
    }

    /** Runs {@code work} in one transaction on a pooled connection: committed, or rolled back and rethrown. */
    public void transaction(Work work) throws SQLException {
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            try {
                work.run(c);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    /** The shows a user's links name ({@link #LINKED_SHOW_IDS}). */
    static Set<Long> linkedShows(Connection c, long user) throws SQLException {
        Set<Long> linked = new HashSet<>();
        try (PreparedStatement select = c.prepareStatement(LINKED_SHOW_IDS)) {
            select.setLong(1, user);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) linked.add(rs.getLong(1));
            }
        }
        return linked;
    }

    /** The keys of {@code keys} not in {@code excluded}, in order. */
    static List<Long> without(Collection<Long> keys, Collection<Long> excluded) {
        Set<Long> out = excluded instanceof Set<Long> set ? set : new HashSet<>(excluded);
        List<Long> kept = new ArrayList<>();
        for (Long key : keys) if (!out.contains(key)) kept.add(key);
        return kept;
    }

    public boolean postgres() {
        return database == BenchDatabase.POSTGRESQL;
    }

    public BenchDatabase database() {
        return database;
    }

    /**
     * Insert-if-absent of one link: ON CONFLICT DO NOTHING, H2's MERGE … KEY, or MariaDB's no-op
     * {@code ON DUPLICATE KEY UPDATE} (not {@code INSERT IGNORE}, which would also turn a missing user or show into a
     * warning).
     */
    public String addLink() {
        return switch (database) {
            case POSTGRESQL -> INSERT_LINK + " ON CONFLICT DO NOTHING";
            case H2 -> "MERGE INTO \"UserFavorites\" (\"UserId\", \"ShowId\") KEY (\"UserId\", \"ShowId\") VALUES (?, ?)";
            case MARIADB -> INSERT_LINK + " ON DUPLICATE KEY UPDATE \"UserId\" = \"UserId\"";
        };
    }

    /** A link's timestamp: a {@code TIMESTAMP WITH TIME ZONE}, or on MariaDB the UTC {@code DATETIME} Junction keeps. */
    public Instant instant(ResultSet rs, int column) throws SQLException {
        return database == BenchDatabase.MARIADB ? rs.getObject(column, LocalDateTime.class).toInstant(ZoneOffset.UTC)
                : rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    /** Deletes one user's links to the given shows: one array parameter on PostgreSQL, an IN list elsewhere. */
    public String deleteLinks(int count) {
        String head = "DELETE FROM \"UserFavorites\" WHERE \"UserId\" = ? AND \"ShowId\" ";
        if (postgres()) return head + "= ANY(?)";
        StringBuilder in = new StringBuilder(head).append("IN (");
        for (int i = 0; i < count; i++) in.append(i == 0 ? "?" : ", ?");
        return in.append(')').toString();
    }

    @Override
    public void close() {
        pool.close();
    }
}
