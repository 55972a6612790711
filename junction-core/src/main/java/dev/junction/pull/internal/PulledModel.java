package dev.junction.pull.internal;

import dev.junction.schema.DatabaseSchema;
import java.util.ArrayList;
import java.util.List;

/**
 * The model pulled for one table: its class name and options, its components, and (filled in afterwards by
 * {@link AssociationPlanner}) the statements of its {@code associate} hook.
 *
 * @param className   the record's simple name
 * @param table       the live table
 * @param tableName   the table to name with {@code @Table}, or {@code null} when the model's name derives it
 * @param timestamps  whether the model keeps {@code createdAt}/{@code updatedAt}
 * @param underscored whether names are snake_case
 * @param properties  the record's components, in column order
 * @param indexes     the table's non-unique indexes
 * @param associate   the statements of the associate hook, in the order written
 * @param notes       what the record cannot say about its table, written as comments
 */
record PulledModel(String className, DatabaseSchema.Table table, String tableName, boolean timestamps,
                   boolean underscored, List<PulledProperty> properties, List<PulledIndex> indexes,
                   List<String> associate, List<String> notes) {
    PulledModel {
        associate = new ArrayList<>(associate);
        notes = new ArrayList<>(notes);
    }

    /** The component stored in {@code column} (case-insensitive), or {@code null} when the record has none. */
    PulledProperty property(String column) {
        return properties.stream().filter(p -> p.column().equalsIgnoreCase(column)).findFirst().orElse(null);
    }

    /** The single-column primary key's component, or {@code null}. */
    PulledProperty singleKey() {
        List<PulledProperty> key = properties.stream().filter(PulledProperty::id).toList();
        return key.size() == 1 ? key.get(0) : null;
    }
}
