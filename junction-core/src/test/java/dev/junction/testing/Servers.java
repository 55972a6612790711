package dev.junction.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.opentest4j.TestAbortedException;

/**
 * Where the database servers are (environment variables with local defaults), and whether they can be reached.
 * Under {@code CI=true} an unreachable server fails the test; elsewhere it skips it with the reason.
 */
public final class Servers {
    public static final String PG_URL = env("JUNCTION_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    public static final String PG_USER = env("JUNCTION_PG_USER", "postgres");
    public static final String PG_PASSWORD = env("JUNCTION_PG_PASSWORD", "");
    public static final String MARIADB_URL = env("JUNCTION_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/test");
    public static final String MARIADB_USER = env("JUNCTION_MARIADB_USER", "root");
    public static final String MARIADB_PASSWORD = env("JUNCTION_MARIADB_PASSWORD", "");
    /** The single-node URLs of a Galera cluster's nodes ({@code JUNCTION_MARIADB_NODES}); empty elsewhere. */
    public static final java.util.List<String> MARIADB_NODES = java.util.Arrays.stream(
            env("JUNCTION_MARIADB_NODES", "").split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();

    private static final Map<Backend, String> UNREACHABLE = new ConcurrentHashMap<>();
    private static final Map<Backend, Boolean> CHECKED = new ConcurrentHashMap<>();

    private Servers() {
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** True when running under CI, where every database must be there. */
    public static boolean ci() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** A plain JDBC connection to the server's own database (not a test schema). */
    public static Connection admin(Backend backend) throws SQLException {
        return switch (backend) {
            case POSTGRESQL -> DriverManager.getConnection(PG_URL, PG_USER, PG_PASSWORD);
            case MARIADB -> DriverManager.getConnection(MARIADB_URL, MARIADB_USER, MARIADB_PASSWORD);
            default -> throw new IllegalArgumentException(backend + " is not a server");
        };
    }

    /**
     * On a Galera cluster ({@code JUNCTION_MARIADB_NODES}): returns once every node has applied the creation of
     * {@code database}. DDL replicates in total order but each node applies it in its own time; a causal read
     * ({@code wsrep_sync_wait}) on a node waits until that node has applied everything committed before it.
     */
    static void awaitOnEveryNode(String database) throws SQLException {
        for (String node : MARIADB_NODES) {
            try (Connection c = DriverManager.getConnection(node, MARIADB_USER, MARIADB_PASSWORD);
                 java.sql.Statement s = c.createStatement()) {
                s.execute("SET SESSION wsrep_sync_wait = 15");
                try (java.sql.ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM information_schema.SCHEMATA"
                        + " WHERE SCHEMA_NAME = '" + database.replace("'", "") + "'")) {
                    if (!rs.next() || rs.getInt(1) != 1) {
                        throw new IllegalStateException("Galera node " + node + " has not got database " + database);
                    }
                }
            }
        }
    }

    /** Fails (CI) or skips (elsewhere) unless the server is reachable; checked once per run. */
    public static void require(Backend backend) {
        if (!backend.isServer()) return;
        CHECKED.computeIfAbsent(backend, b -> {
            DriverManager.setLoginTimeout(5);
            try (Connection connection = admin(b)) {
                return connection != null;
            } catch (SQLException e) {
                UNREACHABLE.put(b, e.getMessage());
                return false;
            }
        });
        String problem = UNREACHABLE.get(backend);
        if (problem != null) {
            String message = backend.displayName() + " is not reachable (" + problem + ")";
            if (ci()) {
                throw new IllegalStateException(message + "; under CI=true every database is required");
            }
            throw new TestAbortedException(message + "; skipped outside CI");
        }
    }
}
