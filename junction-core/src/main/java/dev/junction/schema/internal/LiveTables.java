package dev.junction.schema.internal;

import dev.junction.schema.DatabaseSchema;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The column names, primary keys and unique indexes of the tables of the current schema on PostgreSQL, MariaDB and
 * SQLite, read with two catalog queries for the whole schema: {@code sync} compares every model's table on each call, and JDBC metadata would
 * take a query or more per table (and PostgreSQL's and SQLite's drivers answer {@code getColumns} with a heavy
 * query). Unique constraints count through the indexes that back them; expression indexes and partial ones are
 * left out, as they do not make their columns unique for every row — but for those unique among the rows whose one
 * column is null ({@code WHERE "deletedAt" IS NULL}, a paranoid model's, see {@link LiveUniqueKeys}), which come
 * with that column ({@link DatabaseSchema.Unique#liveColumn}): only a paranoid model's own soft-delete column makes
 * them count for it. Column types, sizes and
 * defaults are not read (the comparison does not look at them): columns come back with an empty type name. The
 * queries are prepared, so the drivers and databases that cache parsed statements per connection (PostgreSQL after a
 * few runs) reuse them.
 */
final class LiveTables {
    /**
     * Per database: a query of table, column, nullable in column order, and one of table, index, primary, column and
     * a partial index's condition (PostgreSQL's {@code ("deletedAt" IS NULL)}, SQLite's whole CREATE INDEX).
     */
    private record Queries(String columns, String keys) {
    }

    private static final Queries POSTGRES = new Queries(
            "SELECT c.relname, a.attname, NOT a.attnotnull FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid"
                    + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema()"
                    + " AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped"
                    + " ORDER BY c.relname, a.attnum",
            "SELECT t.relname, i.relname, ix.indisprimary, a.attname, pg_get_expr(ix.indpred, ix.indrelid)"
                    + " FROM pg_index ix"
                    + " JOIN pg_class t ON t.oid = ix.indrelid JOIN pg_class i ON i.oid = ix.indexrelid"
                    + " JOIN pg_namespace n ON n.oid = t.relnamespace"
                    + " CROSS JOIN LATERAL unnest(ix.indkey) WITH ORDINALITY AS k(attnum, position)"
                    + " JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum"
                    + " WHERE n.nspname = current_schema() AND ix.indisunique AND (ix.indpred IS NULL"
                    + " OR pg_get_expr(ix.indpred, ix.indrelid) ~ '^\\([^()]* IS NULL\\)$')"
                    + " AND ix.indexprs IS NULL ORDER BY t.relname, i.relname, k.position");
    private static final Queries MARIADB = new Queries(
            "SELECT TABLE_NAME, COLUMN_NAME, IS_NULLABLE = 'YES' FROM information_schema.COLUMNS"
                    + " WHERE TABLE_SCHEMA = DATABASE() ORDER BY TABLE_NAME, ORDINAL_POSITION",
            // An index with a prefix part (UNIQUE(a, b(10))) keeps nothing unique by whole values: all of it goes.
            "SELECT s.TABLE_NAME, s.INDEX_NAME, s.INDEX_NAME = 'PRIMARY', s.COLUMN_NAME, NULL"
                    + " FROM information_schema.STATISTICS s WHERE s.TABLE_SCHEMA = DATABASE() AND s.NON_UNIQUE = 0"
                    + " AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS p WHERE p.TABLE_SCHEMA ="
                    + " s.TABLE_SCHEMA AND p.TABLE_NAME = s.TABLE_NAME AND p.INDEX_NAME = s.INDEX_NAME"
                    + " AND p.SUB_PART IS NOT NULL)"
                    + " ORDER BY s.TABLE_NAME, s.INDEX_NAME, s.SEQ_IN_INDEX");
    /** SQLite's rowid key ({@code INTEGER PRIMARY KEY}) has no index: every key comes from {@code table_info}. */
    private static final Queries SQLITE = new Queries(
            "SELECT m.name, p.name, NOT p.\"notnull\" FROM sqlite_schema m JOIN pragma_table_info(m.name) p"
                    + " WHERE m.type = 'table' ORDER BY m.name, p.cid",
            "SELECT m.name, '', 1, p.name, NULL, p.pk FROM sqlite_schema m JOIN pragma_table_info(m.name) p"
                    + " WHERE m.type = 'table' AND p.pk > 0 UNION ALL"
                    + " SELECT m.name, l.name, 0, i.name, CASE WHEN l.partial = 1 THEN (SELECT x.sql FROM"
                    + " sqlite_schema x WHERE x.type = 'index' AND x.name = l.name) END, i.seqno"
                    + " FROM sqlite_schema m JOIN pragma_index_list(m.name) l"
                    + " JOIN pragma_index_info(l.name) i WHERE m.type = 'table' AND l.\"unique\" = 1"
                    + " AND (l.partial = 0 OR EXISTS (SELECT 1 FROM sqlite_schema x WHERE x.type = 'index'"
                    + " AND x.name = l.name AND x.sql LIKE '% WHERE _%_ IS NULL'))"
                    + " AND l.origin <> 'pk' ORDER BY 1, 2, 6");

    private LiveTables() {
    }

    /** The queries for the database called {@code product}, or {@code null} where JDBC metadata is read instead. */
    private static Queries queries(String product) {
        return switch (product) {
            case "PostgreSQL" -> POSTGRES;
            case "MariaDB", "MySQL" -> MARIADB;
            case "SQLite" -> SQLITE;
            default -> null;
        };
    }

    /** Whether the database called {@code product} is read with two queries here. */
    static boolean supports(String product) {
        return queries(product) != null;
    }

    /** {@code tables} (exact names of existing tables) with their columns and keys; foreign keys are not read. */
    static Map<String, DatabaseSchema.Table> read(Connection connection, String product, Set<String> tables)
            throws SQLException {
        Queries queries = queries(product);
        Map<String, List<DatabaseSchema.Column>> columns = new LinkedHashMap<>();
        try (PreparedStatement s = connection.prepareStatement(queries.columns()); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                if (!tables.contains(rs.getString(1))) continue;
                columns.computeIfAbsent(rs.getString(1), t -> new ArrayList<>()).add(
                        new DatabaseSchema.Column(rs.getString(2), "", 0, rs.getBoolean(3), null, false));
            }
        }
        Map<String, Map<String, List<String>>> indexes = new LinkedHashMap<>();
        Map<String, String> primary = new LinkedHashMap<>();
        Set<String> partial = new HashSet<>(); // an expression index names no column for its expressions
        Map<String, String> live = new HashMap<>(); // a partial unique index's column, null on the rows it covers
        try (PreparedStatement s = connection.prepareStatement(queries.keys()); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                String table = rs.getString(1);
                String index = rs.getString(2);
                if (!tables.contains(table)) continue;
                if (rs.getBoolean(3)) primary.put(table, index);
                if (rs.getString(4) == null) partial.add(table + "." + index);
                String condition = rs.getString(5);
                if (condition != null) live.put(table + "." + index, nullColumn(condition));
                indexes.computeIfAbsent(table, t -> new LinkedHashMap<>())
                        .computeIfAbsent(index, i -> new ArrayList<>()).add(rs.getString(4));
            }
        }
        Map<String, DatabaseSchema.Table> shapes = new LinkedHashMap<>();
        for (String table : tables) {
            Map<String, List<String>> byName = indexes.getOrDefault(table, Map.of());
            String key = primary.get(table);
            List<DatabaseSchema.Unique> uniques = new ArrayList<>();
            byName.forEach((name, cols) -> {
                if (!name.equals(key) && !partial.contains(table + "." + name)) {
                    uniques.add(new DatabaseSchema.Unique(name, cols, live.get(table + "." + name)));
                }
            });
            shapes.put(table, new DatabaseSchema.Table(table, columns.getOrDefault(table, List.of()),
                    key == null ? List.of() : byName.get(key), uniques, List.of(), List.of()));
        }
        return shapes;
    }

    /** PostgreSQL's partial unique indexes of one table, with their conditions, of the shape {@code (col IS NULL)}. */
    private static final String POSTGRES_PARTIAL = "SELECT i.relname, pg_get_expr(ix.indpred, ix.indrelid)"
            + " FROM pg_index ix JOIN pg_class t ON t.oid = ix.indrelid JOIN pg_class i ON i.oid = ix.indexrelid"
            + " JOIN pg_namespace n ON n.oid = t.relnamespace WHERE n.nspname = current_schema() AND t.relname = ?"
            + " AND ix.indisunique AND ix.indexprs IS NULL"
            + " AND pg_get_expr(ix.indpred, ix.indrelid) ~ '^\\([^()]* IS NULL\\)$'";
    /** SQLite's, with their whole CREATE INDEX. */
    private static final String SQLITE_PARTIAL = "SELECT x.name, x.sql FROM sqlite_schema x JOIN"
            + " pragma_index_list(x.tbl_name) l ON l.name = x.name WHERE x.type = 'index' AND x.tbl_name = ?"
            + " AND l.\"unique\" = 1 AND l.partial = 1 AND x.sql LIKE '% WHERE _%_ IS NULL'";

    /**
     * The partial unique indexes of {@code table} over the rows whose one column is null, by name, with that column
     * ({@link DatabaseSchema.Unique#liveColumn}): one query on PostgreSQL and SQLite, none elsewhere (no partial
     * indexes there).
     */
    static Map<String, String> liveColumns(Connection connection, String product, String table) throws SQLException {
        String query = switch (product) {
            case "PostgreSQL" -> POSTGRES_PARTIAL;
            case "SQLite" -> SQLITE_PARTIAL;
            default -> null;
        };
        if (query == null) return Map.of();
        Map<String, String> live = new HashMap<>();
        try (PreparedStatement s = connection.prepareStatement(query)) {
            s.setString(1, table);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) live.put(rs.getString(1), nullColumn(rs.getString(2)));
            }
        }
        return live;
    }

    /**
     * The column of a condition {@code col IS NULL} — PostgreSQL's {@code ("deletedAt" IS NULL)}, or the tail of
     * SQLite's {@code CREATE UNIQUE INDEX … WHERE "deletedAt" IS NULL} — unquoted (the queries keep no other shape).
     */
    static String nullColumn(String condition) {
        String text = condition.strip();
        int where = text.toUpperCase(java.util.Locale.ROOT).lastIndexOf(" WHERE ");
        if (where >= 0) text = text.substring(where + 7).strip();
        while (text.startsWith("(") && text.endsWith(")")) text = text.substring(1, text.length() - 1).strip();
        text = text.substring(0, text.length() - " IS NULL".length()).strip();
        boolean quoted = text.length() > 1 && ("\"`[".indexOf(text.charAt(0)) >= 0);
        return quoted ? text.substring(1, text.length() - 1).replace("\"\"", "\"").replace("``", "`") : text;
    }
}
