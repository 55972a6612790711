package dev.junction.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.Map;

/**
 * One administrator's connection per server, kept for the JVM's tests to create and drop their databases on: a new
 * connection for each (two a test) cost more than the statements. It runs nothing else, so no test that ends sessions
 * (of its own database or application name) meets it; one found closed or broken is replaced. Thread-safe.
 */
final class AdminSession {
    private static final Map<Backend, Connection> OPEN = new EnumMap<>(Backend.class);

    private AdminSession() {
    }

    /** Runs {@code sql} on {@code backend}'s server, in its own transaction. */
    static synchronized void execute(Backend backend, String sql) throws SQLException {
        Connection c = OPEN.get(backend);
        if (c == null || !c.isValid(5)) {
            if (c != null) close(c);
            c = Servers.admin(backend);
            if (backend == Backend.POSTGRESQL && !TestTarget.waitsForReplicas()) {
                try (Statement s = c.createStatement()) {
                    s.execute("SET synchronous_commit = off"); // as the tests' own sessions: see TestTarget
                }
            }
            OPEN.put(backend, c);
        }
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static void close(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // a broken connection: replaced all the same
        }
    }
}
