package dev.junction.migration.internal.generate;

import dev.junction.dialect.Dialect;
import dev.junction.dialect.internal.SchemaDdl;
import dev.junction.migration.MigrationException;
import dev.junction.schema.DataType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders a list of {@link SchemaChange}s as one migration file for one dialect: renamed tables first, then the
 * altered tables (in place, or rebuilt on SQLite), the created tables in foreign-key order, the foreign keys that
 * could not be declared earlier, and the dropped tables, referrers first. Used for both directions: the down file is
 * the rendering of the changes from the new schema back to the old one.
 */
public final class MigrationRenderer {
    private final Dialect dialect;
    private final SnapshotDdl ddl;
    private final SchemaDdl alter;
    private final Backfills backfills;
    private final boolean up;
    private final KeptByUp kept;

    /**
     * @param dialect   the dialect to render for
     * @param backfills fill values for columns becoming NOT NULL
     * @param up        whether this is the up direction, where a NOT NULL column without a fill value fails
     */
    public MigrationRenderer(Dialect dialect, Backfills backfills, boolean up) {
        this(dialect, backfills, up, KeptByUp.NONE);
    }

    /**
     * A renderer of the down direction, where {@code kept} are the tables and columns the up dropped only in a
     * comment: adding them back is commented out too.
     */
    public MigrationRenderer(Dialect dialect, Backfills backfills, boolean up, KeptByUp kept) {
        this.dialect = dialect;
        this.ddl = new SnapshotDdl(dialect);
        this.alter = SchemaDdl.forDialect(dialect);
        this.backfills = backfills;
        this.up = up;
        this.kept = kept;
    }

    /** What the up dropped only in a comment. */
    KeptByUp kept() {
        return kept;
    }

    /** Renders {@code changes} (whose result is {@code to}) into {@code script}. */
    public void render(List<SchemaChange> changes, SchemaSnapshot to, MigrationScript script) {
        List<SnapshotTable> created = new ArrayList<>();
        List<TableDiff> altered = new ArrayList<>();
        for (SchemaChange change : changes) {
            if (change instanceof SchemaChange.RenameTable r) {
                script.comment("rename table " + r.from() + " to " + r.to());
                script.statement(alter.renameTable(r.from(), r.to()));
                List<String> enumColumns = r.before().columns().stream()
                        .filter(c -> c.kind() == DataType.Kind.ENUM).map(SnapshotColumn::column)
                        .toList();
                alter.renameTableConstraints(r.from(), r.to(), !r.before().primaryKey().isEmpty(), enumColumns)
                        .forEach(script::statement);
            } else if (change instanceof SchemaChange.AlterTable a) {
                TableDiff diff = a.diff().on(dialect);
                if (!diff.isEmpty()) altered.add(diff);
            } else if (change instanceof SchemaChange.CreateTable c) {
                created.add(c.table());
            }
        }
        List<Map.Entry<String, SnapshotForeignKey>> keysToAdd = new ArrayList<>();
        for (TableDiff diff : altered) {
            script.comment("alter table " + diff.table());
            List<SnapshotForeignKey> later = alter.altersTables() ? new InPlaceAlter(ddl, alter, this).render(diff, script)
                    : new SqliteRebuild(ddl, alter, this).render(diff, script);
            later.forEach(fk -> keysToAdd.add(Map.entry(diff.table(), fk)));
        }
        keysToAdd.addAll(createTables(created, to, script));
        keysToAdd.forEach(e -> script.statement(ddl.addForeignKey(e.getKey(), e.getValue())));
        List<SnapshotTable> dropped = changes.stream().filter(c -> c instanceof SchemaChange.DropTable)
                .map(c -> ((SchemaChange.DropTable) c).table()).toList();
        dropTables(dropped, script);
    }

    /** Drops the indexes of {@code diff} that go or change: before any column they cover is renamed or dropped. */
    void dropIndexes(TableDiff diff, MigrationScript script) {
        for (SnapshotIndex index : diff.droppedIndexes()) {
            script.statement(alter.dropIndex(diff.table(), ddl.constraintName(index.name())));
        }
    }

    /** Creates {@code indexes} on {@code table}. */
    void createIndexes(String table, List<SnapshotIndex> indexes, MigrationScript script) {
        indexes.forEach(i -> script.statement(ddl.createIndex(table, i)));
    }

    /** Drops tables referrers first; keys between them that form a cycle go first where keys can be dropped. */
    private void dropTables(List<SnapshotTable> dropped, MigrationScript script) {
        Set<String> names = new HashSet<>();
        dropped.forEach(t -> names.add(t.table()));
        if (alter.altersTables()) {
            Set<String> gone = new HashSet<>();
            for (SnapshotTable table : dropped) {
                gone.add(table.table());
                for (SnapshotForeignKey fk : table.foreignKeys()) {
                    if (names.contains(fk.referencedTable()) && gone.contains(fk.referencedTable())
                            && !fk.referencedTable().equals(table.table())) {
                        script.lossy("Dropping table " + table.table(), alter.dropForeignKey(table.table(),
                                ddl.constraintName(fk.name())));
                    }
                }
            }
        }
        for (SnapshotTable table : dropped) {
            script.comment("drop table " + table.table());
            script.lossy("Dropping table " + table.table(), alter.dropTable(table.table()));
        }
    }

    /** Creates tables in order, keys inline where the referenced table exists by then; returns the other keys. */
    private List<Map.Entry<String, SnapshotForeignKey>> createTables(List<SnapshotTable> created, SchemaSnapshot to,
                                                                     MigrationScript script) {
        Set<String> existing = new HashSet<>();
        Set<String> createdNames = new HashSet<>();
        created.forEach(t -> createdNames.add(t.table()));
        to.tables().forEach(t -> {
            if (!createdNames.contains(t.table())) existing.add(t.table());
        });
        List<Map.Entry<String, SnapshotForeignKey>> deferred = new ArrayList<>();
        boolean inlineOnly = ddl.dialect().inlineForeignKeysOnly();
        for (SnapshotTable table : created) {
            existing.add(table.table());
            List<SnapshotForeignKey> inline = new ArrayList<>();
            for (SnapshotForeignKey fk : table.foreignKeys()) {
                if (inlineOnly || existing.contains(fk.referencedTable()) || kept.table(table.table())) {
                    inline.add(fk);
                } else {
                    deferred.add(Map.entry(table.table(), fk));
                }
            }
            script.comment("create table " + table.table() + " (model " + table.model() + ")");
            Runnable create = () -> {
                script.statement(ddl.createTable(table, table.table(), inline));
                ddl.liveUniques(table, table.table()).forEach(script::statement);
                table.indexes().forEach(index -> script.statement(ddl.createIndex(table.table(), index)));
            };
            if (kept.table(table.table())) {
                script.commentedOut(KeptByUp.note("Table " + table.table()), create);
            } else {
                create.run();
            }
        }
        return deferred;
    }

    /**
     * The value that fills existing rows of {@code column} (after the change) when it becomes NOT NULL: the backfill
     * given for it, else its default; {@code null} when there is neither and this is the down direction. In the up
     * direction neither is an error naming the table and column and how to give one.
     */
    Object fillValue(String table, SnapshotColumn column, String why) {
        Object value = backfills.valueFor(table, column.column());
        if (value == null) value = column.defaultValue();
        if (value == null && up) {
            throw new MigrationException("Column " + table + "." + column.column() + " " + why + " and has no default:"
                    + " give the value for existing rows with --backfill " + table + "." + column.column()
                    + "=VALUE (GenerateOptions.backfill(\"" + table + "." + column.column() + "\", value))");
        }
        return value;
    }
}
