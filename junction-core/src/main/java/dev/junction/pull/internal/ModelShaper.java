package dev.junction.pull.internal;

import dev.junction.dialect.Dialect;
import dev.junction.schema.DataType;
import dev.junction.schema.DatabaseSchema;
import dev.junction.schema.internal.Naming;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The record for one live table, as Junction's conventions read it: {@code createdAt}/{@code updatedAt} (NOT NULL,
 * of a timestamp type) are the model's timestamps, {@code created_at}/{@code updated_at} make it underscored, and
 * neither means timestamps off (a table of snake_case columns only is underscored all the same); the table is named
 * with {@code @Table} only when the model's name does not derive it; a column Junction has no type for is left out
 * and noted; non-unique indexes become {@code @Index}es.
 */
final class ModelShaper {
    private static final Set<DataType.Kind> TIMESTAMP_KINDS = Set.of(DataType.Kind.INSTANT,
            DataType.Kind.LOCAL_DATE_TIME);

    private final Dialect dialect;
    private final ColumnTypes types;
    private final List<String> warnings;

    ModelShaper(Dialect dialect, List<String> warnings) {
        this.dialect = dialect;
        this.types = new ColumnTypes(dialect);
        this.warnings = warnings;
    }

    /** The model of {@code table}, called {@code className}, without associations yet. */
    PulledModel shape(DatabaseSchema.Table table, String className) {
        boolean camelStamps = stamps(table, "createdAt", "updatedAt");
        boolean snakeStamps = !camelStamps && stamps(table, "created_at", "updated_at");
        boolean timestamps = camelStamps || snakeStamps;
        boolean underscored = snakeStamps || !timestamps && allSnakeCase(table);
        String tableName = Naming.tableName(className, underscored).equals(table.name()) ? null : table.name();
        List<String> notes = new ArrayList<>();
        Map<String, String> groups = uniqueGroups(table, notes);
        List<PulledProperty> properties = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (DatabaseSchema.Column column : table.columns()) {
            DataType type = types.typeOf(column);
            if (type == null) {
                notes.add("column " + column.name() + " (" + column.typeName() + ") is left out: Junction has no type"
                        + " stored that way on this database");
                continue;
            }
            String name = JavaNames.attributeName(column.name(), underscored);
            if (timestamps && isTimestamp(name) && type.kind() == DataType.Kind.INSTANT) continue; // the model adds it
            while (!used.add(name)) name = name + "_";
            properties.add(property(table, column, name, type, groups));
        }
        List<PulledIndex> indexes = indexes(table, properties, timestamps, notes);
        notes.forEach(n -> warnings.add(table.name() + ": " + n));
        return new PulledModel(className, table, tableName, timestamps, underscored, properties, indexes, List.of(),
                notes);
    }

    /** The table's indexes over attributes the model has, named only where the default name is not theirs. */
    private List<PulledIndex> indexes(DatabaseSchema.Table table, List<PulledProperty> properties, boolean timestamps,
                                      List<String> notes) {
        List<PulledIndex> indexes = new ArrayList<>();
        Set<List<String>> covered = new HashSet<>();
        for (DatabaseSchema.Index index : table.indexes()) {
            List<String> attributes = new ArrayList<>();
            for (String column : index.columns()) {
                String attribute = properties.stream().filter(p -> p.column().equalsIgnoreCase(column))
                        .map(PulledProperty::name).findFirst().orElse(null);
                if (attribute == null && timestamps) attribute = timestampAttribute(column);
                if (attribute != null) attributes.add(attribute);
            }
            if (attributes.size() != index.columns().size() || !covered.add(attributes)) {
                notes.add("the index " + index.name() + " (" + String.join(", ", index.columns()) + ") is not"
                        + " modelled: " + (attributes.size() != index.columns().size() ? "a column of it is left out"
                        : "another index has the same columns"));
                continue;
            }
            boolean defaultName = Naming.indexName(table.name(), index.columns(), dialect.identifierLimit())
                    .equals(index.name());
            indexes.add(new PulledIndex(defaultName ? null : index.name(), attributes));
        }
        return indexes;
    }

    private static String timestampAttribute(String column) {
        return switch (column) {
            case "createdAt", "created_at" -> "createdAt";
            case "updatedAt", "updated_at" -> "updatedAt";
            default -> null;
        };
    }

    private static PulledProperty property(DatabaseSchema.Table table, DatabaseSchema.Column column, String name,
                                           DataType type, Map<String, String> groups) {
        List<String> key = table.primaryKey();
        boolean id = key.stream().anyMatch(column.name()::equalsIgnoreCase);
        Boolean generated = null;
        if (id && key.size() == 1 && type.isInteger()) {
            boolean derived = name.equals("id"); // Junction generates a lone integer key named id, and no other
            if (column.autoIncrement() != derived) generated = column.autoIncrement();
        }
        boolean unique = !(id && key.size() == 1) && table.uniqueConstraints().stream()
                .anyMatch(u -> u.columns().size() == 1 && u.columns().get(0).equalsIgnoreCase(column.name()));
        return new PulledProperty(name, column.name(), type, id, generated, !id && !column.nullable(), unique,
                groups.get(column.name()));
    }

    /** Each column of a composite unique key, with the key's group name; a column in two keys is noted. */
    private static Map<String, String> uniqueGroups(DatabaseSchema.Table table, List<String> notes) {
        Map<String, String> groups = new HashMap<>();
        for (DatabaseSchema.Unique unique : table.uniqueConstraints()) {
            if (unique.columns().size() < 2) continue;
            String group = String.join("_", unique.columns());
            if (unique.columns().stream().anyMatch(groups::containsKey)) {
                notes.add("the unique key (" + String.join(", ", unique.columns()) + ") is not modelled: a column"
                        + " belongs to one composite unique key only");
                continue;
            }
            unique.columns().forEach(c -> groups.put(c, group));
        }
        return groups;
    }

    private boolean stamps(DatabaseSchema.Table table, String created, String updated) {
        return isStamp(table.columns().stream().filter(c -> c.name().equals(created)).findFirst())
                && isStamp(table.columns().stream().filter(c -> c.name().equals(updated)).findFirst());
    }

    private boolean isStamp(Optional<DatabaseSchema.Column> column) {
        if (column.isEmpty() || column.get().nullable()) return false;
        DataType type = types.typeOf(column.get());
        return type != null && TIMESTAMP_KINDS.contains(type.kind());
    }

    private static boolean isTimestamp(String attribute) {
        return attribute.equals("createdAt") || attribute.equals("updatedAt");
    }

    private static boolean allSnakeCase(DatabaseSchema.Table table) {
        return table.columns().stream().allMatch(c -> c.name().matches("[a-z][a-z0-9_]*"))
                && table.columns().stream().anyMatch(c -> c.name().contains("_"));
    }
}
