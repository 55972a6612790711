package dev.junction.internal.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.junction.ConnectionException;
import dev.junction.JunctionConfig;
import dev.junction.PoolSettings;
import dev.junction.dialect.Dialect;
import dev.junction.dialect.SqliteDialect;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Opens Junction's own HikariCP pools — the primary's and the read replicas' — as a configuration says. Stateless. */
public final class HikariPools {
    private HikariPools() {
    }

    /**
     * A pool on {@code url} (without user-info) as {@code config} says, named {@code poolName}. {@code lazy}: whether
     * the pool opens without connecting (a replica that is down must not fail {@code Junction.open}); otherwise an
     * unreachable database is a {@link ConnectionException} now.
     */
    public static HikariDataSource open(Dialect dialect, String url, String user, String password, JunctionConfig config,
                                 String poolName, boolean inMemorySqlite, boolean lazy, PasswordMask mask) {
        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName(poolName);
        hikari.setJdbcUrl(url);
        if (user != null) hikari.setUsername(user);
        if (password != null) hikari.setPassword(password);
        // Every connection of an in-memory SQLite database is a database of its own: keep exactly one, forever.
        int size = inMemorySqlite ? 1 : config.maxPoolSize();
        hikari.setMaximumPoolSize(size);
        hikari.setLeakDetectionThreshold(config.leakDetection().toMillis());
        if (lazy) hikari.setInitializationFailTimeout(-1);
        // sqlite-jdbc refuses to change the read-only flag of an open connection, which HikariCP sets on each: a file
        // opened read-only (open_mode with SQLITE_OPEN_READONLY, 1) keeps the flag it was opened with.
        if (dialect instanceof SqliteDialect && sqliteReadOnly(url)) hikari.setReadOnly(true);
        applyPoolSettings(dialect, hikari, config.pool(), url, inMemorySqlite);
        try {
            return new HikariDataSource(hikari);
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            String message = String.valueOf(cause.getMessage());
            if (message.contains("Failed to get driver instance") || cause instanceof SQLException sql
                    && "08001".equals(sql.getSQLState()) && message.contains("No suitable driver")) {
                throw new ConnectionException("No JDBC driver for " + mask.mask(url) + " on the classpath; add the "
                        + dialect.name() + " driver as a dependency", mask.masked(e));
            }
            throw new ConnectionException("Cannot connect to " + dialect.name() + " at " + mask.mask(url) + ": "
                    + mask.mask(message), mask.masked(e));
        }
    }

    private static boolean sqliteReadOnly(String url) {
        java.util.regex.Matcher mode = java.util.regex.Pattern.compile("[?&]open_mode=(\\d+)").matcher(url);
        return mode.find() && (Integer.parseInt(mode.group(1)) & 1) != 0;
    }

    /**
     * The configured pool settings, then the dialect's connection properties under the user's: a setting the URL
     * gives itself (SQLite's ?busy_timeout=500) is the user's choice, and both yield to it.
     */
    private static void applyPoolSettings(Dialect dialect, HikariConfig hikari, PoolSettings settings, String url,
                                          boolean inMemorySqlite) {
        hikari.setMinimumIdle(Math.min(settings.minimumIdle(), hikari.getMaximumPoolSize()));
        hikari.setConnectionTimeout(settings.connectionTimeout().toMillis());
        hikari.setIdleTimeout(settings.idleTimeout().toMillis());
        hikari.setMaxLifetime(settings.maxLifetime().toMillis());
        if (inMemorySqlite) {
            // Every connection of an in-memory SQLite database is a database of its own: keep exactly one, forever.
            hikari.setMinimumIdle(1);
            hikari.setMaxLifetime(0);
            hikari.setIdleTimeout(0);
        }
        Map<String, String> properties = new LinkedHashMap<>(dialect.connectionProperties());
        properties.putAll(settings.dataSourceProperties());
        properties.forEach((key, value) -> {
            if (!url.contains("?" + key + "=") && !url.contains("&" + key + "=")) hikari.addDataSourceProperty(key, value);
        });
    }
}
