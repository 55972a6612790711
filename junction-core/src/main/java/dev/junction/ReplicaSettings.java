package dev.junction;

import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;

/**
 * Where {@link Junction} sends reads beside the primary: read replicas, set through {@link JunctionConfig.Builder}
 * ({@code replicas}, {@code replicaDataSources}, {@code usePrimary}, {@code readYourWrites}). Immutable.
 *
 * <p>Reads outside a transaction (finds, counts, aggregates, include loading, association getters, streams, raw
 * {@code SELECT} queries) go to the replicas in turn; writes, and everything inside a read-write transaction, go to
 * the primary; a read-only transaction runs on a replica. A replica that cannot be reached is skipped for a while,
 * and with none left reads go to the primary.
 *
 * @param urls           JDBC URLs of the replicas, of the primary's kind of database; each gets a HikariCP pool with the
 *                       primary's settings, user and password (unless its URL carries its own)
 * @param dataSources    the application's pools for replicas (left open when Junction closes)
 * @param usePrimary     whether reads outside transactions stay on the primary by default (read-only transactions
 *                       still run on a replica); default false
 * @param readYourWrites after a write, how long that thread's reads stay on the primary; {@link Duration#ZERO} (the
 *                       default) for not at all
 */
public record ReplicaSettings(List<String> urls, List<DataSource> dataSources, boolean usePrimary,
                              Duration readYourWrites) {
    /** No replicas. */
    public static final ReplicaSettings NONE = new ReplicaSettings(List.of(), List.of(), false, Duration.ZERO);

    public ReplicaSettings {
        if (urls == null || urls.stream().anyMatch(u -> u == null || u.isBlank())) {
            throw new ValidationException(null, null, "JunctionConfig: a replica URL must not be null or blank, was "
                    + (urls == null ? null : urls.stream().map(dev.junction.internal.jdbc.PasswordMask::url).toList()));
        }
        if (dataSources == null || dataSources.stream().anyMatch(java.util.Objects::isNull)) {
            throw new ValidationException(null, null, "JunctionConfig: a replica DataSource must not be null");
        }
        if (readYourWrites == null || readYourWrites.isNegative()) {
            throw new ValidationException(null, null, "JunctionConfig: readYourWrites must be zero (off) or positive,"
                    + " was " + readYourWrites);
        }
        urls = List.copyOf(urls);
        dataSources = List.copyOf(dataSources);
    }

    /** Whether any replica is configured. */
    public boolean any() {
        return !urls.isEmpty() || !dataSources.isEmpty();
    }

    /** The settings with the replicas' passwords hidden. */
    @Override
    public String toString() {
        return "ReplicaSettings[urls=" + urls.stream().map(dev.junction.internal.jdbc.PasswordMask::url).toList()
                + ", dataSources=" + dataSources + ", usePrimary=" + usePrimary + ", readYourWrites="
                + readYourWrites + "]";
    }
}
