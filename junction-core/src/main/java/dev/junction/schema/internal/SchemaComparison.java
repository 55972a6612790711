package dev.junction.schema.internal;

import dev.junction.dialect.Dialect;
import dev.junction.schema.Attribute;
import dev.junction.schema.DatabaseSchema;
import dev.junction.schema.ModelDefinition;
import dev.junction.schema.SyncMode;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Compares each model with its live table before {@code sync} changes anything, and lists every difference that
 * would make Junction misread or miswrite the table: a missing column, another primary key, a missing unique
 * constraint (such as a join table's pair, which {@code add} relies on), a table or column whose name differs only
 * in case. What does not change how Junction reads and writes is allowed, as Sequelize allows it: type spellings,
 * column order, extra columns, defaults, constraint names.
 *
 * <p>Per mode: {@link SyncMode#CREATE} reports every difference; {@link SyncMode#ALTER} leaves out what it adds
 * (nullable or defaulted columns, NOT NULL ones while the table is empty, unique constraints);
 * {@link SyncMode#FORCE} recreates the tables, so only a table whose name differs in case (which it would neither
 * drop nor use) is reported.
 */
final class SchemaComparison {

    /** Whether a live table has no rows; asked only when the advice depends on it. */
    @FunctionalInterface
    interface EmptyCheck {
        boolean isEmpty(String table) throws SQLException;
    }

    private final Dialect dialect;
    private final SyncMode mode;
    private final SchemaInspector inspector;
    private final List<String> liveTables;
    private final EmptyCheck emptyCheck;
    private final Map<ModelDefinition, String> matched = new LinkedHashMap<>();

    SchemaComparison(Dialect dialect, SyncMode mode, SchemaInspector inspector, List<String> liveTables,
                     EmptyCheck emptyCheck) {
        this.dialect = dialect;
        this.mode = mode;
        this.inspector = inspector;
        this.liveTables = liveTables;
        this.emptyCheck = emptyCheck;
    }

    /** Every difference between {@code models} and their tables, in model order; empty when all match. */
    List<TableMismatch> compare(List<ModelDefinition> models) throws SQLException {
        boolean tablesCaseSensitive = inspector.tableNamesCaseSensitive();
        List<TableMismatch> mismatches = new ArrayList<>();
        for (ModelDefinition model : models) {
            Optional<String> exact = liveTables.stream().filter(model.tableName()::equals).findFirst();
            Optional<String> twin = liveTables.stream().filter(model.tableName()::equalsIgnoreCase).findFirst();
            if (exact.isPresent() || twin.isPresent() && !tablesCaseSensitive) {
                matched.put(model, exact.orElse(twin.orElseThrow()));
            } else if (twin.isPresent()) {
                mismatches.add(new TableMismatch(model.name(), model.tableName(), "table " + twin.get()
                        + " exists but the model expects " + model.tableName(), "declare tableName(\"" + twin.get()
                        + "\") to use it, or rename the table; sync would otherwise create " + model.tableName()
                        + " beside it and read none of its rows"));
            }
        }
        if (mode == SyncMode.FORCE || matched.isEmpty()) return mismatches;
        Map<String, DatabaseSchema.Table> shapes = inspector.columnsAndKeys(new HashSet<>(matched.values()));
        boolean columnsCaseSensitive = inspector.columnNamesCaseSensitive();
        for (Map.Entry<ModelDefinition, String> entry : matched.entrySet()) {
            new TableComparison(entry.getKey(), shapes.get(entry.getValue()), columnsCaseSensitive)
                    .compare(mismatches);
        }
        return mismatches;
    }

    /** The live name of each model's table that exists (its own name, or its case twin where case does not count). */
    Map<ModelDefinition, String> matchedTables() {
        return matched;
    }

    /** One model against its table. */
    private final class TableComparison {
        private final ModelDefinition model;
        private final DatabaseSchema.Table table;
        private final boolean columnsCaseSensitive;
        private Boolean empty;

        TableComparison(ModelDefinition model, DatabaseSchema.Table table, boolean columnsCaseSensitive) {
            this.model = model;
            this.table = table;
            this.columnsCaseSensitive = columnsCaseSensitive;
        }

        void compare(List<TableMismatch> out) throws SQLException {
            List<String> key = model.primaryKey().stream().map(Attribute::column).toList();
            boolean keyMatches = key.stream().allMatch(this::has) && table.isUnique(key);
            if (!keyMatches) {
                out.add(mismatch(KeyAdvice.difference(model, table, key), KeyAdvice.wayOut(model, table, key)
                        + (isEmpty() ? "; the table is empty, so dropping it also lets sync create it as the model"
                        + " says" : "")));
            }
            for (Attribute a : model.attributes()) {
                if (a.primaryKey() && !keyMatches || has(a.column())) continue;
                Optional<DatabaseSchema.Column> twin = table.column(a.column());
                if (twin.isPresent()) {
                    out.add(mismatch("column " + twin.get().name() + " exists but the model expects " + a.column(),
                            "declare the attribute with column(\"" + twin.get().name() + "\"), or rename the column"));
                } else {
                    missingColumn(a, out);
                }
            }
            if (mode == SyncMode.ALTER) return; // ALTER adds the unique constraints a table lacks
            for (ModelDefinition.UniqueKey unique : model.uniqueKeys()) {
                if (unique.columns().stream().allMatch(this::has) && !table.isUnique(unique.columns())) {
                    out.add(mismatch("no unique constraint on (" + String.join(", ", unique.columns()) + ")"
                            + (unique.columns().size() > 1 ? ", which writes rely on to find a row by those values"
                            : ""), "sync(SyncMode.ALTER) adds it, once no two rows share the values"));
                }
            }
        }

        private void missingColumn(Attribute a, List<TableMismatch> out) throws SQLException {
            boolean defaulted = a.allowNull() || a.defaultValue() != null && dialect.literal(a.defaultValue()) != null;
            boolean sqlite = dialect.inlineForeignKeysOnly();
            boolean addable = defaulted || !sqlite && isEmpty();
            if (mode == SyncMode.ALTER && addable) return;
            String column = model.tableName() + "." + a.column();
            String wayOut;
            if (addable) {
                wayOut = "add the column: sync(SyncMode.ALTER) adds it";
            } else if (sqlite) {
                wayOut = "SQLite adds a NOT NULL column only with a default: give the attribute a defaultValue or allow"
                        + " null (then sync(SyncMode.ALTER) adds it), or migrate the table by hand";
            } else {
                wayOut = "the table has rows, so a NOT NULL column needs a default: give the attribute a defaultValue"
                        + " or allow null (then sync(SyncMode.ALTER) adds it), or add and fill the column by hand";
            }
            out.add(mismatch("column " + column + " is missing", wayOut));
        }

        /** Whether the table has {@code column} under exactly that name (or in any case where case does not count). */
        private boolean has(String column) {
            return table.columns().stream().anyMatch(c -> columnsCaseSensitive ? c.name().equals(column)
                    : c.name().equalsIgnoreCase(column));
        }

        private boolean isEmpty() throws SQLException {
            if (empty == null) empty = emptyCheck.isEmpty(table.name());
            return empty;
        }

        private TableMismatch mismatch(String difference, String wayOut) {
            return new TableMismatch(model.name(), model.tableName(), difference, wayOut);
        }
    }
}
