package dev.junction.seed.internal;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Row;
import dev.junction.query.Query;
import dev.junction.schema.Attribute;
import dev.junction.schema.DatabaseSchema;
import dev.junction.schema.ModelDefinition;
import dev.junction.schema.ReferentialAction;
import dev.junction.schema.internal.SchemaInspector;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the rows made otherwise — not among those an undo deletes — that refer to a row it deletes through a foreign
 * key of the live schema (join tables included), in the tables of the models: the rows the database's {@code ON
 * DELETE} rules would delete or change. With {@code followCascades}, the rows a cascade deletes are followed in turn.
 * Runs its reads in the caller's transaction. Not thread-safe; one per undo.
 */
final class DependentRows {
    /** A row made otherwise that refers to a deleted one, by its model's key, and what its foreign key does. */
    record Dependent(String table, String key, List<String> columns, ReferentialAction onDelete) {
        @Override
        public String toString() {
            return table + " (" + key + ")";
        }
    }

    private final Map<String, Model<Row>> modelsByTable = new HashMap<>();
    private final Map<String, Set<List<String>>> deleting = new HashMap<>();

    DependentRows(Junction db) {
        for (ModelDefinition d : db.definitions()) modelsByTable.put(lower(d.tableName()), db.model(d.name()).unscoped());
    }

    /** The rows made otherwise that refer to the rows {@code log} lists, first found first. */
    List<Dependent> find(Connection connection, UndoLog log, boolean followCascades) throws SQLException {
        DatabaseSchema schema = new SchemaInspector(connection).describe();
        Set<String> referenced = new HashSet<>();
        schema.tables().forEach(t -> t.foreignKeys().forEach(fk -> referenced.add(lower(fk.referencedTable()))));
        Map<String, List<Row>> frontier = seededRows(log, referenced);
        Map<String, Dependent> found = new LinkedHashMap<>();
        while (!frontier.isEmpty()) {
            Map<String, List<Row>> next = new LinkedHashMap<>();
            for (DatabaseSchema.Table child : schema.tables()) {
                for (DatabaseSchema.ForeignKey fk : child.foreignKeys()) {
                    List<Row> parents = frontier.get(lower(fk.referencedTable()));
                    if (parents != null) referring(child, fk, parents, found, followCascades ? next : null);
                }
            }
            frontier = next;
        }
        return List.copyOf(found.values());
    }

    /**
     * The rows the log lists that still exist, by table, read only where a foreign key refers to the table; all of
     * them make up the set being deleted.
     */
    private Map<String, List<Row>> seededRows(UndoLog log, Set<String> referenced) {
        Map<String, List<Row>> rows = new LinkedHashMap<>();
        for (UndoLog.Block block : log.blocks()) {
            Model<Row> model = modelsByTable.values().stream().filter(m -> m.name().equals(block.model())).findFirst()
                    .orElse(null);
            if (model == null || !names(model.definition().primaryKey()).equals(block.key())) {
                continue; // SeedEraser reports a model that is gone, or whose key changed
            }
            String table = lower(model.definition().tableName());
            deleting.computeIfAbsent(table, t -> new HashSet<>()).addAll(block.rows());
            if (!referenced.contains(table)) continue;
            List<Attribute> key = model.definition().primaryKey();
            for (List<List<Object>> chunk : chunks(KeyMatch.parsed(model.name(), key, block.rows()))) {
                rows.computeIfAbsent(table, t -> new ArrayList<>())
                        .addAll(model.findAll(Query.where(KeyMatch.anyOf(names(key), chunk)).withDeleted()));
            }
        }
        return rows;
    }

    /** Adds the rows of {@code child} referring to {@code parents} through {@code fk} that are not being deleted. */
    private void referring(DatabaseSchema.Table child, DatabaseSchema.ForeignKey fk, List<Row> parents,
                           Map<String, Dependent> found, Map<String, List<Row>> cascaded) {
        Model<Row> childModel = modelsByTable.get(lower(child.name()));
        Model<Row> parentModel = modelsByTable.get(lower(fk.referencedTable()));
        if (childModel == null || parentModel == null) return;
        List<String> childAttributes = attributes(childModel, fk.columns());
        List<String> parentAttributes = attributes(parentModel, fk.referencedColumns());
        if (childAttributes == null || parentAttributes == null) return;
        Set<List<Object>> values = new LinkedHashSet<>();
        for (Row parent : parents) {
            List<Object> tuple = new ArrayList<>();
            parentAttributes.forEach(a -> tuple.add(parent.get(a)));
            if (!tuple.contains(null)) values.add(tuple);
        }
        List<Attribute> key = childModel.definition().primaryKey();
        String table = lower(child.name());
        for (List<List<Object>> chunk : chunks(new ArrayList<>(values))) {
            // Soft-deleted rows too: the foreign key holds them as much as any other.
            for (Row row : childModel.findAll(Query.where(KeyMatch.anyOf(childAttributes, chunk)).withDeleted())) {
                List<String> keyText = names(key).stream().map(a -> UndoLog.keyText(row.get(a))).toList();
                Set<List<String>> deleted = deleting.computeIfAbsent(table, t -> new HashSet<>());
                if (deleted.contains(keyText) || found.containsKey(table + keyText)) continue;
                found.put(table + keyText, new Dependent(child.name(), describe(key, keyText), fk.columns(),
                        fk.onDelete()));
                if (cascaded != null && fk.onDelete() == ReferentialAction.CASCADE) {
                    deleted.add(keyText);
                    cascaded.computeIfAbsent(table, t -> new ArrayList<>()).add(row);
                }
            }
        }
    }

    private static List<List<List<Object>>> chunks(List<List<Object>> tuples) {
        List<List<List<Object>>> chunks = new ArrayList<>();
        for (int from = 0; from < tuples.size(); from += KeyMatch.CHUNK) {
            chunks.add(tuples.subList(from, Math.min(tuples.size(), from + KeyMatch.CHUNK)));
        }
        return chunks;
    }

    /** The attributes of {@code columns}, or {@code null} when a column is not the model's. */
    private static List<String> attributes(Model<Row> model, List<String> columns) {
        List<String> names = new ArrayList<>();
        for (String column : columns) {
            Attribute a = model.definition().attributes().stream().filter(x -> x.column().equalsIgnoreCase(column))
                    .findFirst().orElse(null);
            if (a == null) return null;
            names.add(a.name());
        }
        return names;
    }

    private static String describe(List<Attribute> key, List<String> values) {
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < key.size(); k++) {
            text.append(k == 0 ? "" : ", ").append(key.get(k).name()).append('=').append(values.get(k));
        }
        return text.toString();
    }

    private static List<String> names(List<Attribute> attributes) {
        return attributes.stream().map(Attribute::name).toList();
    }

    private static String lower(String table) {
        return table.toLowerCase(Locale.ROOT);
    }
}
