package dev.junction.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * The two databases every workload runs on, and a place of its own on each for one trial: a fresh in-memory H2
 * database, or a fresh PostgreSQL schema whose name starts with the run id (so the run script can drop whatever a
 * killed run left behind). Server and credentials come from {@code JUNCTION_PG_URL}, {@code JUNCTION_PG_USER} and
 * {@code JUNCTION_PG_PASSWORD}, as in the core tests; the run id from {@code JUNCTION_BENCH_RUN}.
 */
public enum BenchDatabase {
    /** H2 in memory: no I/O, so the library's own CPU cost shows. */
    H2,
    /** PostgreSQL on the local server: real round trips and real I/O. */
    POSTGRESQL;

    static final String PG_URL = env("JUNCTION_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    static final String PG_USER = env("JUNCTION_PG_USER", "postgres");
    static final String PG_PASSWORD = env("JUNCTION_PG_PASSWORD", "");
    /** Prefix of every schema this run creates; lower case, a valid identifier. */
    static final String RUN = env("JUNCTION_BENCH_RUN", "jb_adhoc").toLowerCase(Locale.ROOT);

    /** The database named by a JMH parameter ({@code h2}, {@code postgresql}). */
    public static BenchDatabase of(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    /** Creates a fresh place named {@code name} (unique within the run) and returns it. */
    public Place create(String name) throws SQLException {
        String unique = RUN + "_" + name + "_" + UUID.randomUUID().toString().substring(0, 8);
        return place(unique, true);
    }

    /**
     * A place shared by every trial of the run (read-only data seeded once, e.g. W6's million rows): on PostgreSQL
     * one schema for the whole run, created if missing; on H2, which lives in this JVM only, a fresh database.
     */
    public Place shared(String name) throws SQLException {
        return this == H2 ? create(name) : place(RUN + "_" + name, false);
    }

    private Place place(String schema, boolean fresh) throws SQLException {
        if (this == H2) {
            // DB_CLOSE_DELAY=-1: the database outlives every pool that opens and closes on it; dropped in close().
            // OPTIMIZE_REUSE_RESULTS=FALSE: H2 otherwise hands a statement that runs again with the same parameters,
            // on tables unchanged since, the result it computed last time. A workload that repeats one read on
            // data that never changes would then measure that cache, not reading: W2's one-JOIN contenders ran in
            // a tenth of the time it takes to read 20,000 rows.
            return new Place(this, schema, "jdbc:h2:mem:" + schema + ";DB_CLOSE_DELAY=-1;OPTIMIZE_REUSE_RESULTS=FALSE",
                    null, null, fresh);
        }
        try (Connection admin = admin(); Statement s = admin.createStatement()) {
            s.execute((fresh ? "CREATE SCHEMA " : "CREATE SCHEMA IF NOT EXISTS ") + schema);
        }
        // For every contender: the driver's batch rewriting (only the batched JDBC and Hibernate writes use it), and
        // commits that do not wait for the WAL to reach the disk. On a shared machine that wait is the disk's
        // latency, swinging tenfold from minute to minute with other processes' writes, and it would drown what is
        // measured here: the statements and round trips each contender makes.
        String url = PG_URL + (PG_URL.contains("?") ? "&" : "?") + "currentSchema=" + schema
                + "&reWriteBatchedInserts=true&options=-c%20synchronous_commit%3Doff";
        return new Place(this, schema, url, PG_USER, PG_PASSWORD, fresh);
    }

    static Connection admin() throws SQLException {
        return DriverManager.getConnection(PG_URL, PG_USER, PG_PASSWORD);
    }

    /** Drops every PostgreSQL schema of the run {@code args[0]}: the run script's cleanup. */
    public static void main(String[] args) throws SQLException {
        String prefix = args.length > 0 ? args[0].toLowerCase(Locale.ROOT) : RUN;
        if (!prefix.matches("[a-z0-9_]+")) throw new IllegalArgumentException("Bad run id " + prefix);
        try (Connection admin = admin(); Statement s = admin.createStatement();
             var rs = admin.createStatement().executeQuery("SELECT nspname FROM pg_namespace WHERE nspname LIKE '"
                     + prefix + "\\_%'")) {
            java.util.List<String> schemas = new java.util.ArrayList<>();
            while (rs.next()) schemas.add(rs.getString(1));
            for (String schema : schemas) s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /**
     * Where one trial's tables live: a JDBC URL (with the schema chosen) and credentials. Closing drops it, unless
     * it is shared by the run.
     */
    public record Place(BenchDatabase database, String schema, String url, String user, String password,
                       boolean owned) implements AutoCloseable {

        /** A plain connection, for seeding and resetting outside the measured code. */
        public Connection connect() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }

        @Override
        public void close() throws SQLException {
            if (!owned) return;
            if (database == H2) {
                try (Connection c = connect(); Statement s = c.createStatement()) {
                    s.execute("SHUTDOWN");
                }
                return;
            }
            try (Connection admin = admin(); Statement s = admin.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }
}
