package dev.junction.migration.internal.generate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Compares two snapshots and lists the changes from the old to the new one: renamed tables, altered tables (in the
 * new creation order), created tables (in foreign-key order), dropped tables (referrers first). Renames are the
 * declared ones ({@link Renames}); a table or column missing on one side and new on the other is a drop and an add.
 */
public final class SchemaDiff {
    private SchemaDiff() {
    }

    /** The changes turning {@code from} into {@code to}. */
    public static List<SchemaChange> between(SchemaSnapshot from, SchemaSnapshot to, Renames renames) {
        List<SchemaChange> renamedTables = new ArrayList<>();
        List<SchemaChange> altered = new ArrayList<>();
        List<SchemaChange> created = new ArrayList<>();
        Set<String> matchedOld = new HashSet<>();
        for (SnapshotTable table : to.tables()) {
            String oldName = renames.oldTable(table.table());
            SnapshotTable before = from.table(oldName).orElse(null);
            if (before == null) {
                created.add(new SchemaChange.CreateTable(table));
                continue;
            }
            matchedOld.add(oldName);
            if (!oldName.equals(table.table())) {
                renamedTables.add(new SchemaChange.RenameTable(oldName, table.table(), before));
            }
            TableDiff diff = table(before, table, renames);
            if (!diff.isEmpty()) altered.add(new SchemaChange.AlterTable(diff));
        }
        List<SchemaChange> changes = new ArrayList<>(renamedTables);
        changes.addAll(altered);
        changes.addAll(created);
        List<SnapshotTable> old = new ArrayList<>(from.tables());
        java.util.Collections.reverse(old);
        for (SnapshotTable table : old) {
            if (!matchedOld.contains(table.table())) changes.add(new SchemaChange.DropTable(table));
        }
        return changes;
    }

    private static TableDiff table(SnapshotTable before, SnapshotTable after, Renames renames) {
        String t = after.table();
        List<TableDiff.ColumnRename> renamed = new ArrayList<>();
        List<SnapshotColumn> added = new ArrayList<>();
        List<TableDiff.ColumnChange> altered = new ArrayList<>();
        Set<String> kept = new HashSet<>();
        for (SnapshotColumn column : after.columns()) {
            String oldName = renames.oldColumn(t, column.column());
            SnapshotColumn previous = before.column(oldName).orElse(null);
            if (previous == null) {
                added.add(column);
                continue;
            }
            kept.add(oldName);
            if (!oldName.equals(column.column())) renamed.add(new TableDiff.ColumnRename(oldName, column.column()));
            SnapshotColumn was = previous.renamed(column.attribute(), column.column());
            if (!was.sameType(column) || was.nullable() != column.nullable() || !was.sameDefault(column)) {
                altered.add(new TableDiff.ColumnChange(was, column));
            }
        }
        List<SnapshotColumn> dropped = before.columns().stream().filter(c -> !kept.contains(c.column())).toList();

        List<SnapshotUnique> droppedUniques = new ArrayList<>();
        List<SnapshotUnique> addedUniques = new ArrayList<>();
        for (SnapshotUnique u : before.uniques()) {
            SnapshotUnique now = new SnapshotUnique(u.name(), u.columns().stream()
                    .map(c -> renames.inverse().oldColumn(before.table(), c)).toList(), u.live());
            if (!after.uniques().contains(now) || droppedColumn(u.columns(), dropped)) droppedUniques.add(u);
        }
        for (SnapshotUnique u : after.uniques()) {
            SnapshotUnique was = new SnapshotUnique(u.name(), u.columns().stream()
                    .map(c -> renames.oldColumn(t, c)).toList(), u.live());
            if (!before.uniques().contains(was)) addedUniques.add(u);
        }

        List<SnapshotForeignKey> droppedKeys = new ArrayList<>();
        List<SnapshotForeignKey> addedKeys = new ArrayList<>();
        for (SnapshotForeignKey fk : before.foreignKeys()) {
            String column = renames.inverse().oldColumn(before.table(), fk.column());
            SnapshotForeignKey now = after.foreignKey(column).orElse(null);
            if (now == null || !sameKey(fk, now, renames)) droppedKeys.add(fk);
        }
        for (SnapshotForeignKey fk : after.foreignKeys()) {
            SnapshotForeignKey was = before.foreignKey(renames.oldColumn(t, fk.column())).orElse(null);
            if (was == null || !sameKey(was, fk, renames)) addedKeys.add(fk);
        }
        List<String> oldKey = before.primaryKey().stream().map(c -> renames.inverse().oldColumn(before.table(), c))
                .toList();
        List<SnapshotIndex> droppedIndexes = new ArrayList<>();
        List<SnapshotIndex> addedIndexes = new ArrayList<>();
        for (SnapshotIndex index : before.indexes()) {
            SnapshotIndex now = new SnapshotIndex(index.name(), index.columns().stream()
                    .map(c -> renames.inverse().oldColumn(before.table(), c)).toList());
            if (!after.indexes().contains(now) || droppedColumn(index.columns(), dropped)) droppedIndexes.add(index);
        }
        for (SnapshotIndex index : after.indexes()) {
            SnapshotIndex was = new SnapshotIndex(index.name(), index.columns().stream()
                    .map(c -> renames.oldColumn(t, c)).toList());
            if (!before.indexes().contains(was)) addedIndexes.add(index);
        }
        return new TableDiff(before, after, renamed, added, dropped, altered, droppedUniques, addedUniques,
                droppedKeys, addedKeys, !oldKey.equals(after.primaryKey()), droppedIndexes, addedIndexes);
    }

    private static boolean droppedColumn(List<String> columns, List<SnapshotColumn> dropped) {
        return dropped.stream().anyMatch(d -> columns.contains(d.column()));
    }

    /** The same key: same name, same target (a renamed target table counts as the same), same actions. */
    private static boolean sameKey(SnapshotForeignKey was, SnapshotForeignKey now, Renames renames) {
        return was.name().equals(now.name()) && renames.oldTable(now.referencedTable()).equals(was.referencedTable())
                && Objects.equals(was.referencedColumn(), now.referencedColumn()) && was.onDelete() == now.onDelete()
                && was.onUpdate() == now.onUpdate();
    }
}
