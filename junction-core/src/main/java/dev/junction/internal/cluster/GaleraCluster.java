package dev.junction.internal.cluster;

import dev.junction.dialect.Dialect;
import dev.junction.dialect.MariaDbDialect;
import dev.junction.internal.jdbc.SqlRunner;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Supplier;

/**
 * Whether the database is a MariaDB Galera cluster, and what Junction does differently there. Detected once when
 * Junction opens, on MariaDB/MySQL only: {@code SELECT @@wsrep_on} is 1 on a cluster node, 0 on a plain MariaDB
 * server (plain MySQL has no such variable, which reads as no cluster). Thread-safe.
 *
 * <p>On a cluster every node takes writes and certifies each transaction at commit against those committed meanwhile
 * on other nodes, so three things change:
 * <ul>
 *   <li><b>Causal reads.</b> A node applies other nodes' commits asynchronously: a read right after a write through
 *       another node can miss it, and so can the WHERE of an UPDATE or DELETE, or the foreign key check of an INSERT
 *       (a row just created through another node "does not exist" yet). With causal reads on (the default), each
 *       connection runs {@code SET SESSION wsrep_sync_wait = 15} once, and every statement (reads, UPDATE, DELETE,
 *       INSERT, REPLACE, SHOW, and BEGIN) first waits until its node has applied what the cluster had committed when
 *       it began.</li>
 *   <li><b>Commit-time failures.</b> A certification failure is error 1213 (SQLState 40001), a conflict already;
 *       error 1047 (08S01, "WSREP has not yet prepared node", a node outside the primary component) and 1180 ("Got
 *       error … during COMMIT", a node leaving while committing) are conflicts here too: the transaction did not
 *       commit, and running it again — on a connection the pool opens anew — may succeed.</li>
 *   <li><b>Owner locks.</b> {@code SELECT … FOR UPDATE} locks a row on its own node only, and a no-op
 *       {@code UPDATE t SET pk = pk} is no write the cluster certifies (both tried on a 3-node cluster: two such
 *       transactions on two nodes both commit). {@link #lockOwner} writes a row of {@link OwnerLockTable} instead.</li>
 * </ul>
 */
public final class GaleraCluster {
    /** The table of the owner locks Junction creates on a cluster (bookkeeping: no model describes it). */
    public static final String OWNER_LOCK_TABLE = OwnerLockTable.TABLE;

    /** A database that is no cluster: nothing changes. */
    public static final GaleraCluster NONE = new GaleraCluster(false, false, null);

    private final boolean active;
    private final boolean causalReads;
    private final OwnerLockTable locks;
    /** The driver connections whose session already has causal reads (weakly: the pool retires connections). */
    private final Map<Connection, Boolean> readied = Collections.synchronizedMap(new WeakHashMap<>());

    private GaleraCluster(boolean active, boolean causalReads, OwnerLockTable locks) {
        this.active = active;
        this.causalReads = causalReads;
        this.locks = locks;
    }

    /**
     * Whether {@code connection}'s database is a Galera cluster node ({@code false} for a plain server, or no
     * MariaDB/MySQL at all).
     */
    public static boolean detect(Dialect dialect, Connection connection) {
        if (!(dialect instanceof MariaDbDialect)) return false;
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT @@wsrep_on")) {
            return result.next() && result.getInt(1) == 1;
        } catch (SQLException noSuchVariable) {
            return false;
        }
    }

    /**
     * What Junction does on a cluster; creates the owner lock table if it is not there yet (and the user may).
     *
     * @param causalReads          whether every connection reads causally
     * @param lockTableConnections where the owner lock table is created from, on first use
     * @param runner               runs the owner lock table's statements
     */
    public static GaleraCluster of(boolean causalReads, Supplier<Connection> lockTableConnections,
                                   SqlRunner runner) {
        OwnerLockTable locks = new OwnerLockTable(lockTableConnections, runner);
        locks.createIfAllowed();
        return new GaleraCluster(true, causalReads, locks);
    }

    /** Whether the database is a Galera cluster. */
    public boolean active() {
        return active;
    }

    /** Whether connections read causally (on a cluster, unless turned off). */
    public boolean causalReads() {
        return active && causalReads;
    }

    /**
     * Readies a connection just borrowed from the pool: on a cluster with causal reads, sets
     * {@code wsrep_sync_wait = 15} on its session the first time this driver connection is seen.
     */
    public void ready(Connection connection) throws SQLException {
        if (!causalReads()) return;
        Connection driver = driverConnection(connection);
        if (readied.containsKey(driver)) return;
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET SESSION wsrep_sync_wait = 15");
        }
        readied.put(driver, Boolean.TRUE);
    }

    /**
     * Whether {@code e}, on a cluster, is a failure that leaves the transaction undone: 1047 (WSREP not ready) or 1180
     * (error during COMMIT). 1213 is a conflict on every MariaDB already.
     */
    public static boolean commitFailure(SQLException e) {
        return e.getErrorCode() == 1047 || e.getErrorCode() == 1180;
    }

    /**
     * On a cluster, writes {@code owner}'s row of the owner lock table in the transaction of {@code connection}, so
     * that a concurrent transaction doing the same on another node fails certification (one of the two is run again);
     * first waiting until this node has applied what the cluster committed, so the reads after it are causal. Nothing
     * elsewhere.
     */
    public void lockOwner(Connection connection, String table, Object owner) {
        if (active) locks.lock(connection, table, owner);
    }

    private static Connection driverConnection(Connection connection) {
        try {
            return connection.isWrapperFor(Connection.class) ? connection.unwrap(Connection.class) : connection;
        } catch (SQLException | RuntimeException notAWrapper) {
            return connection;
        }
    }
}
