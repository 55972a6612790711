package dev.junction.schema.internal;

import dev.junction.schema.DatabaseSchema;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The indexes of one table as JDBC metadata lists them ({@link DatabaseMetaData#getIndexInfo}), unique and not, and
 * which of the non-unique ones a database made for a foreign key on its own, on the key's columns: H2 indexes every
 * foreign key as {@code <constraint>_INDEX_<n>} ({@code CONSTRAINT_INDEX_<n>} for a constraint declared without a
 * name, which it calls {@code CONSTRAINT_<n>}); MariaDB every one no other index serves, under the constraint's name
 * (or, for a constraint declared without one, which it calls {@code <table>_ibfk_<n>}, as Sequelize's are, under its
 * first column's). Neither is part of a schema a model describes. Stateless.
 */
final class LiveIndexes {
    /** The name MariaDB gives a foreign key declared without one. */
    private static final Pattern UNNAMED_MARIADB_KEY = Pattern.compile(".*_ibfk_[0-9]+");

    /**
     * One index.
     *
     * @param name    its name
     * @param unique  whether it is unique (the primary key's and unique constraints' indexes are)
     * @param columns its columns in index order
     */
    record Entry(String name, boolean unique, List<String> columns) {
    }

    private LiveIndexes() {
    }

    /** Every index of {@code table}, with its columns in index order. */
    static List<Entry> read(DatabaseMetaData meta, String catalog, String schema, String table) throws SQLException {
        Map<String, TreeMap<Integer, String>> columns = new LinkedHashMap<>();
        Map<String, Boolean> unique = new LinkedHashMap<>();
        try (ResultSet rs = meta.getIndexInfo(catalog, schema, table, false, true)) {
            while (rs.next()) {
                String name = rs.getString("INDEX_NAME");
                String column = rs.getString("COLUMN_NAME");
                if (name == null || column == null || rs.getShort("TYPE") == DatabaseMetaData.tableIndexStatistic) {
                    continue;
                }
                unique.put(name, !rs.getBoolean("NON_UNIQUE"));
                columns.computeIfAbsent(name, n -> new TreeMap<>()).put((int) rs.getShort("ORDINAL_POSITION"),
                        column);
            }
        }
        List<Entry> entries = new ArrayList<>();
        columns.forEach((name, cols) -> entries.add(new Entry(name, unique.get(name), new ArrayList<>(cols.values()))));
        return entries;
    }

    /** The non-unique indexes of {@code entries}, but those made for one of {@code foreignKeys} by the database. */
    static List<DatabaseSchema.Index> plain(List<Entry> entries, List<DatabaseSchema.ForeignKey> foreignKeys) {
        List<DatabaseSchema.Index> indexes = new ArrayList<>();
        for (Entry entry : entries) {
            if (entry.unique() || foreignKeys.stream().anyMatch(fk -> madeFor(entry, fk))) continue;
            indexes.add(new DatabaseSchema.Index(entry.name(), entry.columns()));
        }
        return indexes;
    }

    /** Whether the database made {@code index} for {@code fk}: on its columns, named after it (or its column). */
    private static boolean madeFor(Entry index, DatabaseSchema.ForeignKey fk) {
        if (fk.name().isEmpty() || !sameColumnsInOrder(index.columns(), fk.columns())) return false;
        String name = index.name();
        String h2 = fk.name() + "_INDEX_";
        return name.equalsIgnoreCase(fk.name()) || name.startsWith(h2)
                || fk.name().startsWith("CONSTRAINT_") && name.startsWith("CONSTRAINT_INDEX_")
                || UNNAMED_MARIADB_KEY.matcher(fk.name()).matches() && name.equalsIgnoreCase(fk.columns().get(0));
    }

    /** Whether {@code a} and {@code b} name the same columns in the same order, in any case. */
    static boolean sameColumnsInOrder(List<String> a, List<String> b) {
        if (a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).equalsIgnoreCase(b.get(i))) return false;
        }
        return true;
    }
}
