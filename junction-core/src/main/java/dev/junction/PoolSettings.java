package dev.junction;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How {@link Junction}'s HikariCP pool keeps its connections, beside {@link JunctionConfig#maxPoolSize()}; set through
 * {@link JunctionConfig.Builder} ({@code minimumIdle}, {@code connectionTimeout}, {@code idleTimeout},
 * {@code maxLifetime}, {@code poolName}, {@code dataSourceProperty}). Immutable.
 *
 * @param minimumIdle          connections kept open while idle (default 1; at most maxPoolSize)
 * @param connectionTimeout    how long an operation waits for a free connection before a {@link ConnectionException}
 *                             (default 30 s; at least 250 ms)
 * @param idleTimeout          how long a connection beyond {@code minimumIdle} may sit idle before it is closed
 *                             (default 10 min; zero for never, else at least 10 s)
 * @param maxLifetime          how long a connection lives before the pool replaces it, between uses (default 30 min;
 *                             zero for no limit, else at least 30 s); keep it below the database's own time limit
 * @param poolName             the pool's name in its threads' names and its log lines, or {@code null} for
 *                             {@code junction-N}
 * @param dataSourceProperties properties handed to the JDBC driver with every connection (PostgreSQL's
 *                             {@code ApplicationName}, MariaDB's {@code sessionVariables}, SQLite's
 *                             {@code busy_timeout}…); they take precedence over Junction's own defaults for the
 *                             dialect, but a setting written in the URL wins over both
 */
public record PoolSettings(int minimumIdle, Duration connectionTimeout, Duration idleTimeout, Duration maxLifetime,
                           String poolName, Map<String, String> dataSourceProperties) {
    /** Junction's defaults. */
    public static final PoolSettings DEFAULTS = new PoolSettings(1, Duration.ofSeconds(30), Duration.ofMinutes(10),
            Duration.ofMinutes(30), null, Map.of());

    public PoolSettings {
        if (minimumIdle < 0) {
            throw invalid("minimumIdle must be zero or more, was " + minimumIdle);
        }
        if (connectionTimeout == null || connectionTimeout.toMillis() < 250) {
            throw invalid("connectionTimeout must be at least 250 ms (HikariCP's least), was " + connectionTimeout);
        }
        checkZeroOrAtLeast("idleTimeout", idleTimeout, Duration.ofSeconds(10));
        checkZeroOrAtLeast("maxLifetime", maxLifetime, Duration.ofSeconds(30));
        if (poolName != null && poolName.isBlank()) {
            throw invalid("poolName must not be blank (null for junction-N)");
        }
        if (dataSourceProperties == null) {
            throw invalid("dataSourceProperties must not be null");
        }
        Map<String, String> copy = new LinkedHashMap<>();
        dataSourceProperties.forEach((key, value) -> {
            if (key == null || key.isBlank() || value == null) {
                throw invalid("a data-source property needs a name and a value, was " + key + "=" + value);
            }
            copy.put(key, value);
        });
        dataSourceProperties = Collections.unmodifiableMap(copy);
    }

    /** The settings, with the value of any data-source property whose name mentions a password hidden. */
    @Override
    public String toString() {
        Map<String, String> shown = new LinkedHashMap<>();
        dataSourceProperties.forEach((key, value) -> shown.put(key,
                key.toLowerCase(java.util.Locale.ROOT).contains("password") ? "***" : value));
        return "PoolSettings[minimumIdle=" + minimumIdle + ", connectionTimeout=" + connectionTimeout
                + ", idleTimeout=" + idleTimeout + ", maxLifetime=" + maxLifetime + ", poolName=" + poolName
                + ", dataSourceProperties=" + shown + "]";
    }

    private static void checkZeroOrAtLeast(String setting, Duration value, Duration least) {
        if (value == null || value.isNegative() || !value.isZero() && value.compareTo(least) < 0) {
            throw invalid(setting + " must be zero or at least " + least.toSeconds() + " s (HikariCP's least), was "
                    + value);
        }
    }

    private static ValidationException invalid(String message) {
        return new ValidationException(null, null, "JunctionConfig: " + message);
    }
}
