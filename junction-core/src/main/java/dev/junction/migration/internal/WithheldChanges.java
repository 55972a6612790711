package dev.junction.migration.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The schema an up file leaves when it may not lose data: the new snapshot, except that what the file leaves
 * commented out stays as it was — dropped tables, dropped columns (last, as a SQLite rebuild keeps them) and narrowed
 * types. The down file is rendered from it, so that it does not create again a table or column that is still there
 * (which fails) nor rebuild a SQLite table without it (which loses its values).
 */
public final class WithheldChanges {
    private WithheldChanges() {
    }

    /** The schema after {@code up} (the changes from {@code before} to {@code now}), its data-losing steps left out. */
    public static SchemaSnapshot applied(SchemaSnapshot now, List<SchemaChange> up, Renames renames) {
        List<SnapshotTable> tables = new ArrayList<>();
        for (SnapshotTable table : now.tables()) {
            TableDiff diff = up.stream().filter(c -> c instanceof SchemaChange.AlterTable a
                    && a.diff().table().equals(table.table())).map(c -> ((SchemaChange.AlterTable) c).diff())
                    .findFirst().orElse(null);
            tables.add(diff == null ? table : kept(diff));
        }
        for (SchemaChange change : up) {
            if (change instanceof SchemaChange.DropTable drop) tables.add(renamedTargets(drop.table(), renames));
        }
        return new SchemaSnapshot(tables);
    }

    /** The altered table with its narrowings undone and its dropped columns still there (without their keys). */
    private static SnapshotTable kept(TableDiff diff) {
        List<SnapshotColumn> columns = new ArrayList<>();
        for (SnapshotColumn c : diff.to().columns()) {
            TableDiff.ColumnChange change = diff.altered().stream()
                    .filter(a -> a.after().column().equals(c.column())).findFirst().orElse(null);
            columns.add(change != null && change.narrows() ? c.withTypeOf(change.before()) : c);
        }
        columns.addAll(diff.dropped());
        return diff.to().with(columns, diff.to().uniques(), diff.to().foreignKeys());
    }

    /** A table the up does not drop: its keys follow the tables renamed beside it, as the database's do. */
    private static SnapshotTable renamedTargets(SnapshotTable table, Renames renames) {
        List<SnapshotForeignKey> keys = table.foreignKeys().stream().map(fk -> new SnapshotForeignKey(fk.name(),
                fk.column(), renames.newTable(fk.referencedTable()), fk.referencedColumn(), fk.onDelete(),
                fk.onUpdate())).toList();
        return table.with(table.columns(), table.uniques(), keys);
    }
}
