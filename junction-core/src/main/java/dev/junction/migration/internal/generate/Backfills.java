package dev.junction.migration.internal.generate;

import dev.junction.migration.MigrationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The values that fill existing rows of a column becoming NOT NULL — in the up direction, or in the down direction
 * where a dropped NOT NULL column comes back — keyed {@code "Table.column"} (model name and attribute name are
 * accepted too). A value given as text ({@code --backfill Users.age=0}) is read as the column's
 * type.
 */
public final class Backfills {
    private final Map<String, Object> values;
    private final Map<String, Object> resolved = new LinkedHashMap<>();

    /** @param values the values as given, keyed {@code "Table.column"} */
    public Backfills(Map<String, Object> values) {
        this.values = Map.copyOf(values);
    }

    /**
     * Checks that every key names a column of {@code schema} (the new one), or else a column of {@code previous} (the
     * old one: a column being dropped, whose value fills the rows when the down migration adds it back), resolving it;
     * fails naming the first that names neither.
     */
    public Backfills resolve(SchemaSnapshot schema, SchemaSnapshot previous) {
        for (Map.Entry<String, Object> e : values.entrySet()) {
            String key = e.getKey();
            int dot = key.indexOf('.');
            String tableName = dot < 0 ? key : key.substring(0, dot);
            String columnName = dot < 0 ? "" : key.substring(dot + 1);
            SnapshotTable table = table(schema, tableName).or(() -> table(previous, tableName))
                    .orElseThrow(() -> new MigrationException("Backfill '" + key + "' names table " + tableName
                            + ", which no model has; give it as Table.column (e.g. --backfill Users.age=0)"));
            SnapshotTable old = table(previous, table.model()).orElse(null);
            SnapshotColumn column = column(table, columnName)
                    .or(() -> old == null ? Optional.empty() : column(old, columnName))
                    .orElseThrow(() -> new MigrationException("Backfill '" + key + "' names column " + columnName
                            + ", which table " + table.table() + " does not have; give it as Table.column"));
            String owner = table.column(column.column()).isPresent() ? table.table() : old.table();
            resolved.put(owner + "." + column.column(), typed(e.getValue(), column, key));
        }
        return this;
    }

    /**
     * Checks that every NOT NULL column without a default that {@code up} drops (when the drop is written, not
     * commented out) has a fill value: the down migration adds it back, and the rows need a value for it.
     *
     * @throws MigrationException naming the first such column and how to give its value
     */
    public void requireForDroppedColumns(List<SchemaChange> up) {
        for (SchemaChange change : up) {
            if (!(change instanceof SchemaChange.AlterTable alter)) continue;
            String table = alter.diff().from().table();
            for (SnapshotColumn c : alter.diff().dropped()) {
                boolean filled = c.nullable() || c.defaultValue() != null || c.autoIncrement();
                if (filled || valueFor(table, c.column()) != null) continue;
                throw new MigrationException("Column " + table + "." + c.column() + " is dropped, and it is NOT NULL"
                        + " without a default: the down migration adds it back and needs a value for the rows;"
                        + " give it with --backfill " + table + "." + c.column() + "=VALUE (GenerateOptions.backfill(\""
                        + table + "." + c.column() + "\", value))");
            }
        }
    }

    private static Optional<SnapshotTable> table(SchemaSnapshot schema, String name) {
        return schema.tables().stream().filter(t -> t.table().equals(name) || t.model().equals(name)).findFirst();
    }

    private static Optional<SnapshotColumn> column(SnapshotTable table, String name) {
        return table.column(name).or(() -> table.attribute(name));
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
