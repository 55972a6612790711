package dev.junction.testing;

import dev.junction.Junction;
import dev.junction.JunctionConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/**
 * One test's database on one backend: created on first use (a fresh PostgreSQL schema, MariaDB database, H2
 * in-memory database or SQLite file), dropped when the test ends. JUnit closes it, as a parameterised test's
 * argument. Its {@code toString} is the backend's name, so it shows in every test's display name.
 */
public final class TestTarget implements AutoCloseable {
    /**
     * This JVM's part of every database name: the process id keeps the names of test JVMs running at once (surefire's
     * forks, other builds on the same servers) apart; the time and a random part, those of runs after one another.
     */
    private static final String RUN = Long.toString(ProcessHandle.current().pid(), 36) + "_"
            + Long.toString(System.currentTimeMillis() % 100_000_000L, 36)
            + Integer.toString(ThreadLocalRandom.current().nextInt(1296), 36);
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    /**
     * Tests' PostgreSQL sessions commit without waiting for the write-ahead log to reach the disk (the session setting
     * {@code synchronous_commit = off}, here as a URL parameter): what a commit makes visible, and when, is unchanged —
     * only a crash of the server could lose the last commits, which no test relies on — and tests commit thousands of
     * times. (A test adding {@code options} of its own to the URL replaces this one.) Not under the replica
     * topology: there a commit must wait for the synchronous replica, or a read on it right after may miss it.
     */
    private static final String PG_NO_COMMIT_FLUSH = "options=-c%20synchronous_commit%3Doff";
    /** The same for SQLite files ({@code PRAGMA synchronous = OFF}): a crash of the machine could corrupt them. */
    private static final String SQLITE_NO_COMMIT_FLUSH = "synchronous=OFF";

    private final Backend backend;
    private final List<Junction> opened = new ArrayList<>();
    private String name;
    private String url;
    private Path sqliteFile;

    public TestTarget(Backend backend) {
        this.backend = backend;
    }

    public Backend backend() {
        return backend;
    }

    /** Opens Junction on this test's database with a small pool. */
    public Junction open() {
        return open(b -> b);
    }

    /** Opens Junction on this test's database, with the configuration adjusted. */
    public Junction open(UnaryOperator<JunctionConfig.Builder> adjust) {
        Junction db = Junction.open(adjust.apply(config()).build());
        opened.add(db);
        return db;
    }

    /** A configuration for this test's database (created now if need be). */
    public JunctionConfig.Builder config() {
        ensureCreated();
        JunctionConfig.Builder builder = JunctionConfig.builder().url(url).maxPoolSize(4);
        if (backend == Topology.current().backend() && Topology.current() == Topology.REPLICA) {
            builder.replicas(replicaUrls()); // reads go to the real replicas, which hold this test's schema too
        }
        return switch (backend) {
            case POSTGRESQL -> builder.user(Servers.PG_USER).password(Servers.PG_PASSWORD);
            case MARIADB -> builder.user(Servers.MARIADB_USER).password(Servers.MARIADB_PASSWORD);
            default -> builder;
        };
    }

    /** Whether PostgreSQL commits must wait for a synchronous replica (the replica topology): flushes stay on. */
    static boolean waitsForReplicas() {
        return Topology.current() == Topology.REPLICA;
    }

    /** The URLs of this test's schema on the PostgreSQL replicas ({@code JUNCTION_PG_REPLICA_URLS}). */
    public java.util.List<String> replicaUrls() {
        ensureCreated();
        return Servers.PG_REPLICA_URLS.stream()
                .map(replica -> replica + (replica.contains("?") ? "&" : "?") + "currentSchema=" + name).toList();
    }

    /** This test's JDBC URL. */
    public String url() {
        ensureCreated();
        return url;
    }

    /** This test's JDBC URL with the user and password in it, as a command line would take it. */
    public String urlWithCredentials() {
        JunctionConfig c = config().build();
        if (c.user() == null) return c.url();
        String separator = c.url().contains("?") ? "&" : "?";
        String password = c.password() == null || c.password().isEmpty() ? "" : "&password=" + c.password();
        return c.url() + separator + "user=" + c.user() + password;
    }

    /**
     * This test's JDBC URL on one server: {@link #url()}, except on a Galera cluster, where it is the first node's
     * (whose sessions hold row locks that the others' do not see). Tests that make a plain connection hold a lock
     * Junction must meet open Junction on this URL too.
     */
    public String singleNodeUrl() {
        String url = url();
        if (backend != Backend.MARIADB || Topology.current() != Topology.GALERA || Servers.MARIADB_NODES.isEmpty()) {
            return url;
        }
        return withDatabase(Servers.MARIADB_NODES.get(0), name);
    }

    /**
     * A plain JDBC connection to this test's database ({@link #singleNodeUrl()}), for checking what Junction wrote.
     * Close it. On a Galera cluster it reads causally, as Junction's own connections do (what was committed through
     * another node is there). (The cluster still steps auto-increment keys by its node count — the server sets
     * every session's step — so fixtures that need keys 1, 2, 3 write them out.)
     */
    public Connection jdbc() throws SQLException {
        JunctionConfig c = config().build();
        Connection connection = DriverManager.getConnection(singleNodeUrl(), c.user(), c.password());
        if (backend == Backend.MARIADB && Topology.current() == Topology.GALERA) {
            try (Statement s = connection.createStatement()) {
                s.execute("SET SESSION wsrep_sync_wait = 15");
            } catch (SQLException e) {
                connection.close();
                throw e;
            }
        }
        return connection;
    }

    private void ensureCreated() {
        if (url != null) return;
        Servers.require(backend);
        name = "jt_" + RUN + "_" + SEQUENCE.incrementAndGet();
        try {
            switch (backend) {
                case H2 -> url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
                case SQLITE -> {
                    sqliteFile = Files.createTempFile(name, ".sqlite");
                    url = "jdbc:sqlite:" + sqliteFile + "?" + SQLITE_NO_COMMIT_FLUSH;
                }
                case POSTGRESQL -> {
                    adminExecute("CREATE SCHEMA " + name);
                    url = Servers.PG_URL + (Servers.PG_URL.contains("?") ? "&" : "?") + "currentSchema=" + name
                            + (waitsForReplicas() ? "" : "&" + PG_NO_COMMIT_FLUSH);
                }
                case MARIADB -> {
                    adminExecute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
                    url = withDatabase(Servers.MARIADB_URL, name);
                    if (Topology.current() == Topology.GALERA) Servers.awaitOnEveryNode(name);
                }
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Cannot create the test database on " + backend.displayName(), e);
        }
    }

    /**
     * {@code jdbc:mariadb://host:port/db?x} with {@code db} replaced; also with a list of hosts and a mode
     * ({@code jdbc:mariadb:loadbalance://h1,h2,h3/db}).
     */
    static String withDatabase(String serverUrl, String database) {
        int slash = serverUrl.indexOf('/', serverUrl.indexOf("://") + 3);
        int query = serverUrl.indexOf('?');
        String base = slash < 0 ? (query < 0 ? serverUrl : serverUrl.substring(0, query)) : serverUrl.substring(0, slash);
        String params = query < 0 ? "" : serverUrl.substring(query);
        return base + "/" + database + params;
    }

    private void adminExecute(String sql) throws SQLException {
        AdminSession.execute(backend, sql);
    }

    @Override
    public void close() throws SQLException, IOException {
        for (Junction db : opened) {
            db.close();
        }
        opened.clear();
        if (url == null) return;
        switch (backend) {
            case POSTGRESQL -> adminExecute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
            case MARIADB -> adminExecute("DROP DATABASE IF EXISTS " + name);
            case SQLITE -> {
                Files.deleteIfExists(sqliteFile);
                Files.deleteIfExists(Path.of(sqliteFile + "-wal"));
                Files.deleteIfExists(Path.of(sqliteFile + "-shm"));
            }
            case H2 -> {
                try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
                    s.execute("SHUTDOWN");
                }
            }
        }
        url = null;
    }

    @Override
    public String toString() {
        return Topology.current().describe(backend);
    }
}
