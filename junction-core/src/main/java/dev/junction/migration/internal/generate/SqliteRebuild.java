package dev.junction.migration.internal.generate;

import dev.junction.dialect.internal.SchemaDdl;
import java.util.ArrayList;
import java.util.List;

/**
 * Changes one SQLite table. Renamed columns, added columns SQLite can add (nullable, or with a default) and dropped
 * plain columns are altered directly; anything else rebuilds the table as SQLite documents it: create
 * {@code new_X} with the new definition and every foreign key, copy the rows (renamed columns mapped, NULLs and new
 * NOT NULL columns filled), drop {@code X} (and its indexes), rename {@code new_X} to {@code X}, create its
 * indexes. Indexes alone change by DROP INDEX and CREATE INDEX. It runs with foreign keys off (the
 * migrator switches them off around the file), so the keys of other tables pointing at {@code X} survive.
 */
final class SqliteRebuild {
    private final SnapshotDdl ddl;
    private final SchemaDdl alter;
    private final MigrationRenderer renderer;

    SqliteRebuild(SnapshotDdl ddl, SchemaDdl alter, MigrationRenderer renderer) {
        this.ddl = ddl;
        this.alter = alter;
        this.renderer = renderer;
    }

    /** Renders the change; returns no keys to add later (they are all declared in the table). */
    List<SnapshotForeignKey> render(TableDiff diff, MigrationScript script) {
        if (altersDirectly(diff)) {
            alterDirectly(diff, script);
        } else {
            rebuild(diff, script);
        }
        return List.of();
    }

    private boolean altersDirectly(TableDiff diff) {
        if (!diff.altered().isEmpty() || !diff.droppedUniques().isEmpty() || !diff.addedUniques().isEmpty()
                || !diff.droppedKeys().isEmpty() || diff.keyChanged()) {
            return false;
        }
        for (SnapshotForeignKey fk : diff.addedKeys()) {
            if (diff.added().stream().noneMatch(c -> c.column().equals(fk.column()))) return false;
        }
        for (SnapshotColumn c : diff.added()) {
            boolean keyed = diff.to().foreignKey(c.column()).isPresent();
            if (c.primaryKey() || c.autoIncrement() || !c.nullable() && c.defaultValue() == null
                    || keyed && c.defaultValue() != null) {
                return false;
            }
        }
        for (SnapshotColumn c : diff.dropped()) {
            if (c.primaryKey() || diff.from().foreignKey(c.column()).isPresent()
                    || diff.from().uniques().stream().anyMatch(u -> u.columns().contains(c.column()))) {
                return false;
            }
        }
        return true;
    }

    private void alterDirectly(TableDiff diff, MigrationScript script) {
        String table = diff.table();
        renderer.dropIndexes(diff, script);
        diff.renamed().forEach(r -> script.statement(alter.renameColumn(table, r.from(), r.to())));
        for (SnapshotColumn c : diff.added()) {
            String add = ddl.addColumn(table, c, diff.to().foreignKey(c.column()).orElse(null));
            if (renderer.kept().column(table, c.column())) {
                script.commentedOut(KeptByUp.note("Column " + table + "." + c.column()), () -> script.statement(add));
            } else {
                script.statement(add);
            }
        }
        diff.dropped().forEach(c -> script.lossy("Dropping column " + table + "." + c.column(),
                alter.dropColumn(table, c.column())));
        renderer.createIndexes(table, diff.addedIndexes(), script);
    }

    private void rebuild(TableDiff diff, MigrationScript script) {
        String table = diff.table();
        SnapshotTable target = target(diff, script);
        String temporary = "new_" + table;
        script.comment("SQLite cannot alter this table: rebuild it (runs with foreign keys off)");
        SqliteForeignKeysGuard.render(ddl, script);
        script.statement(ddl.createTable(target, temporary, target.foreignKeys()));
        List<String> columns = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (SnapshotColumn c : target.columns()) {
            String source = source(diff, c.column());
            String value;
            if (renderer.kept().column(table, c.column())) {
                script.comment("NOTE: " + KeptByUp.copied("Column " + table + "." + c.column()));
                value = ddl.q(c.column()); // still there: copied, not emptied
            } else if (source != null) {
                SnapshotColumn old = diff.from().column(source).orElseThrow();
                value = ddl.q(source);
                if (!c.nullable() && old.nullable()) {
                    Object fill = renderer.fillValue(table, c, "becomes NOT NULL");
                    if (fill != null) value = "COALESCE(" + value + ", " + ddl.literal(fill) + ")";
                }
            } else if (!c.nullable() && c.defaultValue() == null && !c.autoIncrement()) {
                Object fill = renderer.fillValue(table, c, "is added NOT NULL");
                if (fill == null) continue;
                value = ddl.literal(fill);
            } else {
                continue;
            }
            columns.add(ddl.q(c.column()));
            values.add(value);
        }
        script.statement("INSERT INTO " + ddl.q(temporary) + " (" + String.join(", ", columns) + ") SELECT "
                + String.join(", ", values) + " FROM " + ddl.q(table));
        script.statement("DROP TABLE " + ddl.q(table));
        script.statement(alter.renameTable(temporary, table));
        ddl.liveUniques(target, table).forEach(script::statement); // partial unique indexes went with it too
        renderer.createIndexes(table, target.indexes(), script); // dropped with the old table
        if (!script.allowsDataLoss()) {
            diff.dropped().forEach(c -> script.lossy("Dropping column " + table + "." + c.column(),
                    alter.dropColumn(table, c.column())));
        }
    }

    /** The new definition, except for what would lose data and is not allowed: dropped columns and narrowings stay. */
    private static SnapshotTable target(TableDiff diff, MigrationScript script) {
        if (script.allowsDataLoss()) return diff.to();
        List<SnapshotColumn> columns = new ArrayList<>();
        for (SnapshotColumn c : diff.to().columns()) {
            TableDiff.ColumnChange change = diff.altered().stream().filter(a -> a.after().column().equals(c.column()))
                    .findFirst().orElse(null);
            if (change != null && change.narrows()) {
                script.withheld("Narrowing " + diff.table() + "." + c.column() + " from "
                        + TableDiff.typeName(change.before()) + " to " + TableDiff.typeName(c));
                columns.add(c.withTypeOf(change.before()));
            } else {
                columns.add(c);
            }
        }
        List<SnapshotForeignKey> keys = new ArrayList<>(diff.to().foreignKeys());
        for (SnapshotColumn dropped : diff.dropped()) {
            columns.add(dropped);
            diff.from().foreignKey(dropped.column()).ifPresent(keys::add);
        }
        return diff.to().with(columns, diff.to().uniques(), keys);
    }

    /** The old column a column of the new table is copied from, or {@code null} for a new column. */
    private static String source(TableDiff diff, String column) {
        for (TableDiff.ColumnRename r : diff.renamed()) {
            if (r.to().equals(column)) return r.from();
        }
        boolean added = diff.added().stream().anyMatch(c -> c.column().equals(column));
        return !added && diff.from().column(column).isPresent() ? column : null;
    }
}
