package dev.junction.migration.internal.generate;

import java.util.List;
import java.util.Optional;

/**
 * One table of a {@link SchemaSnapshot}. Immutable.
 *
 * @param model       the model's name
 * @param table       the table's name
 * @param columns     the columns, in column order
 * @param primaryKey  the key columns, in key order
 * @param uniques     the unique constraints
 * @param foreignKeys the foreign keys
 * @param indexes     the non-unique indexes
 */
public record SnapshotTable(String model, String table, List<SnapshotColumn> columns, List<String> primaryKey,
                            List<SnapshotUnique> uniques, List<SnapshotForeignKey> foreignKeys,
                            List<SnapshotIndex> indexes) {
    public SnapshotTable {
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
        uniques = List.copyOf(uniques);
        foreignKeys = List.copyOf(foreignKeys);
        indexes = List.copyOf(indexes);
    }

    /** The column called {@code name}, if any. */
    public Optional<SnapshotColumn> column(String name) {
        return columns.stream().filter(c -> c.column().equals(name)).findFirst();
    }

    /** The column of attribute {@code attribute}, if any. */
    public Optional<SnapshotColumn> attribute(String attribute) {
        return columns.stream().filter(c -> c.attribute().equals(attribute)).findFirst();
    }

    /** The foreign key held by {@code column}, if any. */
    public Optional<SnapshotForeignKey> foreignKey(String column) {
        return foreignKeys.stream().filter(fk -> fk.column().equals(column)).findFirst();
    }

    /** Whether the key is one auto-increment column, declared inline with its column. */
    public boolean hasInlineKey() {
        return primaryKey.size() == 1 && column(primaryKey.get(0)).map(SnapshotColumn::autoIncrement).orElse(false);
    }

    /** This table with other columns and constraints (the same model and name). */
    public SnapshotTable with(List<SnapshotColumn> columns, List<SnapshotUnique> uniques,
                              List<SnapshotForeignKey> foreignKeys) {
        return new SnapshotTable(model, table, columns, primaryKey, uniques, foreignKeys, indexes);
    }
}
