package dev.junction.schema.internal;

import dev.junction.schema.DatabaseSchema;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The primary keys and unique indexes of every table in the current schema, read with one catalog query where the
 * database has one ({@code sync} compares every model's table on each call, so reading them table by table would
 * cost a query or more per table). Unique constraints count through the indexes that back them; partial and
 * expression indexes are left out, as they do not make a pair of columns unique.
 */
final class LiveKeys {

    /** One table's keys: its primary key (empty when none) and its other unique indexes. */
    record Keys(List<String> primaryKey, List<DatabaseSchema.Unique> uniques) {
    }

    private static final String POSTGRES = "SELECT t.relname, i.relname, ix.indisprimary, a.attname"
            + " FROM pg_index ix JOIN pg_class t ON t.oid = ix.indrelid JOIN pg_class i ON i.oid = ix.indexrelid"
            + " JOIN pg_namespace n ON n.oid = t.relnamespace"
            + " CROSS JOIN LATERAL unnest(ix.indkey) WITH ORDINALITY AS k(attnum, position)"
            + " JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum"
            + " WHERE n.nspname = current_schema() AND ix.indisunique AND ix.indpred IS NULL AND ix.indexprs IS NULL"
            + " ORDER BY t.relname, i.relname, k.position";
    private static final String MARIADB = "SELECT TABLE_NAME, INDEX_NAME, INDEX_NAME = 'PRIMARY', COLUMN_NAME"
            + " FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND NON_UNIQUE = 0"
            + " ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX";
    private static final String H2 = "SELECT c.TABLE_NAME, c.INDEX_NAME, i.INDEX_TYPE_NAME = 'PRIMARY KEY',"
            + " c.COLUMN_NAME FROM INFORMATION_SCHEMA.INDEX_COLUMNS c JOIN INFORMATION_SCHEMA.INDEXES i"
            + " ON i.INDEX_SCHEMA = c.INDEX_SCHEMA AND i.INDEX_NAME = c.INDEX_NAME"
            + " WHERE c.TABLE_SCHEMA = CURRENT_SCHEMA AND i.INDEX_TYPE_NAME IN ('PRIMARY KEY', 'UNIQUE INDEX')"
            + " ORDER BY c.TABLE_NAME, c.INDEX_NAME, c.ORDINAL_POSITION";

    private LiveKeys() {
    }

    /**
     * The one query listing table, index, whether it is the primary key, and column, in index order, for the
     * database called {@code product}; {@code null} where the keys are read table by table (SQLite, in-process).
     */
    static String batchQuery(String product) {
        return switch (product) {
            case "PostgreSQL" -> POSTGRES;
            case "MariaDB", "MySQL" -> MARIADB;
            case "H2" -> H2;
            default -> null;
        };
    }

    /** The keys of {@code tables} (exact names), by table, read with {@code query}. */
    static Map<String, Keys> read(Connection connection, String query, Set<String> tables) throws SQLException {
        Map<String, Map<String, List<String>>> indexes = new LinkedHashMap<>();
        Map<String, String> primary = new LinkedHashMap<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(query)) {
            while (rs.next()) {
                String table = rs.getString(1);
                if (!tables.contains(table)) continue;
                String index = rs.getString(2);
                if (rs.getBoolean(3)) primary.put(table, index);
                indexes.computeIfAbsent(table, t -> new LinkedHashMap<>())
                        .computeIfAbsent(index, i -> new ArrayList<>()).add(rs.getString(4));
            }
        }
        Map<String, Keys> keys = new LinkedHashMap<>();
        for (String table : tables) {
            Map<String, List<String>> byName = indexes.getOrDefault(table, Map.of());
            String pk = primary.get(table);
            List<DatabaseSchema.Unique> uniques = new ArrayList<>();
            byName.forEach((name, columns) -> {
                if (!name.equals(pk)) uniques.add(new DatabaseSchema.Unique(name, columns));
            });
            keys.put(table, new Keys(pk == null ? List.of() : byName.get(pk), uniques));
        }
        return keys;
    }
}
