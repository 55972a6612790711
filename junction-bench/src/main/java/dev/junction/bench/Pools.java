package dev.junction.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * The connection pool the JDBC and Hibernate contenders get: HikariCP sized and set like the one Junction builds
 * for itself (ten connections at most, one kept idle), so that no side wins or loses on pooling.
 */
final class Pools {
    private Pools() {
    }

    /** A HikariCP pool on {@code place}; {@code autoCommit} is the state connections are handed out in. */
    static HikariDataSource hikari(BenchDatabase.Place place, String name, boolean autoCommit) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(name);
        config.setJdbcUrl(place.url());
        if (place.user() != null) config.setUsername(place.user());
        if (place.password() != null) config.setPassword(place.password());
        config.setMaximumPoolSize(10);
        config.setMinimumIdle(1);
        config.setAutoCommit(autoCommit);
        return new HikariDataSource(config);
    }
}
