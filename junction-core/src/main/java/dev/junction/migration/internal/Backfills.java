package dev.junction.migration.internal;

import dev.junction.migration.MigrationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The values that fill existing rows of a column becoming NOT NULL, keyed {@code "Table.column"} (model name and
 * attribute name are accepted too). A value given as text ({@code --backfill Users.age=0}) is read as the column's
 * type.
 */
public final class Backfills {
    private final Map<String, Object> values;
    private final Map<String, Object> resolved = new LinkedHashMap<>();

    /** @param values the values as given, keyed {@code "Table.column"} */
    public Backfills(Map<String, Object> values) {
        this.values = Map.copyOf(values);
    }

    /** Checks that every key names a column of {@code schema}, resolving it; fails naming the first that does not. */
    public Backfills resolve(SchemaSnapshot schema) {
        for (Map.Entry<String, Object> e : values.entrySet()) {
            String key = e.getKey();
            int dot = key.indexOf('.');
            String tableName = dot < 0 ? key : key.substring(0, dot);
            String columnName = dot < 0 ? "" : key.substring(dot + 1);
            SnapshotTable table = schema.tables().stream()
                    .filter(t -> t.table().equals(tableName) || t.model().equals(tableName)).findFirst()
                    .orElseThrow(() -> new MigrationException("Backfill '" + key + "' names table " + tableName
                            + ", which no model has; give it as Table.column (e.g. --backfill Users.age=0)"));
            SnapshotColumn column = table.column(columnName).or(() -> table.attribute(columnName))
                    .orElseThrow(() -> new MigrationException("Backfill '" + key + "' names column " + columnName
                            + ", which table " + table.table() + " does not have; give it as Table.column"));
            resolved.put(table.table() + "." + column.column(), typed(e.getValue(), column, key));
        }
        return this;
    }

    /** The fill value of {@code column} in {@code table}, or {@code null} when none was given. */
    public Object valueFor(String table, String column) {
        return resolved.get(table + "." + column);
    }

    private static Object typed(Object value, SnapshotColumn column, String key) {
        if (value == null) {
            throw new MigrationException("Backfill '" + key + "' has no value; a NOT NULL column needs one");
        }
        if (!(value instanceof String text)) return value;
        try {
            return switch (column.kind()) {
                case INTEGER -> Integer.valueOf(text);
                case BIGINT -> Long.valueOf(text);
                case DOUBLE -> Double.valueOf(text);
                case DECIMAL -> new BigDecimal(text);
                case BOOLEAN -> parseBoolean(text);
                case DATE -> LocalDate.parse(text);
                case UUID -> UUID.fromString(text);
                default -> text;
            };
        } catch (RuntimeException e) {
            throw new MigrationException("Backfill '" + key + "' is '" + text + "', which is not a value of column "
                    + column.column() + " (" + TableDiff.typeName(column) + ")");
        }
    }

    private static Boolean parseBoolean(String text) {
        if (text.equalsIgnoreCase("true")) return true;
        if (text.equalsIgnoreCase("false")) return false;
        throw new IllegalArgumentException(text);
    }
}
