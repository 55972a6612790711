package dev.junction.migration.internal.generate;

import dev.junction.dialect.internal.SchemaDdl;
import dev.junction.schema.DataType;
import dev.junction.dialect.internal.SchemaDdl.ColumnAlteration;
import java.util.ArrayList;
import java.util.List;

/**
 * Alters one table in place (H2, PostgreSQL, MariaDB): drops the foreign keys and unique constraints that go, renames
 * columns, adds columns (a NOT NULL one without a default is added nullable, filled, then made NOT NULL), changes
 * types, defaults and nullability (filling NULLs first), drops columns and adds the new unique constraints and
 * indexes (an index that goes or changes is dropped first, before its columns change). New
 * foreign keys are returned, to be added once every table exists.
 */
final class InPlaceAlter {
    private final SnapshotDdl ddl;
    private final SchemaDdl alter;
    private final MigrationRenderer renderer;

    InPlaceAlter(SnapshotDdl ddl, SchemaDdl alter, MigrationRenderer renderer) {
        this.ddl = ddl;
        this.alter = alter;
        this.renderer = renderer;
    }

    List<SnapshotForeignKey> render(TableDiff diff, MigrationScript script) {
        String table = diff.table();
        List<SnapshotForeignKey> keysToAdd = new ArrayList<>(diff.addedKeys());
        List<SnapshotForeignKey> dropKeys = new ArrayList<>(diff.droppedKeys());
        if (alter.keyIndexesServeForeignKeys()) {
            List<List<String>> droppedIndexes = new ArrayList<>();
            diff.droppedUniques().forEach(u -> droppedIndexes.add(u.columns()));
            diff.droppedIndexes().forEach(i -> droppedIndexes.add(i.columns()));
            if (diff.keyChanged()) droppedIndexes.add(diff.from().primaryKey());
            for (List<String> index : droppedIndexes) {
                // The index goes: a foreign key on its first column goes first and comes back after, with its own.
                diff.from().foreignKey(index.get(0)).filter(fk -> !dropKeys.contains(fk)).ifPresent(fk -> {
                    dropKeys.add(fk);
                    diff.to().foreignKey(renamedTo(diff, fk.column())).filter(k -> !keysToAdd.contains(k))
                            .ifPresent(keysToAdd::add);
                });
            }
        }
        dropKeys.forEach(fk -> script.statement(alter.dropForeignKey(table, ddl.constraintName(fk.name()))));
        diff.droppedUniques().forEach(u -> script.statement(ddl.dropUnique(table, u)));
        renderer.dropIndexes(diff, script);
        for (TableDiff.ColumnRename r : diff.renamed()) {
            script.statement(alter.renameColumn(table, r.from(), r.to()));
            if (diff.from().column(r.from()).filter(c -> c.kind() == DataType.Kind.ENUM).isPresent()) {
                alter.renameEnumCheck(table, r.from(), r.to()).forEach(script::statement);
            }
        }
        boolean keyGoesWithColumn = diff.keyChanged() && diff.dropped().stream()
                .anyMatch(c -> diff.from().primaryKey().contains(c.column()));
        if (diff.keyChanged() && !keyGoesWithColumn && !diff.from().primaryKey().isEmpty()) {
            script.statement(alter.dropPrimaryKey(table));
        }
        for (SnapshotColumn column : diff.added()) {
            if (renderer.kept().column(table, column.column())) {
                script.commentedOut(KeptByUp.note("Column " + table + "." + column.column()),
                        () -> addColumn(diff, column, script));
            } else {
                addColumn(diff, column, script);
            }
        }
        for (TableDiff.ColumnChange change : diff.altered()) {
            alterColumn(table, change, script);
        }
        diff.dropped().forEach(c -> script.lossy("Dropping column " + table + "." + c.column(),
                alter.dropColumn(table, c.column())));
        boolean keyAddedWithColumn = diff.to().hasInlineKey() && diff.added().stream()
                .anyMatch(c -> c.column().equals(diff.to().primaryKey().get(0)));
        if (diff.keyChanged() && !keyAddedWithColumn && !diff.to().primaryKey().isEmpty()) {
            String add = alter.addPrimaryKey(table, diff.to().primaryKey());
            if (keyGoesWithColumn) {
                script.lossy("Dropping column " + table + "." + diff.from().primaryKey().get(0), add);
            } else {
                script.statement(add);
            }
        }
        diff.addedUniques().forEach(u -> script.statement(ddl.addUnique(table, u)));
        renderer.createIndexes(table, diff.addedIndexes(), script);
        return keysToAdd;
    }

    private static String renamedTo(TableDiff diff, String oldColumn) {
        return diff.renamed().stream().filter(r -> r.from().equals(oldColumn)).map(TableDiff.ColumnRename::to)
                .findFirst().orElse(oldColumn);
    }

    private void addColumn(TableDiff diff, SnapshotColumn column, MigrationScript script) {
        String table = diff.table();
        String position = position(diff, column);
        if (column.autoIncrement() && column.primaryKey() && diff.to().hasInlineKey()) {
            script.statement("ALTER TABLE " + ddl.q(table) + " ADD COLUMN " + ddl.column(column, true) + position);
            return;
        }
        if (column.nullable() || column.defaultValue() != null || column.autoIncrement()) {
            script.statement(ddl.addColumn(table, column, null) + position);
            return;
        }
        Object fill = renderer.fillValue(table, column, "is added NOT NULL");
        if (fill == null) {
            script.statement(ddl.addColumn(table, column, null) + position);
            return;
        }
        SnapshotColumn nullable = column.withNullable(true);
        script.statement(ddl.addColumn(table, nullable, null) + position);
        script.statement("UPDATE " + ddl.q(table) + " SET " + ddl.q(column.column()) + " = " + ddl.literal(fill));
        alter.alterColumn(table, new ColumnAlteration(column.column(), ddl.column(column, false), null, true, false,
                null, column.autoIncrement())).forEach(script::statement);
    }

    /** The enum's constants changed: its column type stays, its CHECK constraint is replaced. */
    private void replaceEnumCheck(String table, TableDiff.ColumnChange change, MigrationScript script) {
        SnapshotColumn after = change.after();
        List<String> statements = alter.replaceEnumCheck(table, after.column(), ddl.column(after, false),
                ddl.enumCheck(after));
        String what = table + "." + after.column() + " from " + TableDiff.typeName(change.before()) + " to "
                + TableDiff.typeName(after);
        if (statements == null) {
            script.note("The constants of " + what + " change, but " + ddl.dialect().name() + " names the column's"
                    + " CHECK constraint itself: replace it by hand");
        } else if (change.narrows() && !script.allowsDataLoss()) {
            script.lossy("Narrowing " + what, String.join(";\n-- ", statements));
        } else {
            statements.forEach(script::statement);
        }
    }

    /** Where the added column goes: after its predecessor in the new table, unless it is the last column. */
    private String position(TableDiff diff, SnapshotColumn column) {
        List<SnapshotColumn> columns = diff.to().columns();
        int at = columns.indexOf(column);
        if (at == columns.size() - 1) return "";
        return alter.columnPosition(at == 0 ? null : columns.get(at - 1).column());
    }

    private void alterColumn(String table, TableDiff.ColumnChange change, MigrationScript script) {
        SnapshotColumn after = change.after();
        SnapshotColumn target = after;
        boolean typeChanged = change.typeChanged();
        if (typeChanged && change.before().kind() == DataType.Kind.ENUM && after.kind() == DataType.Kind.ENUM) {
            replaceEnumCheck(table, change, script);
            typeChanged = false;
        } else if (change.narrows() && !script.allowsDataLoss()) {
            script.lossy("Narrowing " + table + "." + after.column() + " from " + TableDiff.typeName(change.before())
                    + " to " + TableDiff.typeName(after), String.join(";\n-- ", alter.alterColumn(table,
                    new ColumnAlteration(after.column(), ddl.column(after, false),
                            after.type(), null, false, null, after.autoIncrement()))));
            target = after.withTypeOf(change.before());
            typeChanged = false;
        }
        Boolean notNull = change.nullabilityChanged() ? !after.nullable() : null;
        if (Boolean.TRUE.equals(notNull)) {
            Object fill = renderer.fillValue(table, after, "becomes NOT NULL");
            if (fill != null) {
                script.statement("UPDATE " + ddl.q(table) + " SET " + ddl.q(after.column()) + " = "
                        + ddl.literal(fill) + " WHERE " + ddl.q(after.column()) + " IS NULL");
            }
        }
        if (!typeChanged && notNull == null && !change.defaultChanged()) return;
        String literal = target.defaultValue() == null ? null : ddl.literal(target.defaultValue());
        alter.alterColumn(table, new ColumnAlteration(after.column(), ddl.column(target, false),
                typeChanged ? after.type() : null, notNull, change.defaultChanged(),
                literal, target.autoIncrement())).forEach(script::statement);
    }
}
