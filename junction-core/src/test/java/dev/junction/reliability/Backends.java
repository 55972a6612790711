package dev.junction.reliability;

import dev.junction.JunctionConfig;
import dev.junction.testing.Servers;
import dev.junction.testing.TestTarget;
import dev.junction.testing.Topology;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ends the server sessions of one test's connections from an administrator's connection, as a crashed backend, an
 * operator's {@code KILL} or a restarted server would: PostgreSQL's {@code pg_terminate_backend} for the sessions
 * with this test's application name, MariaDB's {@code KILL} for the sessions using this test's database (on each
 * node of a Galera cluster, which lists only its own sessions). Other
 * tests' sessions, and the servers themselves, are left alone.
 */
final class Backends {
    private static final AtomicInteger NAMES = new AtomicInteger();
    private static final String TRANSACTION_LIST = "LIST OF TRANSACTIONS FOR EACH SESSION:";
    /** An active one in that list: {@code ---TRANSACTION 540, ACTIVE 1 sec}, then its lines up to the next. */
    private static final Pattern ACTIVE = Pattern.compile("[0-9]+, ACTIVE .*", Pattern.DOTALL);
    /** Its session, among those lines: {@code MariaDB thread id 79, OS thread handle …}. */
    private static final Pattern THREAD_ID = Pattern.compile("(?:MariaDB|MySQL) thread id ([0-9]+)");

    private final TestTarget target;
    private final String applicationName = "junction-fault-" + ProcessHandle.current().pid() + "-"
            + NAMES.incrementAndGet();

    Backends(TestTarget target) {
        this.target = target;
    }

    /** The configuration with the sessions marked so that {@link #kill} finds them. */
    JunctionConfig.Builder marked(JunctionConfig.Builder builder) {
        String url = target.url();
        return switch (target.backend()) {
            case POSTGRESQL -> builder.url(url + (url.contains("?") ? "&" : "?") + "ApplicationName="
                    + applicationName);
            case MARIADB -> builder;
            default -> throw new IllegalArgumentException(target + " is not a server");
        };
    }

    /** Ends the session that is inside a transaction; returns how many were ended (one, if the test is right). */
    int killTheOneInATransaction() throws SQLException {
        return kill(true);
    }

    /** Ends every session of this test's Junction, idle or not: what a server restart does to a pool. */
    int killAll() throws SQLException {
        return kill(false);
    }

    private int kill(boolean inTransactionOnly) throws SQLException {
        if (target.backend() == dev.junction.testing.Backend.MARIADB
                && Topology.current() == Topology.GALERA) {
            // A node lists and ends its own sessions only: ask every node of the cluster.
            int ended = 0;
            for (String node : Servers.MARIADB_NODES) {
                try (Connection admin = DriverManager.getConnection(node, Servers.MARIADB_USER,
                        Servers.MARIADB_PASSWORD)) {
                    ended += killMariaDb(admin, inTransactionOnly);
                }
            }
            return ended;
        }
        try (Connection admin = Servers.admin(target.backend())) {
            return switch (target.backend()) {
                case POSTGRESQL -> terminatePostgres(admin, inTransactionOnly);
                case MARIADB -> killMariaDb(admin, inTransactionOnly);
                default -> throw new IllegalArgumentException(target + " is not a server");
            };
        }
    }

    /** pg_terminate_backend with a timeout returns once the session has ended, so the next use of it fails. */
    private int terminatePostgres(Connection admin, boolean inTransactionOnly) throws SQLException {
        String sql = "SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity WHERE application_name = ?"
                + (inTransactionOnly ? " AND state = 'idle in transaction'" : "");
        int ended = 0;
        try (PreparedStatement s = admin.prepareStatement(sql)) {
            s.setString(1, applicationName);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) if (rs.getBoolean(1)) ended++;
            }
        }
        return ended;
    }

    private int killMariaDb(Connection admin, boolean inTransactionOnly) throws SQLException {
        String url = target.url();
        String database = url.substring(url.lastIndexOf('/') + 1).replaceFirst("\\?.*", "");
        Set<Long> inTransaction = inTransactionOnly ? threadsInTransactions(admin) : null;
        List<Long> ids = new ArrayList<>();
        String sessions = "SELECT ID FROM information_schema.PROCESSLIST WHERE DB = ?";
        try (PreparedStatement s = admin.prepareStatement(sessions)) {
            s.setString(1, database);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    if (inTransaction == null || inTransaction.contains(rs.getLong(1))) ids.add(rs.getLong(1));
                }
            }
        }
        try (Statement s = admin.createStatement()) {
            for (long id : ids) s.execute("KILL CONNECTION " + id);
        }
        return ids.size();
    }

    /**
     * The sessions of this server with an active transaction, read live from InnoDB's status. Not from
     * {@code information_schema.INNODB_TRX}: InnoDB refreshes that table at most every 0.1 s, so a transaction begun
     * just after another session (another test's) read it is not listed yet.
     */
    private static Set<Long> threadsInTransactions(Connection admin) throws SQLException {
        String status;
        try (Statement s = admin.createStatement(); ResultSet rs = s.executeQuery("SHOW ENGINE INNODB STATUS")) {
            if (!rs.next()) throw new IllegalStateException("SHOW ENGINE INNODB STATUS returned nothing");
            status = rs.getString(3);
        }
        // Only the list of sessions' transactions: the deadlock and foreign-key error sections before it name
        // transactions of the past, with their thread ids.
        int list = status.indexOf(TRANSACTION_LIST);
        if (list < 0) throw new IllegalStateException("InnoDB's status has no " + TRANSACTION_LIST);
        Set<Long> threads = new HashSet<>();
        for (String transaction : status.substring(list).split("\n---TRANSACTION ")) {
            if (!ACTIVE.matcher(transaction).matches()) continue;
            Matcher thread = THREAD_ID.matcher(transaction);
            if (thread.find()) threads.add(Long.parseLong(thread.group(1)));
        }
        return threads;
    }
}
