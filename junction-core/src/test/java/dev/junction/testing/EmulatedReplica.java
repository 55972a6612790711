package dev.junction.testing;

import dev.junction.Junction;
import dev.junction.JunctionConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A stand-in for a read replica of a test's database: a second database of the same backend, filled through a
 * writable Junction (the same tables, other rows, so a read shows where it ran), then reached through a URL that
 * refuses writes — H2 {@code ACCESS_MODE_DATA=r} on a file database, an SQLite file opened read-only
 * ({@code open_mode=1}), a PostgreSQL schema with {@code default_transaction_read_only=on}, a MariaDB database with
 * {@code tx_read_only=1}. Its URL carries no credentials: Junction gives a replica the primary's. Close it.
 *
 * <pre>{@code
 * try (EmulatedReplica replica = EmulatedReplica.create(target, db -> notes(db).create(new Note(null, "replica")))) {
 *     Junction db = target.open(b -> b.replicas(replica.url()));
 *     …
 * }
 * }</pre>
 */
public final class EmulatedReplica implements AutoCloseable {
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final TestTarget target;
    private final String name;
    private final String writableUrl;
    private final String readOnlyUrl;
    private final Path folder;

    private EmulatedReplica(TestTarget target) throws IOException, SQLException {
        this.target = target;
        Backend backend = target.backend();
        Servers.require(backend);
        this.name = "jr_" + ProcessHandle.current().pid() + "_" + SEQUENCE.incrementAndGet();
        switch (backend) {
            case H2 -> {
                folder = Files.createTempDirectory(name);
                writableUrl = "jdbc:h2:file:" + folder.resolve("replica");
                readOnlyUrl = writableUrl + ";ACCESS_MODE_DATA=r";
            }
            case SQLITE -> {
                folder = Files.createTempDirectory(name);
                writableUrl = "jdbc:sqlite:" + folder.resolve("replica.sqlite");
                readOnlyUrl = writableUrl + "?open_mode=1";
            }
            case POSTGRESQL -> {
                folder = null;
                admin("CREATE SCHEMA " + name);
                writableUrl = Servers.PG_URL + (Servers.PG_URL.contains("?") ? "&" : "?") + "currentSchema=" + name;
                readOnlyUrl = writableUrl + "&options=-c%20default_transaction_read_only%3Don";
            }
            case MARIADB -> {
                folder = null;
                admin("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
                writableUrl = TestTarget.withDatabase(Servers.MARIADB_URL, name);
                readOnlyUrl = writableUrl + (writableUrl.contains("?") ? "&" : "?") + "sessionVariables=tx_read_only=1";
            }
            default -> throw new IllegalStateException(backend.toString());
        }
    }

    /**
     * A replica of {@code target}'s backend, filled by {@code fill} through a writable Junction (closed before this
     * returns: an H2 or SQLite file is opened read-only only once no one writes it).
     */
    public static EmulatedReplica create(TestTarget target, Consumer<Junction> fill) {
        // The replica topology gives every Junction its real replica, which would take every other read; on a Galera
        // cluster a second database made through one node is not yet on the others. The routing they test is the
        // same on every topology, and the single-server run covers it.
        org.junit.jupiter.api.Assumptions.assumeTrue(Topology.current() == Topology.SINGLE,
                "emulated replicas stand in for real ones on single servers; this run is on " + Topology.current());
        EmulatedReplica replica;
        try {
            replica = new EmulatedReplica(target);
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("Cannot create an emulated replica on " + target, e);
        }
        try (Junction writable = Junction.open(replica.credentials(JunctionConfig.builder().url(replica.writableUrl))
                .maxPoolSize(2).build())) {
            fill.accept(writable);
        } catch (RuntimeException e) {
            replica.close();
            throw e;
        }
        return replica;
    }

    /** The URL that reads the replica and refuses writes, without credentials. */
    public String url() {
        return readOnlyUrl;
    }

    /** A configuration straight at the replica (read-only), with the server's credentials. */
    public JunctionConfig.Builder config() {
        return credentials(JunctionConfig.builder().url(readOnlyUrl).maxPoolSize(2));
    }

    private JunctionConfig.Builder credentials(JunctionConfig.Builder builder) {
        return switch (target.backend()) {
            case POSTGRESQL -> builder.user(Servers.PG_USER).password(Servers.PG_PASSWORD);
            case MARIADB -> builder.user(Servers.MARIADB_USER).password(Servers.MARIADB_PASSWORD);
            default -> builder;
        };
    }

    private void admin(String sql) throws SQLException {
        try (Connection c = Servers.admin(target.backend()); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    @Override
    public void close() {
        try {
            switch (target.backend()) {
                case POSTGRESQL -> admin("DROP SCHEMA IF EXISTS " + name + " CASCADE");
                case MARIADB -> admin("DROP DATABASE IF EXISTS " + name);
                default -> deleteFolder();
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Cannot drop the emulated replica " + name, e);
        }
    }

    private void deleteFolder() throws IOException {
        if (folder == null || !Files.exists(folder)) return;
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
