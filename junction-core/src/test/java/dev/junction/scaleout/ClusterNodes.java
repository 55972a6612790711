package dev.junction.scaleout;

import dev.junction.testing.Servers;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The single nodes of a Galera cluster ({@code JUNCTION_MARIADB_NODES}) on one test's database, for tests that spread
 * their threads over the nodes rather than letting the load-balancing pool pick.
 */
final class ClusterNodes {
    private ClusterNodes() {
    }

    /** Each node's URL on {@code database}: the node URL with its database replaced. */
    static List<String> urls(String database) {
        return Servers.MARIADB_NODES.stream().map(node -> withDatabase(node, database)).toList();
    }

    /** The database a MariaDB URL names ({@code jdbc:mariadb://host:port/db?x} → {@code db}). */
    static String database(String url) {
        int query = url.indexOf('?');
        String path = query < 0 ? url : url.substring(0, query);
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /**
     * A plain JDBC connection to one node whose reads are causal ({@code wsrep_sync_wait}): each waits until the node
     * has applied everything the cluster committed before it. Close it.
     */
    static Connection causal(String nodeUrl) throws SQLException {
        Connection c = DriverManager.getConnection(nodeUrl, Servers.MARIADB_USER, Servers.MARIADB_PASSWORD);
        try (Statement s = c.createStatement()) {
            s.execute("SET SESSION wsrep_sync_wait = 15");
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        return c;
    }

    /** Returns once every node has applied what was committed so far (a causal read on each). */
    static void awaitEveryNode(String database) throws SQLException {
        for (String node : urls(database)) {
            try (Connection c = causal(node); Statement s = c.createStatement()) {
                s.executeQuery("SELECT 1").close();
            }
        }
    }

    private static String withDatabase(String nodeUrl, String database) {
        int slash = nodeUrl.indexOf('/', "jdbc:mariadb://".length());
        int query = nodeUrl.indexOf('?');
        String base = slash < 0 ? (query < 0 ? nodeUrl : nodeUrl.substring(0, query)) : nodeUrl.substring(0, slash);
        return base + "/" + database + (query < 0 ? "" : nodeUrl.substring(query));
    }
}
