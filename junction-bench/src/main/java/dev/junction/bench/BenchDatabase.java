package dev.junction.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * The databases every workload runs on, and a place of its own on each for one trial: a fresh in-memory H2
 * database, a fresh PostgreSQL schema or a fresh MariaDB database, whose name starts with the run id (so the run
 * script can drop whatever a killed run left behind). PostgreSQL's server and credentials come from
 * {@code JUNCTION_PG_URL}, {@code JUNCTION_PG_USER} and {@code JUNCTION_PG_PASSWORD}, as in the core tests;
 * MariaDB's from {@code JUNCTION_BENCH_MARIADB_URL}, {@code JUNCTION_BENCH_MARIADB_USER} and
 * {@code JUNCTION_BENCH_MARIADB_PASSWORD} (default: the benchmarks' own server, {@code junction-bench/mariadb}, as root
 * without a password); the run id from {@code JUNCTION_BENCH_RUN}.
 */
public enum BenchDatabase {
    /** H2 in memory: no I/O, so the library's own CPU cost shows. */
    H2,
    /** PostgreSQL on the local server: real round trips and real I/O. */
    POSTGRESQL,
    /** MariaDB on the benchmarks' own server ({@code junction-bench/mariadb}): real round trips and real I/O. */
    MARIADB;

    static final String PG_URL = env("JUNCTION_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    static final String PG_USER = env("JUNCTION_PG_USER", "postgres");
    static final String PG_PASSWORD = env("JUNCTION_PG_PASSWORD", "");
    /** The MariaDB server, without a database or options: the trials' databases are created on it. */
    static final String MARIADB_URL = serverOnly(env("JUNCTION_BENCH_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3320/"));
    static final String MARIADB_USER = env("JUNCTION_BENCH_MARIADB_USER", "root");
    static final String MARIADB_PASSWORD = env("JUNCTION_BENCH_MARIADB_PASSWORD", "");
    /**
     * MariaDB sessions read {@code "…"} as a quoted identifier (ANSI_QUOTES), as H2 and PostgreSQL do, so that the
     * hand-written statements are one text on all three; the rest is the server's default mode. Junction quotes with
     * backticks either way.
     */
    static final String MARIADB_SQL_MODE =
            "ANSI_QUOTES,STRICT_TRANS_TABLES,ERROR_FOR_DIVISION_BY_ZERO,NO_AUTO_CREATE_USER,NO_ENGINE_SUBSTITUTION";
    /** Prefix of every schema this run creates; lower case, a valid identifier. */
    static final String RUN = env("JUNCTION_BENCH_RUN", "jb_adhoc").toLowerCase(Locale.ROOT);

    /** The database named by a JMH parameter ({@code h2}, {@code postgresql}, {@code mariadb}). */
    public static BenchDatabase of(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    /**
     * A table of the integers {@code from} … {@code to} named {@code alias}, for set-based seeding (H2's
     * {@code SYSTEM_RANGE}, PostgreSQL's {@code generate_series}, MariaDB's sequence engine); its column is
     * {@link #seriesValue}.
     */
    public String series(long from, long to, String alias) {
        return switch (this) {
            case H2 -> "SYSTEM_RANGE(" + from + ", " + to + ") " + alias;
            case POSTGRESQL -> "generate_series(" + from + ", " + to + ") " + alias;
            case MARIADB -> "seq_" + from + "_to_" + to + " " + alias;
        };
    }

    /** The value column of {@link #series} {@code alias}. */
    public String seriesValue(String alias) {
        return alias + switch (this) {
            case H2 -> ".X";
            case POSTGRESQL -> "." + alias;
            case MARIADB -> ".seq";
        };
    }

    /**
     * After set-based seeding: PostgreSQL's {@code VACUUM ANALYZE} of the tables, so that the rows just written are
     * marked visible and counted before anything is measured — otherwise the first reads set their hint bits and
     * autovacuum wakes up (after so many inserts) while a trial is being measured, on the same two cores; MariaDB's
     * {@code ANALYZE TABLE}, so that its plans know the tables' sizes.
     */
    public void settle(Statement s, String... tables) throws SQLException {
        if (this == H2) return;
        StringBuilder list = new StringBuilder();
        for (String table : tables) list.append(list.isEmpty() ? "" : ", ").append('"').append(table).append('"');
        if (this == POSTGRESQL) {
            s.execute("VACUUM ANALYZE " + list);
        } else {
            try (var rs = s.executeQuery("ANALYZE TABLE " + list)) {
                while (rs.next()) {
                    // ANALYZE TABLE answers with a row per table; the statement is done once they are read.
                }
            }
        }
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
        if (this == MARIADB) {
            try (Connection admin = admin(MARIADB); Statement s = admin.createStatement()) {
                s.execute((fresh ? "CREATE DATABASE " : "CREATE DATABASE IF NOT EXISTS ") + schema);
            }
            String url = MARIADB_URL + schema + "?sessionVariables=sql_mode='" + MARIADB_SQL_MODE + "'";
            return new Place(this, schema, url, MARIADB_USER, MARIADB_PASSWORD, fresh);
        }
        try (Connection admin = admin(POSTGRESQL); Statement s = admin.createStatement()) {
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

    /** A connection to the server of {@code database} (PostgreSQL or MariaDB) for creating and dropping places. */
    static Connection admin(BenchDatabase database) throws SQLException {
        return database == MARIADB ? DriverManager.getConnection(MARIADB_URL, MARIADB_USER, MARIADB_PASSWORD)
                : DriverManager.getConnection(PG_URL, PG_USER, PG_PASSWORD);
    }

    /**
     * Drops every PostgreSQL schema and MariaDB database of the run {@code args[0]}: the run script's cleanup. A
     * server that does not answer is skipped (the run may not have used it).
     */
    public static void main(String[] args) {
        String prefix = args.length > 0 ? args[0].toLowerCase(Locale.ROOT) : RUN;
        if (!prefix.matches("[a-z0-9_]+")) throw new IllegalArgumentException("Bad run id " + prefix);
        drop(POSTGRESQL, "SELECT nspname FROM pg_namespace WHERE nspname LIKE '" + prefix + "\\_%'",
                "DROP SCHEMA IF EXISTS %s CASCADE");
        drop(MARIADB, "SELECT schema_name FROM information_schema.schemata WHERE schema_name LIKE '" + prefix
                + "\\_%'", "DROP DATABASE IF EXISTS %s");
    }

    private static void drop(BenchDatabase database, String find, String drop) {
        try (Connection admin = admin(database); Statement s = admin.createStatement();
             var rs = admin.createStatement().executeQuery(find)) {
            java.util.List<String> places = new java.util.ArrayList<>();
            while (rs.next()) places.add(rs.getString(1));
            for (String place : places) s.execute(drop.formatted(place));
        } catch (SQLException e) {
            System.err.println("not cleaned on " + database + ": " + e.getMessage());
        }
    }

    /** {@code jdbc:mariadb://host:port/} of a URL that may name a database or carry options (both are the run's). */
    private static String serverOnly(String url) {
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        int path = base.indexOf('/', base.indexOf("//") + 2);
        if (path < 0) throw new IllegalArgumentException("Not a MariaDB server URL: " + url);
        return base.substring(0, path + 1);
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
            try (Connection admin = admin(database); Statement s = admin.createStatement()) {
                s.execute((database == MARIADB ? "DROP DATABASE IF EXISTS " : "DROP SCHEMA IF EXISTS ") + schema
                        + (database == MARIADB ? "" : " CASCADE"));
            }
        }
    }
}
