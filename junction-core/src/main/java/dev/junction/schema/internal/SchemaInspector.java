package dev.junction.schema.internal;

import dev.junction.schema.DatabaseSchema;
import dev.junction.schema.ReferentialAction;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Describes the live schema through JDBC {@link DatabaseMetaData}, which every supported driver implements, scoped
 * to the connection's current catalog (MariaDB's database) and schema (PostgreSQL's search path, H2's PUBLIC).
 */
public final class SchemaInspector {
    private final Connection connection;
    private final DatabaseMetaData meta;
    private final String catalog;
    private final String schema;

    public SchemaInspector(Connection connection) throws SQLException {
        this.connection = connection;
        this.meta = connection.getMetaData();
        this.catalog = connection.getCatalog();
        this.schema = currentSchema(connection);
    }

    private static String currentSchema(Connection connection) {
        try {
            return connection.getSchema();
        } catch (SQLException | AbstractMethodError e) {
            return null;
        }
    }

    /** Every base table of the current schema. */
    public DatabaseSchema describe() throws SQLException {
        List<DatabaseSchema.Table> tables = new ArrayList<>();
        for (String name : tableNames()) {
            tables.add(describe(name));
        }
        return new DatabaseSchema(tables);
    }

    /** Names of the base tables of the current schema (SQLite's internal tables left out). */
    public List<String> tableNames() throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = meta.getTables(catalog, schema, "%", null)) {
            while (rs.next()) {
                String type = rs.getString("TABLE_TYPE");
                String name = rs.getString("TABLE_NAME");
                if (type == null || !(type.equalsIgnoreCase("TABLE") || type.equalsIgnoreCase("BASE TABLE"))) continue;
                if (name.toLowerCase(Locale.ROOT).startsWith("sqlite_")) continue;
                if (!sameScope(rs)) continue;
                names.add(name);
            }
        }
        return names;
    }

    private boolean sameScope(ResultSet rs) throws SQLException {
        String tableSchema = rs.getString("TABLE_SCHEM");
        return schema == null || tableSchema == null || tableSchema.equals(schema);
    }

    /** One table. */
    public DatabaseSchema.Table describe(String table) throws SQLException {
        List<String> key = primaryKey(table);
        List<LiveIndexes.Entry> indexes = LiveIndexes.read(meta, catalog, schema, table);
        List<DatabaseSchema.ForeignKey> foreignKeys = foreignKeys(table);
        List<DatabaseSchema.Column> columns = MariaDbJsonColumns.typed(connection, meta.getDatabaseProductName(),
                table, columns(table));
        return new DatabaseSchema.Table(table, columns, key,
                uniques(indexes, key, h2ConstraintNamesByIndex(table),
                        LiveTables.liveColumns(connection, meta.getDatabaseProductName(), table)), foreignKeys,
                LiveIndexes.plain(indexes, foreignKeys));
    }

    /**
     * Columns, primary key and unique indexes (not foreign keys nor other indexes; unique constraints under their
     * index's name) of
     * {@code tables}, exact names of existing tables: on PostgreSQL, MariaDB and SQLite with two queries for the
     * whole schema ({@link LiveTables}); elsewhere through JDBC metadata — which H2 answers from its own structures,
     * far quicker than its INFORMATION_SCHEMA — with the columns of all tables at once.
     */
    public Map<String, DatabaseSchema.Table> columnsAndKeys(Set<String> tables) throws SQLException {
        if (LiveTables.supports(meta.getDatabaseProductName())) {
            return LiveTables.read(connection, meta.getDatabaseProductName(), tables);
        }
        Map<String, TreeMap<Integer, DatabaseSchema.Column>> columns = new HashMap<>();
        try (ResultSet rs = meta.getColumns(catalog, schema, "%", "%")) {
            while (rs.next()) {
                String table = rs.getString("TABLE_NAME");
                if (!tables.contains(table) || !sameScope(rs)) continue;
                columns.computeIfAbsent(table, t -> new TreeMap<>()).put(rs.getInt("ORDINAL_POSITION"), column(rs));
            }
        }
        Map<String, DatabaseSchema.Table> shapes = new LinkedHashMap<>();
        for (String table : tables) {
            List<String> key = primaryKey(table);
            shapes.put(table, new DatabaseSchema.Table(table, new ArrayList<>(columns.getOrDefault(table,
                    new TreeMap<>()).values()), key, uniques(LiveIndexes.read(meta, catalog, schema, table), key,
                    Map.of(), Map.of()), List.of(), List.of()));
        }
        return shapes;
    }

    /**
     * Whether two table names that differ only in case name two tables (PostgreSQL, H2, MariaDB on Linux) rather
     * than one (SQLite).
     */
    public boolean tableNamesCaseSensitive() throws SQLException {
        return meta.supportsMixedCaseQuotedIdentifiers();
    }

    /** Whether two column names that differ only in case name two columns (PostgreSQL, H2; not MariaDB, SQLite). */
    public boolean columnNamesCaseSensitive() throws SQLException {
        String product = meta.getDatabaseProductName();
        return tableNamesCaseSensitive() && !product.equals("MariaDB") && !product.equals("MySQL");
    }

    private List<DatabaseSchema.Column> columns(String table) throws SQLException {
        TreeMap<Integer, DatabaseSchema.Column> columns = new TreeMap<>();
        try (ResultSet rs = meta.getColumns(catalog, schema, escape(table), "%")) {
            while (rs.next()) {
                if (!table.equals(rs.getString("TABLE_NAME"))) continue;
                columns.put(rs.getInt("ORDINAL_POSITION"), column(rs));
            }
        }
        return new ArrayList<>(columns.values());
    }

    private static DatabaseSchema.Column column(ResultSet rs) throws SQLException {
        boolean auto = "YES".equalsIgnoreCase(safeString(rs, "IS_AUTOINCREMENT"));
        // SQLite reports its rowid alias (INTEGER PRIMARY KEY) as nullable, yet a generated key never is.
        boolean nullable = !auto && rs.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls;
        return new DatabaseSchema.Column(rs.getString("COLUMN_NAME"), rs.getString("TYPE_NAME"),
                rs.getInt("COLUMN_SIZE"), nullable, rs.getString("COLUMN_DEF"), auto, rs.getInt("DECIMAL_DIGITS"));
    }

    private List<String> primaryKey(String table) throws SQLException {
        TreeMap<Integer, String> key = new TreeMap<>();
        try (ResultSet rs = meta.getPrimaryKeys(catalog, schema, table)) {
            while (rs.next()) {
                key.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME"));
            }
        }
        return new ArrayList<>(key.values());
    }

    /**
     * The unique ones of {@code indexes} but the {@code key}'s, named by {@code constraintNames} or their own, each
     * partial one over the rows whose {@code liveColumns} column is null with that column.
     */
    private static List<DatabaseSchema.Unique> uniques(List<LiveIndexes.Entry> indexes, List<String> key,
                                                       Map<String, String> constraintNames,
                                                       Map<String, String> liveColumns) {
        List<DatabaseSchema.Unique> uniques = new ArrayList<>();
        for (LiveIndexes.Entry index : indexes) {
            List<String> cols = index.columns();
            boolean isKey = cols.size() == key.size() && cols.containsAll(key);
            if (index.unique() && !isKey) {
                uniques.add(new DatabaseSchema.Unique(constraintNames.getOrDefault(index.name(), index.name()), cols,
                        liveColumns.get(index.name())));
            }
        }
        return uniques;
    }

    /**
     * H2 backs a unique constraint with an index of another name ({@code <constraint>_INDEX_4}), and its metadata
     * lists only the index; this maps such indexes back to their constraints. Empty on other databases.
     */
    private Map<String, String> h2ConstraintNamesByIndex(String table) throws SQLException {
        if (!"H2".equals(meta.getDatabaseProductName())) return Map.of();
        Map<String, String> names = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT INDEX_NAME, CONSTRAINT_NAME FROM"
                + " INFORMATION_SCHEMA.TABLE_CONSTRAINTS WHERE TABLE_SCHEMA = CURRENT_SCHEMA AND TABLE_NAME = ?")) {
            statement.setString(1, table);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    if (rs.getString(1) != null) names.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return names;
    }

    private List<DatabaseSchema.ForeignKey> foreignKeys(String table) throws SQLException {
        Map<String, List<String[]>> byName = new LinkedHashMap<>();
        Map<String, short[]> rules = new LinkedHashMap<>();
        try (ResultSet rs = meta.getImportedKeys(catalog, schema, table)) {
            int unnamed = 0;
            while (rs.next()) {
                String name = rs.getString("FK_NAME");
                short seq = rs.getShort("KEY_SEQ");
                if (name == null || name.isEmpty()) {
                    // SQLite keeps no names: a new key starts at sequence 1.
                    name = "#" + (seq <= 1 ? ++unnamed : unnamed);
                }
                byName.computeIfAbsent(name, n -> new ArrayList<>()).add(new String[] {
                        rs.getString("FKCOLUMN_NAME"), rs.getString("PKTABLE_NAME"), rs.getString("PKCOLUMN_NAME")});
                rules.put(name, new short[] {rs.getShort("DELETE_RULE"), rs.getShort("UPDATE_RULE")});
            }
        }
        List<DatabaseSchema.ForeignKey> keys = new ArrayList<>();
        byName.forEach((name, parts) -> {
            List<String> columns = parts.stream().map(p -> p[0]).toList();
            List<String> referenced = parts.stream().map(p -> p[2]).toList();
            short[] rule = rules.get(name);
            keys.add(new DatabaseSchema.ForeignKey(name.startsWith("#") ? "" : name, columns, parts.get(0)[1],
                    referenced, action(rule[0]), action(rule[1])));
        });
        return keys;
    }

    private static ReferentialAction action(short rule) {
        return switch (rule) {
            case DatabaseMetaData.importedKeyCascade -> ReferentialAction.CASCADE;
            case DatabaseMetaData.importedKeySetNull -> ReferentialAction.SET_NULL;
            case DatabaseMetaData.importedKeySetDefault -> ReferentialAction.SET_DEFAULT;
            case DatabaseMetaData.importedKeyRestrict -> ReferentialAction.RESTRICT;
            default -> ReferentialAction.NO_ACTION;
        };
    }

    private String escape(String pattern) throws SQLException {
        String escape = meta.getSearchStringEscape();
        if (escape == null || escape.isEmpty()) return pattern;
        return pattern.replace(escape, escape + escape).replace("_", escape + "_").replace("%", escape + "%");
    }

    private static String safeString(ResultSet rs, String column) {
        try {
            return rs.getString(column);
        } catch (SQLException e) {
            return null;
        }
    }

    /** The connection this inspector reads through. */
    public Connection connection() {
        return connection;
    }
}
