package dev.junction.internal.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import dev.junction.ConnectionException;
import dev.junction.JunctionConfig;
import dev.junction.PoolSettings;
import dev.junction.PoolStats;
import dev.junction.dialect.Dialect;
import dev.junction.internal.Runtime;
import dev.junction.internal.cluster.GaleraCluster;
import dev.junction.internal.model.ModelRegistry;
import dev.junction.internal.transaction.TransactionScope;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * The runtime of one open {@code Junction}: its pool, dialect, statement runner, transaction scope and models.
 * Thread-safe.
 */
public final class Database implements Runtime, AutoCloseable {
    private static final AtomicInteger POOLS = new AtomicInteger();

    private final JunctionConfig config;
    private final Dialect dialect;
    /** Where connections come from: Junction's own pool, or the application's {@code DataSource}. */
    private final DataSource dataSource;
    /** Junction's own pool, which it closes; {@code null} on an application's {@code DataSource}. */
    private final HikariDataSource ownPool;
    private final ConnectionPool pool;
    private final PasswordMask mask;
    private final ModelRegistry registry;
    private final dev.junction.association.internal.AssociationRegistry associations;
    private final SqlRunner runner;
    private final TransactionScope scope;
    private final boolean inMemoryH2;
    private final StatementSizeLimit statementSizeLimit;
    private final GaleraCluster cluster;

    public Database(JunctionConfig given) {
        BorrowedConnectionSetup setup = null;
        if (given.dataSource() != null) {
            // The application's pool: Junction takes connections from it, and leaves it open at close.
            this.config = given;
            this.mask = new PasswordMask(null, null);
            this.dataSource = given.dataSource();
            this.ownPool = null;
            this.inMemoryH2 = false;
            Sample sample = sample(dataSource, mask);
            this.dialect = sample.dialect();
            setup = sample.setup();
        } else {
            this.dialect = DialectForUrl.of(given.url());
            this.mask = new PasswordMask(given.url(), given.password());
            UrlCredentials credentials = UrlCredentials.of(given.url());
            JunctionConfig config = given.withUrl(credentials.url());
            String lower = config.url().toLowerCase(Locale.ROOT);
            // An in-memory H2 database lives while a connection is open. Unless the URL says otherwise, keep it for
            // exactly as long as this Junction: DB_CLOSE_DELAY=-1 now, SHUTDOWN at close.
            this.inMemoryH2 = lower.startsWith("jdbc:h2:mem:") && !lower.contains("db_close_delay");
            boolean inMemorySqlite = lower.startsWith("jdbc:sqlite::memory:") || lower.equals("jdbc:sqlite:")
                    || lower.contains("mode=memory");
            String url = inMemoryH2 ? config.url() + ";DB_CLOSE_DELAY=-1" : config.url();
            this.config = config.withUrl(url);
            this.ownPool = pool(url, config, credentials, inMemorySqlite);
            this.dataSource = ownPool;
        }
        this.registry = new ModelRegistry(this, this.config);
        this.associations = new dev.junction.association.internal.AssociationRegistry(this);
        boolean galera = galera(dialect, dataSource, mask);
        ErrorTranslator errors = new ErrorTranslator(dialect, registry::constraintColumns, this::connectionLost,
                galera);
        this.runner = new SqlRunner(dialect, new StatementLog(config.listener(), config.logParameters()), errors);
        this.pool = new ConnectionPool(dataSource, mask, setup);
        this.cluster = galera ? GaleraCluster.of(this.config.causalReads(), pool::connect, runner) : GaleraCluster.NONE;
        if (cluster.causalReads()) {
            pool.readyEachConnection(connection -> {
                cluster.ready(connection);
                return null;
            });
        }
        this.scope = new TransactionScope(pool, errors, config.retryLockTimeouts(), config.transactionHook(),
                this.config.conflictAttempts());
        this.statementSizeLimit = new StatementSizeLimit(dialect);
    }

    /** Whether the database is a Galera cluster (asked of MariaDB/MySQL only, on a connection of its own). */
    private static boolean galera(Dialect dialect, DataSource dataSource, PasswordMask mask) {
        if (!(dialect instanceof dev.junction.dialect.MariaDbDialect)) return false;
        try (Connection connection = dataSource.getConnection()) {
            return GaleraCluster.detect(dialect, connection);
        } catch (SQLException e) {
            throw new ConnectionException("Cannot get a connection to " + dialect.name() + ": "
                    + mask.mask(e.getMessage()), mask.masked(e));
        }
    }

    /** What one connection of an application's {@code DataSource} tells: its dialect, and what to ready on a borrow. */
    private record Sample(Dialect dialect, BorrowedConnectionSetup setup) { }

    private static Sample sample(DataSource dataSource, PasswordMask mask) {
        try (Connection connection = dataSource.getConnection()) {
            Dialect dialect = DialectForDatabase.of(connection.getMetaData());
            return new Sample(dialect, BorrowedConnectionSetup.of(dialect, connection));
        } catch (SQLException e) {
            throw new ConnectionException("Cannot get a connection from the DataSource " + dataSource + ": "
                    + mask.mask(e.getMessage()), mask.masked(e));
        }
    }

    private HikariDataSource pool(String url, JunctionConfig config, UrlCredentials credentials,
                                  boolean inMemorySqlite) {
        HikariConfig hikari = new HikariConfig();
        String poolName = config.pool().poolName();
        hikari.setPoolName(poolName != null ? poolName : "junction-" + POOLS.incrementAndGet());
        hikari.setJdbcUrl(url);
        String user = config.user() != null ? config.user() : credentials.user();
        String password = config.password() != null ? config.password() : credentials.password();
        if (user != null) hikari.setUsername(user);
        if (password != null) hikari.setPassword(password);
        // Every connection of an in-memory SQLite database is a database of its own: keep exactly one, forever.
        int size = inMemorySqlite ? 1 : config.maxPoolSize();
        hikari.setMaximumPoolSize(size);
        hikari.setLeakDetectionThreshold(config.leakDetection().toMillis());
        applyPoolSettings(hikari, config.pool(), url, inMemorySqlite);
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

    /**
     * The configured pool settings, then the dialect's connection properties under the user's: a setting the URL
     * gives itself (SQLite's ?busy_timeout=500) is the user's choice, and both yield to it.
     */
    private void applyPoolSettings(HikariConfig hikari, PoolSettings settings, String url, boolean inMemorySqlite) {
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
        java.util.Map<String, String> properties = new java.util.LinkedHashMap<>(dialect.connectionProperties());
        properties.putAll(settings.dataSourceProperties());
        properties.forEach((key, value) -> {
            if (!url.contains("?" + key + "=") && !url.contains("&" + key + "=")) hikari.addDataSourceProperty(key, value);
        });
    }

    /**
     * A connection broke. Whatever broke it — a server restart, sessions ended by an administrator, a network
     * failure — has most likely broken the pool's other connections too, and the pool would hand them out untested
     * for up to half a second after their last use. Retire them all (idle ones now, busy ones when they come back), so
     * that the next operations get new connections.
     */
    private void connectionLost() {
        if (ownPool == null) return; // the application's pool is the application's to manage
        HikariPoolMXBean pool = ownPool.getHikariPoolMXBean();
        if (pool != null) {
            pool.softEvictConnections();
        }
    }

    @Override
    public Dialect dialect() {
        return dialect;
    }

    @Override
    public TransactionScope scope() {
        return scope;
    }

    @Override
    public GaleraCluster cluster() {
        return cluster;
    }

    @Override
    public SqlRunner runner() {
        return runner;
    }

    @Override
    public long maxStatementBytes(java.sql.Connection connection) {
        return statementSizeLimit.bytes(connection);
    }

    public ModelRegistry registry() {
        return registry;
    }

    @Override
    public ModelRegistry models() {
        return registry;
    }

    @Override
    public dev.junction.association.internal.AssociationRegistry associations() {
        return associations;
    }

    public JunctionConfig config() {
        return config;
    }

    /** Where connections come from: Junction's own pool, or the application's {@code DataSource}. */
    public DataSource dataSource() {
        return dataSource;
    }

    /**
     * The pool's connection counts right now; all zero once closed, and for an application's {@code DataSource} that
     * is not a HikariCP pool.
     */
    public PoolStats poolStats() {
        if (pool.isClosed()) return new PoolStats(0, 0, 0);
        HikariDataSource hikari = ownPool != null ? ownPool : ConnectionPool.hikari(dataSource);
        HikariPoolMXBean pool = hikari == null ? null : hikari.getHikariPoolMXBean();
        if (pool == null || hikari.isClosed()) {
            return new PoolStats(0, 0, 0);
        }
        return new PoolStats(pool.getActiveConnections(), pool.getIdleConnections(), pool.getTotalConnections());
    }

    @Override
    public void close() {
        if (!pool.close()) return;
        if (inMemoryH2) {
            // A session of its own: the pool's may all be taken, and waiting for one would hold close() up.
            java.util.Properties credentials = new java.util.Properties();
            if (config.user() != null) credentials.setProperty("user", config.user());
            if (config.password() != null) credentials.setProperty("password", config.password());
            try (Connection c = java.sql.DriverManager.getConnection(config.url(), credentials);
                 Statement s = c.createStatement()) {
                s.execute("SHUTDOWN");
            } catch (SQLException ignored) {
                // closing anyway
            }
        }
        if (ownPool != null) ownPool.close();
    }
}
