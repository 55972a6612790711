package dev.junction.scaleout;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.junction.Junction;
import dev.junction.JunctionConfig;
import dev.junction.testing.Servers;
import dev.junction.testing.Topology;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.UnaryOperator;

/**
 * One cluster test's database on the Galera cluster {@code scale-out/galera} starts, and Junctions pinned to single
 * nodes of it. Runs only when {@code JUNCTION_TOPOLOGY=galera}, with the nodes' URLs in
 * {@code JUNCTION_MARIADB_NODES} (comma-separated, each {@code jdbc:mariadb://host:port/db}); otherwise the test is
 * skipped. The database is created through node 1 and waited for on every node (DDL reaches the others a moment
 * later), and dropped at {@link #close()}.
 */
final class GaleraNodes implements AutoCloseable {
    /** How the cluster tests name where they ran, as the {@code @DialectTest}s name their database. */
    static final String NAME = "MariaDB (galera)";
    private static final long ARRIVAL_TIMEOUT_MS = 30_000;

    private final List<String> nodes;
    private final String database;
    private final List<Junction> opened = new ArrayList<>();

    private GaleraNodes(List<String> nodes, String database) {
        this.nodes = nodes;
        this.database = database;
    }

    /** The cluster's node URLs, or a skipped test when the Galera topology is not the one running. */
    static List<String> nodeUrls() {
        assumeTrue(Topology.current() == Topology.GALERA,
                "a Galera cluster test: runs with JUNCTION_TOPOLOGY=galera (scale-out/galera start; mvn -P galera)");
        assumeTrue(Servers.MARIADB_NODES.size() >= 2, "JUNCTION_MARIADB_NODES names the cluster's nodes");
        return Servers.MARIADB_NODES;
    }

    /** A fresh database on the cluster, there on every node. */
    static GaleraNodes create() throws SQLException, InterruptedException {
        List<String> urls = nodeUrls();
        String name = "jg_" + Long.toString(System.nanoTime(), 36) + ThreadLocalRandom.current().nextInt(1000);
        try (Connection first = admin(urls.get(0)); Statement s = first.createStatement()) {
            s.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        }
        GaleraNodes cluster = new GaleraNodes(urls, name);
        for (String url : urls) cluster.awaitDatabase(url);
        return cluster;
    }

    /** This test's database, there on every node. */
    String database() {
        return database;
    }

    int size() {
        return nodes.size();
    }

    /** Junction on node {@code index} (0-based) alone, configured by {@code adjust}. */
    Junction open(int index, UnaryOperator<JunctionConfig.Builder> adjust) {
        Junction db = Junction.open(adjust.apply(JunctionConfig.builder().url(url(index)).maxPoolSize(4)
                .user(Servers.MARIADB_USER).password(Servers.MARIADB_PASSWORD)).build());
        opened.add(db);
        return db;
    }

    /**
     * Junction on the whole cluster: {@code JUNCTION_MARIADB_URL} (a {@code jdbc:mariadb:loadbalance://} URL, its
     * pool's connections spread over the nodes) on this test's database.
     */
    Junction openSpread(UnaryOperator<JunctionConfig.Builder> adjust) {
        String spread = System.getenv("JUNCTION_MARIADB_URL");
        assumeTrue(spread != null && spread.contains("//"), "JUNCTION_MARIADB_URL names the whole cluster");
        int hosts = spread.indexOf("//") + 2;
        int slash = spread.indexOf('/', hosts);
        int query = spread.indexOf('?');
        String base = slash < 0 ? (query < 0 ? spread : spread.substring(0, query)) : spread.substring(0, slash);
        Junction db = Junction.open(adjust.apply(JunctionConfig.builder().url(base + "/" + database
                        + (query < 0 ? "" : spread.substring(query))).maxPoolSize(4)
                .user(Servers.MARIADB_USER).password(Servers.MARIADB_PASSWORD)).build());
        opened.add(db);
        return db;
    }

    /** A plain JDBC connection to node {@code index}, in this test's database. Close it. */
    Connection jdbc(int index) throws SQLException {
        return DriverManager.getConnection(url(index), Servers.MARIADB_USER, Servers.MARIADB_PASSWORD);
    }

    private String url(int index) {
        String node = nodes.get(index);
        int slash = node.indexOf('/', "jdbc:mariadb://".length());
        int query = node.indexOf('?');
        String base = slash < 0 ? (query < 0 ? node : node.substring(0, query)) : node.substring(0, slash);
        return base + "/" + database + (query < 0 ? "" : node.substring(query));
    }

    private static Connection admin(String url) throws SQLException {
        return DriverManager.getConnection(url, Servers.MARIADB_USER, Servers.MARIADB_PASSWORD);
    }

    /** Polls {@code url}'s node until the database is there, for at most 30 s. */
    private void awaitDatabase(String url) throws SQLException, InterruptedException {
        long deadline = System.currentTimeMillis() + ARRIVAL_TIMEOUT_MS;
        try (Connection c = admin(url); PreparedStatement q = c.prepareStatement(
                "SELECT COUNT(*) FROM information_schema.schemata WHERE schema_name = ?")) {
            q.setString(1, database);
            while (true) {
                try (ResultSet rs = q.executeQuery()) {
                    if (rs.next() && rs.getInt(1) == 1) return;
                }
                if (System.currentTimeMillis() > deadline) {
                    throw new IllegalStateException("database " + database + " did not reach " + url + " in 30 s");
                }
                Thread.sleep(20);
            }
        }
    }

    @Override
    public void close() throws SQLException {
        for (Junction db : opened) db.close();
        opened.clear();
        try (Connection first = admin(nodes.get(0)); Statement s = first.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + database);
        }
    }
}
