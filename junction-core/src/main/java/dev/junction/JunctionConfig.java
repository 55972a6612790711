package dev.junction;

import dev.junction.internal.Arguments;
import dev.junction.spi.TransactionHook;
import java.time.Duration;
import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How to open a {@link Junction}: where the database is, how large the pool is, and the database-wide model
 * defaults. Immutable; build one with {@link #builder()}.
 *
 * <pre>{@code
 * Junction db = Junction.open(JunctionConfig.builder()
 *         .url("jdbc:postgresql://localhost/shows").user("app").password(secret)
 *         .maxPoolSize(8).minimumIdle(2).connectionTimeout(Duration.ofSeconds(5)).poolName("shows")
 *         .dataSourceProperty("ApplicationName", "shows-api")
 *         .build());
 * }</pre>
 *
 * @param url           JDBC URL; {@code jdbc:h2:}, {@code jdbc:sqlite:}, {@code jdbc:postgresql:}, {@code jdbc:mariadb:}
 *                      or {@code jdbc:mysql:}; {@code null} when {@code dataSource} is given
 * @param user          database user, or {@code null}
 * @param password      password, or {@code null}
 * @param maxPoolSize   most connections the pool holds (unused with a {@code dataSource}: its pool decides)
 * @param timestamps    whether models keep createdAt/updatedAt unless they say otherwise (default true)
 * @param underscored   whether models use snake_case columns and tables unless they say otherwise (default false)
 * @param logParameters whether bound values appear in the SQL log and listener (default true)
 * @param listener      told about every statement, or {@code null}
 * @param retryLockTimeouts whether a transaction Junction owns is run again after a {@link LockTimeoutException},
 *                      as after a deadlock (default false: thrown after one attempt)
 * @param leakDetection how long a connection may be held (by a stream not closed, a transaction not ended) before
 *                      HikariCP logs a warning with the stack trace of the call that took it; {@link Duration#ZERO}
 *                      (the default) for never; at least 2 s otherwise
 * @param jsonCodec     writes and reads the values of json() attributes, or {@code null} (the default) for Jackson's
 *                      {@code ObjectMapper} when {@code jackson-databind} is on the classpath
 * @param pool          the pool's other settings: minimum idle, timeouts, name, driver properties
 * @param dataSource    the application's {@code DataSource} (its pool) to take connections from instead of a pool
 *                      of Junction's own, or {@code null}; Junction never closes it
 * @param transactionHook puts Junction's work into a framework's transactions, or {@code null} (the default)
 * @param replicas      read replicas, and how reads choose between them and the primary ({@link ReplicaSettings#NONE}:
 *                      every statement goes to the primary)
 * @param conflictAttempts how often a transaction or single statement Junction owns is run when it keeps colliding
 *                      with concurrent ones ({@link TransactionConflictException}), the first run included (1: never
 *                      again; 0: the database's default, 5, or 10 on a Galera cluster)
 * @param causalReads   on a MariaDB Galera cluster, whether every read first waits until its node has applied what the
 *                      cluster committed ({@code wsrep_sync_wait = 15}; default true); ignored elsewhere
 */
public record JunctionConfig(String url, String user, String password, int maxPoolSize, boolean timestamps,
                             boolean underscored, boolean logParameters, SqlListener listener,
                             boolean retryLockTimeouts, Duration leakDetection, JsonCodec jsonCodec,
                             PoolSettings pool, DataSource dataSource, TransactionHook transactionHook,
                             ReplicaSettings replicas, int conflictAttempts, boolean causalReads) {

    /** The default of {@link Builder#conflictAttempts(int)} on one server (and on replicas). */
    public static final int DEFAULT_CONFLICT_ATTEMPTS = 5;
    /**
     * The default of {@link Builder#conflictAttempts(int)} on a Galera cluster, where every node's writers meet at
     * commit: under a stream of writes to one row through the other nodes, five attempts left a few in a thousand
     * hot-owner {@code set}s failing (measured on three local nodes).
     */
    public static final int DEFAULT_CLUSTER_CONFLICT_ATTEMPTS = 10;

    public JunctionConfig {
        checkSource(url, user, password, dataSource);
        if (maxPoolSize < 1) {
            throw new ValidationException(null, null, "JunctionConfig: maxPoolSize must be at least 1, was "
                    + maxPoolSize);
        }
        Arguments.given(leakDetection, "JunctionConfig", "leakDetection");
        if (!leakDetection.isZero() && leakDetection.compareTo(Duration.ofSeconds(2)) < 0) {
            throw new ValidationException(null, null, "JunctionConfig: leakDetection must be zero (off) or at least"
                    + " 2 s (HikariCP's least), was " + leakDetection);
        }
        Arguments.given(pool, "JunctionConfig", "pool");
        Arguments.given(replicas, "JunctionConfig", "replicas");
        if (conflictAttempts < 0) {
            throw new ValidationException(null, null, "JunctionConfig: conflictAttempts must be at least 1 (one"
                    + " attempt, never run again), or 0 for the database's default, was " + conflictAttempts);
        }
        if (pool.minimumIdle() > maxPoolSize) {
            throw new ValidationException(null, null, "JunctionConfig: minimumIdle (" + pool.minimumIdle()
                    + ") must not exceed maxPoolSize (" + maxPoolSize + ")");
        }
    }

    /** Exactly one of a URL (with its user and password) and a {@code DataSource} (which knows its own). */
    private static void checkSource(String url, String user, String password, DataSource dataSource) {
        if (dataSource == null) {
            Arguments.given(url, "JunctionConfig", "url");
        } else if (url != null || user != null || password != null) {
            throw new ValidationException(null, null, "JunctionConfig: give either a url (with user and password)"
                    + " or a dataSource, not both: the DataSource already knows where the database is");
        }
    }

    /** The configuration with its password, and any password in its URL, hidden. */
    @Override
    public String toString() {
        return "JunctionConfig[url=" + new dev.junction.internal.jdbc.PasswordMask(url, password).mask(url) + ", user="
                + user + ", password=" + (password == null ? null : "***") + ", maxPoolSize=" + maxPoolSize
                + ", timestamps=" + timestamps + ", underscored=" + underscored + ", logParameters=" + logParameters
                + ", listener=" + listener + ", retryLockTimeouts=" + retryLockTimeouts + ", leakDetection="
                + leakDetection + ", jsonCodec=" + jsonCodec + ", pool=" + pool + ", dataSource=" + dataSource
                + ", transactionHook=" + transactionHook + ", replicas=" + replicas + ", conflictAttempts="
                + conflictAttempts + ", causalReads=" + causalReads + "]";
    }

    /** A builder with the defaults: pool of 10, timestamps on, camelCase columns, parameters logged. */
    public static Builder builder() {
        return new Builder();
    }

    /** A copy of this configuration with another URL. */
    public JunctionConfig withUrl(String newUrl) {
        return new JunctionConfig(newUrl, user, password, maxPoolSize, timestamps, underscored, logParameters,
                listener, retryLockTimeouts, leakDetection, jsonCodec, pool, dataSource, transactionHook, replicas,
                conflictAttempts, causalReads);
    }

    /** Builds a {@link JunctionConfig}. Not thread-safe. */
    public static final class Builder {
        private String url;
        private String user;
        private String password;
        private int maxPoolSize = 10;
        private boolean timestamps = true;
        private boolean underscored;
        private boolean logParameters = true;
        private SqlListener listener;
        private boolean retryLockTimeouts;
        private Duration leakDetection = Duration.ZERO;
        private JsonCodec jsonCodec;
        private DataSource dataSource;
        private TransactionHook transactionHook;
        private int minimumIdle = PoolSettings.DEFAULTS.minimumIdle();
        private Duration connectionTimeout = PoolSettings.DEFAULTS.connectionTimeout();
        private Duration idleTimeout = PoolSettings.DEFAULTS.idleTimeout();
        private Duration maxLifetime = PoolSettings.DEFAULTS.maxLifetime();
        private String poolName;
        private final Map<String, String> dataSourceProperties = new LinkedHashMap<>();
        private final List<String> replicaUrls = new ArrayList<>();
        private final List<DataSource> replicaDataSources = new ArrayList<>();
        private boolean usePrimary;
        private Duration readYourWrites = Duration.ZERO;
        private int conflictAttempts; // 0: the database's default
        private boolean causalReads = true;

        private Builder() {
        }

        public Builder url(String url) {
            this.url = url;
            return this;
        }

        public Builder user(String user) {
            this.user = user;
            return this;
        }

        public Builder password(String password) {
            this.password = password;
            return this;
        }

        public Builder maxPoolSize(int maxPoolSize) {
            this.maxPoolSize = maxPoolSize;
            return this;
        }

        public Builder timestamps(boolean timestamps) {
            this.timestamps = timestamps;
            return this;
        }

        public Builder underscored(boolean underscored) {
            this.underscored = underscored;
            return this;
        }

        public Builder logParameters(boolean logParameters) {
            this.logParameters = logParameters;
            return this;
        }

        public Builder listener(SqlListener listener) {
            this.listener = listener;
            return this;
        }

        /**
         * Whether a write Junction runs in a transaction of its own is run again after a {@link LockTimeoutException},
         * as after a deadlock or serialization failure (default false). Each attempt may wait the database's whole
         * lock timeout, so leave it off unless that timeout is short.
         */
        public Builder retryLockTimeouts(boolean retryLockTimeouts) {
            this.retryLockTimeouts = retryLockTimeouts;
            return this;
        }

        /**
         * How often a transaction or single statement that Junction runs on its own — an association's {@code set},
         * a {@code bulkCreate}, a model's {@code create}, {@code update} or {@code destroy} outside your transaction —
         * is run when it keeps colliding with concurrent ones (a deadlock, a serialization failure, a Galera
         * certification failure: a {@link TransactionConflictException}), the first run included; at least 1 (never
         * run again); by default 5, and 10 on a Galera cluster. Between attempts Junction pauses a random while, longer each time (under 10,
         * 20, 40 … ms, at most 640; on a Galera cluster under 100, 200, 400 … ms, at most 6.4 s). Work inside your
         * own transaction is never run again: the exception reaches you.
         */
        public Builder conflictAttempts(int attempts) {
            if (attempts < 1) {
                throw new ValidationException(null, null, "JunctionConfig: conflictAttempts must be at least 1 (one"
                        + " attempt, never run again), was " + attempts);
            }
            this.conflictAttempts = attempts;
            return this;
        }

        /**
         * On a MariaDB Galera cluster (detected when Junction opens), whether every connection reads causally
         * ({@code SET SESSION wsrep_sync_wait = 15}): every statement — a read, and the WHERE of an update or delete,
         * the foreign key checks of an insert — waits until its node has applied every transaction the cluster
         * committed before it, so a row written through one node is seen through another right after (default true).
         * Off, statements are faster and may miss such rows for a moment; an association's {@code set} still reads
         * its links causally. Ignored on other databases.
         */
        public Builder causalReads(boolean causalReads) {
            this.causalReads = causalReads;
            return this;
        }

        /**
         * Logs a warning, with the stack trace of the call that took it, for every connection held longer than
         * {@code threshold}: a stream left unclosed after {@code findFirst()}, a transaction never ended. Off by
         * default (it costs a stack trace per connection taken); {@link Duration#ZERO} turns it off.
         */
        public Builder leakDetection(Duration threshold) {
            this.leakDetection = threshold;
            return this;
        }

        /**
         * Writes and reads the values of json() attributes with {@code codec} — {@link JsonCodec#jackson(Object)}
         * for a configured ObjectMapper — instead of Jackson's default ObjectMapper; {@code null} for the default.
         */
        public Builder jsonCodec(JsonCodec codec) {
            this.jsonCodec = codec;
            return this;
        }

        /**
         * Takes connections from the application's {@code DataSource} (its pool) instead of opening a pool of
         * Junction's own; the dialect is read from the database's metadata. {@link Junction#close()} leaves it open.
         * Not together with {@link #url}, {@link #user} or {@link #password}.
         */
        public Builder dataSource(DataSource dataSource) {
            this.dataSource = dataSource;
            return this;
        }

        /** Puts Junction's operations into a framework's transactions (see {@link TransactionHook}). */
        public Builder transactionHook(TransactionHook hook) {
            this.transactionHook = hook;
            return this;
        }

        /** Connections kept open while idle (default 1, at most {@link #maxPoolSize}). */
        public Builder minimumIdle(int minimumIdle) {
            this.minimumIdle = minimumIdle;
            return this;
        }

        /** How long an operation waits for a free connection before a {@link ConnectionException} (default 30 s). */
        public Builder connectionTimeout(Duration timeout) {
            this.connectionTimeout = timeout;
            return this;
        }

        /** How long a connection beyond the minimum may sit idle before it is closed (default 10 min; zero: never). */
        public Builder idleTimeout(Duration timeout) {
            this.idleTimeout = timeout;
            return this;
        }

        /** How long a connection lives before the pool replaces it (default 30 min; zero: no limit). */
        public Builder maxLifetime(Duration lifetime) {
            this.maxLifetime = lifetime;
            return this;
        }

        /** The pool's name in its threads' names and log lines ({@code null}, the default: {@code junction-N}). */
        public Builder poolName(String name) {
            this.poolName = name;
            return this;
        }

        /**
         * A property handed to the JDBC driver with every connection, such as PostgreSQL's {@code ApplicationName};
         * it takes precedence over Junction's default for the dialect (SQLite's {@code busy_timeout}), and a
         * setting written in the URL wins over it.
         */
        public Builder dataSourceProperty(String name, String value) {
            if (name == null || name.isBlank() || value == null) {
                throw new ValidationException(null, null, "JunctionConfig: a data-source property needs a name and a"
                        + " value, was " + name + "=" + value);
            }
            this.dataSourceProperties.put(name, value);
            return this;
        }

        /** Adds every entry of {@code properties} as a {@link #dataSourceProperty}. */
        public Builder dataSourceProperties(Map<String, String> properties) {
            Arguments.given(properties, "JunctionConfig.dataSourceProperties", "properties").forEach(this::dataSourceProperty);
            return this;
        }

        /**
         * Read replicas of the primary (Sequelize's {@code replication.read}): reads outside a transaction go to them in
         * turn, writes and transactions to the primary ({@link #url}), read-only transactions to a replica. Each gets a
         * HikariCP pool with the primary's settings and its user and password, unless its URL carries its own; a
         * replica that is down does not fail {@link Junction#open}, it is skipped. Adds to those given before.
         */
        public Builder replicas(String... urls) {
            return replicas(java.util.Arrays.asList(Arguments.given(urls, "JunctionConfig.replicas", "urls")));
        }

        /** Like {@link #replicas(String...)}. */
        public Builder replicas(List<String> urls) {
            this.replicaUrls.addAll(Arguments.given(urls, "JunctionConfig.replicas", "urls"));
            return this;
        }

        /**
         * Read replicas behind the application's own pools, routed as {@link #replicas(String...)}; Junction leaves
         * them open when it closes. Adds to those given before.
         */
        public Builder replicaDataSources(DataSource... dataSources) {
            return replicaDataSources(java.util.Arrays.asList(Arguments.given(dataSources,
                    "JunctionConfig.replicaDataSources", "dataSources")));
        }

        /** Like {@link #replicaDataSources(DataSource...)}. */
        public Builder replicaDataSources(List<DataSource> dataSources) {
            this.replicaDataSources.addAll(Arguments.given(dataSources, "JunctionConfig.replicaDataSources",
                    "dataSources"));
            return this;
        }

        /**
         * Whether reads outside transactions stay on the primary although replicas are configured (default false);
         * read-only transactions still run on a replica. {@link Junction#usePrimary} does it for one call.
         */
        public Builder usePrimary(boolean usePrimary) {
            this.usePrimary = usePrimary;
            return this;
        }

        /**
         * After a write, keeps the reads of the thread that wrote on the primary for {@code window}, so that it reads
         * what it wrote however far the replicas lag; {@link Duration#ZERO} (the default) turns it off.
         */
        public Builder readYourWrites(Duration window) {
            this.readYourWrites = window;
            return this;
        }

        public JunctionConfig build() {
            return new JunctionConfig(url, user, password, maxPoolSize, timestamps, underscored, logParameters,
                    listener, retryLockTimeouts, leakDetection, jsonCodec, new PoolSettings(minimumIdle,
                    connectionTimeout, idleTimeout, maxLifetime, poolName, dataSourceProperties), dataSource,
                    transactionHook, new ReplicaSettings(replicaUrls, replicaDataSources, usePrimary, readYourWrites),
                    conflictAttempts, causalReads);
        }
    }
}
