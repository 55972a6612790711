package dev.junction.migration.internal.generate;

import dev.junction.dialect.Dialect;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The columns a migration makes a primary key, foreign key or index of that a database cannot key whole
 * ({@link Dialect#keysWhole}: a {@code byte[]} without a length on MariaDB) — as {@code sync} refuses them, a migration
 * generated for that database would fail there part-way.
 */
public final class UnkeyableColumns {
    private UnkeyableColumns() {
    }

    /** {@code "Model.attribute (TYPE)"} for each such column that {@code changes} key on {@code dialect}, in order. */
    public static List<String> of(List<SchemaChange> changes, Dialect dialect) {
        List<String> found = new ArrayList<>();
        for (SchemaChange change : changes) {
            SnapshotTable table;
            Set<String> keyed = new LinkedHashSet<>();
            if (change instanceof SchemaChange.CreateTable create) {
                table = create.table();
                keyed.addAll(keyedColumns(table));
            } else if (change instanceof SchemaChange.AlterTable alter) {
                TableDiff diff = alter.diff();
                table = diff.to();
                if (diff.keyChanged()) keyed.addAll(table.primaryKey());
                diff.addedKeys().forEach(fk -> keyed.add(fk.column()));
                diff.addedIndexes().forEach(index -> keyed.addAll(index.columns()));
                Set<String> keyedNow = keyedColumns(table);
                diff.altered().stream().map(c -> c.after().column()).filter(keyedNow::contains).forEach(keyed::add);
            } else {
                continue;
            }
            for (String column : keyed) {
                SnapshotColumn c = table.column(column).orElse(null);
                if (c == null || dialect.keysWhole(c.type())) continue;
                found.add(table.model() + "." + c.attribute() + " (" + dialect.columnType(c.type()) + ")");
            }
        }
        return found;
    }

    /** The columns of {@code table}'s primary key, foreign keys and indexes. */
    private static Set<String> keyedColumns(SnapshotTable table) {
        Set<String> keyed = new LinkedHashSet<>(table.primaryKey());
        table.foreignKeys().forEach(fk -> keyed.add(fk.column()));
        table.indexes().forEach(index -> keyed.addAll(index.columns()));
        return keyed;
    }
}
