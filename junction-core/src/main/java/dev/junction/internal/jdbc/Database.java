package dev.junction.internal.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import dev.junction.ConnectionException;
import dev.junction.JunctionConfig;
import dev.junction.PoolStats;
import dev.junction.dialect.Dialect;
import dev.junction.internal.Runtime;
import dev.junction.internal.cluster.GaleraCluster;
import dev.junction.internal.model.ModelRegistry;
import dev.junction.internal.transaction.TransactionScope;
import dev.junction.replica.internal.ReadRouter;
import dev.junction.replica.internal.ReplicaPools;
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
    /** Where reads may go beside the primary; {@code null} without replicas. */
    private final ReadRouter replicas;
    private final GaleraCluster cluster;

    public Database(JunctionConfig given) {
        BorrowedConnectionSetup setup = null;
        String user = null;
        String password = null;
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
            // Replica URLs without credentials take the primary's: a HikariCP pool (Spring Boot's) knows them.
            HikariDataSource hikari = ConnectionPool.hikari(dataSource);
            if (hikari != null) {
                user = hikari.getUsername();
                password = hikari.getPassword();
            }
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
            String poolName = config.pool().poolName() != null ? config.pool().poolName()
                    : "junction-" + POOLS.incrementAndGet();
            user = config.user() != null ? config.user() : credentials.user();
            password = config.password() != null ? config.password() : credentials.password();
            this.ownPool = HikariPools.open(dialect, url, user, password, config, poolName, inMemorySqlite, false,
                    mask);
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
        this.replicas = openReplicas(user, password);
        this.scope = new TransactionScope(pool, errors, config.retryLockTimeouts(), config.transactionHook(),
                replicas, conflictAttempts(this.config.conflictAttempts(), galera));
        this.statementSizeLimit = new StatementSizeLimit(dialect);
    }

    /** The configured conflict budget, else the database's default: a cluster's writers collide more often. */
    private static int conflictAttempts(int configured, boolean galera) {
        if (configured > 0) return configured;
        return galera ? JunctionConfig.DEFAULT_CLUSTER_CONFLICT_ATTEMPTS : JunctionConfig.DEFAULT_CONFLICT_ATTEMPTS;
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

    /** The replicas' router, or {@code null} without replicas; the primary's pool is closed if they fail to open. */
    private ReadRouter openReplicas(String user, String password) {
        try {
            String name = ownPool != null ? ownPool.getPoolName() : "junction-" + POOLS.incrementAndGet();
            return ReplicaPools.open(config, dialect, name, user, password);
        } catch (RuntimeException e) {
            if (ownPool != null) ownPool.close();
            throw e;
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

    /**
     * A connection broke. Whatever broke it — a server restart, sessions ended by an administrator, a network
     * failure — has most likely broken the pool's other connections too, and the pool would hand them out untested
     * for up to half a second after their last use. Retire them all (idle ones now, busy ones when they come back), so
     * that the next operations get new connections.
     */
    private void connectionLost() {
        if (replicas != null && replicas.connectionLost()) return; // a replica's broke: its pool reacts
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
     * The pools' connection counts right now, the primary's and the read replicas' together; all zero once closed,
     * and for an application's {@code DataSource} that is not a HikariCP pool.
     */
    public PoolStats poolStats() {
        PoolStats primary = primaryPoolStats();
        if (replicas == null) return primary;
        int active = primary.active();
        int idle = primary.idle();
        int total = primary.total();
        for (PoolStats replica : replicas.stats()) {
            active += replica.active();
            idle += replica.idle();
            total += replica.total();
        }
        return new PoolStats(active, idle, total);
    }

    private PoolStats primaryPoolStats() {
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
        if (replicas != null) replicas.close();
    }

    /** Each replica's pool counts, in the configured order; empty without replicas. */
    public java.util.List<PoolStats> replicaPoolStats() {
        return replicas == null ? java.util.List.of() : replicas.stats();
    }
}
