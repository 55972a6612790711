package dev.junction.migration.internal.generate;

import dev.junction.migration.MigrationException;
import dev.junction.schema.Attribute;
import dev.junction.schema.ModelDefinition;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The renames between two snapshots, resolved to names: tables (new name → old name) and columns per new table (new
 * column → old column). Never guessed: made from the models' {@code renamedFrom} declarations, matched against the
 * old snapshot; {@link #inverse()} gives the renames of the way back.
 */
public final class Renames {
    private final Map<String, String> tables;
    private final Map<String, Map<String, String>> columns;

    private Renames(Map<String, String> tables, Map<String, Map<String, String>> columns) {
        this.tables = tables;
        this.columns = columns;
    }

    /** No renames. */
    public static Renames none() {
        return new Renames(Map.of(), Map.of());
    }

    /**
     * Resolves the declarations of {@code models} against {@code old}: a table renamed from a name the old snapshot
     * has (and the new models do not use), a column renamed from an old attribute name or column of the matched table.
     */
    public static Renames declared(List<ModelDefinition> models, SchemaSnapshot old) {
        return declared(models, old, Map.of());
    }

    /**
     * As {@link #declared(List, SchemaSnapshot)}, plus the column renames {@code extra} gives (table → new column →
     * old column), taken where the old table has the old column and the new table no longer uses it.
     */
    public static Renames declared(List<ModelDefinition> models, SchemaSnapshot old,
                                   Map<String, Map<String, String>> extra) {
        Map<String, String> tables = new LinkedHashMap<>();
        Map<String, Map<String, String>> columns = new LinkedHashMap<>();
        List<String> newTables = models.stream().map(ModelDefinition::tableName).toList();
        for (ModelDefinition model : models) {
            SnapshotTable before = old.table(model.tableName()).orElse(null);
            if (before == null) {
                for (String name : model.renamedFrom()) {
                    var candidate = old.table(name);
                    if (candidate.isPresent() && !newTables.contains(name)) {
                        if (tables.containsValue(name)) {
                            throw new MigrationException("Table " + name + " is declared renamed to two tables: "
                                    + keyOf(tables, name) + " and " + model.tableName());
                        }
                        tables.put(model.tableName(), name);
                        before = candidate.get();
                        break;
                    }
                }
            }
            if (before == null) continue;
            SnapshotTable previousTable = before;
            Map<String, String> renamed = new LinkedHashMap<>();
            for (Attribute a : model.attributes()) {
                if (previousTable.column(a.column()).isPresent()) continue;
                List<String> names = new java.util.ArrayList<>(a.renamedFrom());
                String confirmed = extra.getOrDefault(model.tableName(), Map.of()).get(a.column());
                if (confirmed != null) names.add(confirmed);
                for (String name : names) {
                    SnapshotColumn previous = previousTable.attribute(name).or(() -> previousTable.column(name)).orElse(null);
                    if (previous != null && model.attributes().stream()
                            .noneMatch(other -> other.column().equals(previous.column()))) {
                        renamed.put(a.column(), previous.column());
                        break;
                    }
                }
            }
            if (!renamed.isEmpty()) columns.put(model.tableName(), renamed);
        }
        return new Renames(tables, columns);
    }

    private static String keyOf(Map<String, String> map, String value) {
        return map.entrySet().stream().filter(e -> e.getValue().equals(value)).findFirst().orElseThrow().getKey();
    }

    /** The old name of new table {@code table}: itself unless it was renamed. */
    public String oldTable(String table) {
        return tables.getOrDefault(table, table);
    }

    /** The new name of old table {@code table}: itself unless it was renamed. */
    public String newTable(String table) {
        return tables.entrySet().stream().filter(e -> e.getValue().equals(table)).map(Map.Entry::getKey).findFirst()
                .orElse(table);
    }

    /** Whether new table {@code table} was renamed. */
    public boolean isRenamedTable(String table) {
        return tables.containsKey(table);
    }

    /** The old column of {@code column} in new table {@code table}: itself unless it was renamed. */
    public String oldColumn(String table, String column) {
        return columns.getOrDefault(table, Map.of()).getOrDefault(column, column);
    }

    /** The renames of the way back: old and new swapped. */
    public Renames inverse() {
        Map<String, String> t = new HashMap<>();
        tables.forEach((to, from) -> t.put(from, to));
        Map<String, Map<String, String>> c = new HashMap<>();
        columns.forEach((table, renamed) -> {
            Map<String, String> back = new HashMap<>();
            renamed.forEach((to, from) -> back.put(from, to));
            c.put(oldTable(table), back);
        });
        return new Renames(t, c);
    }
}
