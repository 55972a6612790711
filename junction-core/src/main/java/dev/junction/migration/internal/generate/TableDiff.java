package dev.junction.migration.internal.generate;

import dev.junction.dialect.Dialect;
import dev.junction.schema.DataType;
import java.util.ArrayList;
import java.util.List;

/**
 * What changed in one table both snapshots have. Columns of {@code altered} pairs carry the new column name on both
 * sides (a renamed column is renamed first).
 *
 * @param from           the table before (named as before)
 * @param to             the table after
 * @param renamed        columns renamed, old name and new name
 * @param added          columns added
 * @param dropped        columns dropped
 * @param altered        columns whose type, nullability or default changed
 * @param droppedUniques unique constraints dropped (or replaced)
 * @param addedUniques   unique constraints added (or replacing)
 * @param droppedKeys    foreign keys dropped (or replaced)
 * @param addedKeys      foreign keys added (or replacing)
 * @param keyChanged     whether the primary key changes (as a join table's {@code unique} switch changes it)
 * @param droppedIndexes indexes dropped (or replaced: a changed index is dropped and created)
 * @param addedIndexes   indexes created (or replacing)
 */
public record TableDiff(SnapshotTable from, SnapshotTable to, List<ColumnRename> renamed, List<SnapshotColumn> added,
                        List<SnapshotColumn> dropped, List<ColumnChange> altered, List<SnapshotUnique> droppedUniques,
                        List<SnapshotUnique> addedUniques, List<SnapshotForeignKey> droppedKeys,
                        List<SnapshotForeignKey> addedKeys, boolean keyChanged, List<SnapshotIndex> droppedIndexes,
                        List<SnapshotIndex> addedIndexes) {

    /** A column renamed. */
    public record ColumnRename(String from, String to) {
    }

    /** A column's definition before (under its new name) and after. */
    public record ColumnChange(SnapshotColumn before, SnapshotColumn after) {
        public boolean typeChanged() {
            return !before.sameType(after);
        }

        /**
         * Whether {@code dialect} spells both sides alike, so that nothing changes there: bytes of another limit where
         * the database keeps none (BYTEA, BLOB), nullability and default as they were.
         */
        public boolean spelledAlikeOn(Dialect dialect) {
            return before.kind() == DataType.Kind.BINARY && after.kind() == DataType.Kind.BINARY
                    && dialect.columnType(before.type()).equals(dialect.columnType(after.type()))
                    && !nullabilityChanged() && !defaultChanged();
        }

        public boolean narrows() {
            return typeChanged() && before.narrowsTo(after);
        }

        public boolean nullabilityChanged() {
            return before.nullable() != after.nullable();
        }

        public boolean defaultChanged() {
            return !before.sameDefault(after);
        }
    }

    /** This diff without the column changes {@code dialect} spells alike ({@link ColumnChange#spelledAlikeOn}). */
    public TableDiff on(Dialect dialect) {
        List<ColumnChange> changing = altered.stream().filter(c -> !c.spelledAlikeOn(dialect)).toList();
        if (changing.size() == altered.size()) return this;
        return new TableDiff(from, to, renamed, added, dropped, changing, droppedUniques, addedUniques, droppedKeys,
                addedKeys, keyChanged, droppedIndexes, addedIndexes);
    }

    /** Whether nothing changed. */
    public boolean isEmpty() {
        return renamed.isEmpty() && added.isEmpty() && dropped.isEmpty() && altered.isEmpty()
                && droppedUniques.isEmpty() && addedUniques.isEmpty() && droppedKeys.isEmpty() && addedKeys.isEmpty()
                && !keyChanged && droppedIndexes.isEmpty() && addedIndexes.isEmpty();
    }

    /** The table's name after the change. */
    public String table() {
        return to.table();
    }

    /** The changes in words. */
    public List<String> describe() {
        String t = to.table();
        List<String> lines = new ArrayList<>();
        renamed.forEach(r -> lines.add("rename column " + t + "." + r.from() + " to " + r.to()));
        droppedKeys.forEach(k -> lines.add("drop foreign key " + k.name() + " of " + t + "." + k.column()));
        droppedUniques.forEach(u -> lines.add("drop unique " + u.name() + " " + u.columns() + " of " + t));
        droppedIndexes.forEach(i -> lines.add("drop index " + i.name() + " " + i.columns() + " of " + t));
        added.forEach(c -> lines.add("add column " + t + "." + c.column() + " " + typeName(c)
                + (c.nullable() ? "" : " NOT NULL")));
        for (ColumnChange c : altered) {
            String column = t + "." + c.after().column();
            if (c.typeChanged()) {
                lines.add((c.narrows() ? "narrow " : "widen ") + column + " from " + typeName(c.before()) + " to "
                        + typeName(c.after()));
            }
            if (c.nullabilityChanged()) lines.add(column + (c.after().nullable() ? " allows NULL" : " becomes NOT NULL"));
            if (c.defaultChanged()) lines.add(column + " default " + c.before().defaultValue() + " → "
                    + c.after().defaultValue());
        }
        dropped.forEach(c -> lines.add("drop column " + t + "." + c.column()));
        addedUniques.forEach(u -> lines.add("add unique " + u.name() + " " + u.columns() + " to " + t));
        addedKeys.forEach(k -> lines.add("add foreign key " + k.name() + " " + t + "." + k.column() + " → "
                + k.referencedTable() + "." + k.referencedColumn() + " ON DELETE " + k.onDelete().sql()
                + " ON UPDATE " + k.onUpdate().sql()));
        if (keyChanged) lines.add("primary key of " + t + " becomes " + to.primaryKey());
        addedIndexes.forEach(i -> lines.add("add index " + i.name() + " " + i.columns() + " to " + t));
        return lines;
    }

    static String typeName(SnapshotColumn c) {
        return c.type().kind() == dev.junction.schema.DataType.Kind.ENUM ? "ENUM" + c.enumNames() : c.type().toString();
    }
}
