package dev.junction.schema.internal;

import dev.junction.dialect.Dialect;
import dev.junction.schema.Attribute;
import dev.junction.schema.DatabaseSchema;
import dev.junction.schema.ModelDefinition;
import dev.junction.schema.ReferentialAction;
import dev.junction.schema.SchemaCheck;
import dev.junction.schema.SchemaDifference;
import dev.junction.schema.SchemaDifference.Kind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Compares every model with the live schema and lists every difference, without refusing anything (unlike the
 * comparison {@code sync} runs first, which reports only what would make it misread a table): missing and extra
 * tables and columns, primary keys, unique constraints, foreign keys, types by family and size, nullability,
 * indexes. Tables that no model uses are extra, except the seed ledger, the migration ledger, Sequelize's
 * {@code SequelizeMeta} and Flyway's {@code flyway_schema_history}.
 */
public final class SchemaChecker {
    private static final Set<String> INTEGERS = Set.of("INTEGER", "BIGINT");

    private final Dialect dialect;
    private final ForeignKeyGraph graph;

    public SchemaChecker(Dialect dialect, ForeignKeyGraph graph) {
        this.dialect = dialect;
        this.graph = graph;
    }

    /** The differences between the graph's models and {@code live}. */
    public SchemaCheck check(DatabaseSchema live) {
        List<SchemaDifference> out = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (ModelDefinition model : graph.creationOrder()) {
            Optional<DatabaseSchema.Table> table = table(live, model.tableName());
            if (table.isEmpty()) {
                out.add(new SchemaDifference(model.name(), model.tableName(), null, Kind.MISSING_TABLE,
                        model.tableName(), null));
                continue;
            }
            used.add(table.get().name());
            new TableCheck(model, table.get(), out).run();
        }
        for (DatabaseSchema.Table table : live.tables()) {
            if (used.contains(table.name()) || BookkeepingTables.contains(table.name())) continue;
            out.add(new SchemaDifference(null, table.name(), null, Kind.EXTRA_TABLE, null, table.name()));
        }
        return new SchemaCheck(out, used.size());
    }

    private static Optional<DatabaseSchema.Table> table(DatabaseSchema live, String name) {
        return live.table(name).or(() -> live.tables().stream().filter(t -> t.name().equalsIgnoreCase(name))
                .findFirst());
    }

    private static String list(List<String> columns) {
        return "(" + String.join(", ", columns) + ")";
    }

    /** {@code (a, b)}, and {@code WHERE col IS NULL} after it for a partial unique index. */
    private static String unique(List<String> columns, String liveColumn) {
        return list(columns) + (liveColumn == null ? "" : " WHERE " + liveColumn + " IS NULL");
    }

    private static boolean sameColumns(List<String> a, List<String> b) {
        return a.size() == b.size() && a.stream().allMatch(x -> b.stream().anyMatch(x::equalsIgnoreCase));
    }

    /** One model against its table. */
    private final class TableCheck {
        private final ModelDefinition model;
        private final DatabaseSchema.Table table;
        private final List<SchemaDifference> out;

        TableCheck(ModelDefinition model, DatabaseSchema.Table table, List<SchemaDifference> out) {
            this.model = model;
            this.table = table;
            this.out = out;
        }

        void run() {
            List<String> key = model.primaryKey().stream().map(Attribute::column).toList();
            if (!sameColumns(key, table.primaryKey())) {
                add(null, Kind.PRIMARY_KEY, list(key), table.primaryKey().isEmpty() ? "none"
                        : list(table.primaryKey()));
            }
            for (Attribute a : model.attributes()) {
                Optional<DatabaseSchema.Column> column = table.column(a.column());
                if (column.isEmpty()) {
                    add(a.column(), Kind.MISSING_COLUMN, dialect.columnType(a.type()), null);
                } else {
                    compareColumn(a, column.get());
                }
            }
            for (DatabaseSchema.Column c : table.columns()) {
                if (model.attributes().stream().noneMatch(a -> a.column().equalsIgnoreCase(c.name()))) {
                    add(c.name(), Kind.EXTRA_COLUMN, null, spelled(c));
                }
            }
            compareUniques();
            compareForeignKeys();
            compareIndexes();
        }

        private void compareColumn(Attribute a, DatabaseSchema.Column c) {
            ColumnTypeFamily expected = ColumnTypeFamily.of(dialect.columnType(a.type()), 0);
            ColumnTypeFamily actual = ColumnTypeFamily.live(dialect, c.typeName(), c.size());
            boolean integers = INTEGERS.contains(expected.family()) && INTEGERS.contains(actual.family());
            // SQLite's auto-increment key is INTEGER whatever the attribute's type: only that aliases the rowid.
            boolean rowid = a.autoIncrement() && integers && dialect.inlineForeignKeysOnly();
            // SQLite's driver misreports a decimal's precision (DECIMAL(5, 2) as 7), and SQLite enforces none.
            boolean sqliteDecimal = dialect.inlineForeignKeysOnly() && expected.family().equals("DECIMAL")
                    && actual.family().equals("DECIMAL");
            if (!expected.equals(actual) && !rowid && !sqliteDecimal) {
                add(a.column(), Kind.TYPE, dialect.columnType(a.type()), spelled(c));
            }
            boolean nullable = a.allowNull() && !a.primaryKey();
            // A key column's nullability is the key's business (SQLite even lets a non-integer key hold NULL).
            if (!a.primaryKey() && nullable != c.nullable()) {
                add(a.column(), Kind.NULLABILITY, nullable ? "NULL" : "NOT NULL", c.nullable() ? "NULL" : "NOT NULL");
            }
        }

        private void compareUniques() {
            List<List<String>> expected = model.uniqueKeys().stream().map(ModelDefinition.UniqueKey::columns).toList();
            for (ModelDefinition.UniqueKey key : model.uniqueKeys()) {
                // A paranoid model's keys are partial where the database can (LiveUniqueKeys): the kind counts too.
                String live = LiveUniqueKeys.liveColumn(model, key, dialect, graph);
                if (table.isUnique(key.columns(), live)) continue;
                String other = table.uniqueConstraints().stream().filter(u -> sameColumns(u.columns(), key.columns()))
                        .findFirst().map(u -> unique(u.columns(), u.liveColumn())).orElse(null);
                add(null, Kind.UNIQUE, unique(key.columns(), live), other);
            }
            for (DatabaseSchema.Unique unique : table.uniqueConstraints()) {
                boolean modelled = expected.stream().anyMatch(e -> sameColumns(e, unique.columns()))
                        || sameColumns(unique.columns(), table.primaryKey());
                if (!modelled) add(null, Kind.UNIQUE, null, list(unique.columns()));
            }
        }

        private void compareForeignKeys() {
            List<ForeignKeyTarget> expected = graph.keys(model);
            for (ForeignKeyTarget fk : expected) {
                List<String> columns = List.of(fk.attribute().column());
                String wanted = describe(fk.target().tableName(), fk.targetKey().column(),
                        fk.attribute().reference().onDelete(), fk.attribute().reference().onUpdate());
                Optional<DatabaseSchema.ForeignKey> live = table.foreignKey(columns);
                if (live.isEmpty()) {
                    add(fk.attribute().column(), Kind.FOREIGN_KEY, wanted, null);
                    continue;
                }
                DatabaseSchema.ForeignKey k = live.get();
                String found = describe(k.referencedTable(), String.join(", ", k.referencedColumns()), k.onDelete(),
                        k.onUpdate());
                if (!wanted.equalsIgnoreCase(found)) add(fk.attribute().column(), Kind.FOREIGN_KEY, wanted, found);
            }
            for (DatabaseSchema.ForeignKey k : table.foreignKeys()) {
                boolean modelled = expected.stream().anyMatch(fk -> sameColumns(List.of(fk.attribute().column()),
                        k.columns()));
                if (!modelled) {
                    add(String.join(", ", k.columns()), Kind.FOREIGN_KEY, null, describe(k.referencedTable(),
                            String.join(", ", k.referencedColumns()), k.onDelete(), k.onUpdate()));
                }
            }
        }

        /** Indexes match by their columns in order; their names may differ (as constraint names may). */
        private void compareIndexes() {
            for (ModelDefinition.Index index : model.indexes()) {
                if (table.index(index.columns()).isEmpty()) {
                    add(null, Kind.INDEX, index.name() + " " + list(index.columns()), null);
                }
            }
            for (DatabaseSchema.Index index : table.indexes()) {
                boolean modelled = model.indexes().stream().anyMatch(i -> LiveIndexes.sameColumnsInOrder(
                        i.columns(), index.columns()));
                if (!modelled) add(null, Kind.INDEX, null, index.name() + " " + list(index.columns()));
            }
        }

        /** NO ACTION and RESTRICT are one here: MariaDB reports either for the other, and both refuse the change. */
        private static String describe(String table, String column, ReferentialAction onDelete,
                                       ReferentialAction onUpdate) {
            return "references " + table + "(" + column + ") on delete " + action(onDelete) + " on update "
                    + action(onUpdate);
        }

        private static String action(ReferentialAction action) {
            ReferentialAction a = action == ReferentialAction.RESTRICT ? ReferentialAction.NO_ACTION : action;
            return a.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }

        private static String spelled(DatabaseSchema.Column c) {
            return c.typeName() + (c.size() > 0 && ColumnTypeFamily.of(c.typeName(), c.size()).size() > 0
                    ? "(" + c.size() + ")" : "");
        }

        private void add(String column, Kind kind, String expected, String actual) {
            out.add(new SchemaDifference(model.name(), table.name(), column, kind, expected, actual));
        }
    }
}
