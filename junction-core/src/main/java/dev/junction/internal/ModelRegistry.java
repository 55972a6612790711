package dev.junction.internal;

import dev.junction.DefinitionException;
import dev.junction.Model;
import dev.junction.Row;
import dev.junction.UnknownModelException;
import dev.junction.schema.ModelDefinition;
import dev.junction.schema.internal.Naming;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every model of one database, by name and by table: the typed handle, and the {@link Row} view of the same
 * table that seeds, tools and {@code db.model(name)} use. Thread-safe.
 */
public final class ModelRegistry {
    private record Entry(ModelImpl<?> typed, ModelImpl<Row> rows) {
    }

    private final Map<String, Entry> byName = new LinkedHashMap<>();
    private final Map<String, Entry> byTable = new LinkedHashMap<>();
    private final Map<Class<?>, Entry> byClass = new LinkedHashMap<>();

    /** Registers a model; a second model with the same name or table is a {@link DefinitionException}. */
    public synchronized void register(ModelImpl<?> typed, ModelImpl<Row> rows) {
        ModelDefinition definition = typed.definition();
        if (byName.containsKey(definition.name())) {
            throw new DefinitionException("Model " + definition.name() + " is already defined");
        }
        String table = definition.tableName().toLowerCase(Locale.ROOT);
        Entry clash = byTable.get(table);
        if (clash != null) {
            throw new DefinitionException("Model " + definition.name() + " uses table " + definition.tableName()
                    + ", which model " + clash.typed().name() + " already uses");
        }
        Entry entry = new Entry(typed, rows);
        byName.put(definition.name(), entry);
        byTable.put(table, entry);
        if (typed.type() != Row.class) {
            byClass.putIfAbsent(typed.type(), entry);
        }
    }

    /** The Row view of the model with this name, or else this table name. */
    public synchronized Model<Row> rows(String nameOrTable) {
        return entry(nameOrTable).rows();
    }

    /** The typed handle of the model with this name or table. */
    public synchronized Model<?> typed(String nameOrTable) {
        return entry(nameOrTable).typed();
    }

    /** The typed handle of the model defined from {@code type}. */
    @SuppressWarnings("unchecked")
    public synchronized <T> Model<T> typed(Class<T> type) {
        Entry entry = byClass.get(type);
        if (entry == null) {
            throw new UnknownModelException("No model is defined from class " + type.getName());
        }
        return (Model<T>) entry.typed();
    }

    /** The definition with this model name, or {@code null}. */
    public synchronized ModelDefinition definition(String name) {
        Entry entry = byName.get(name);
        return entry == null ? null : entry.typed().definition();
    }

    /** Every definition, in the order the models were defined. */
    public synchronized List<ModelDefinition> definitions() {
        List<ModelDefinition> out = new ArrayList<>();
        byName.values().forEach(e -> out.add(e.typed().definition()));
        return out;
    }

    /** The columns of a constraint Junction created on {@code table}, for error messages; empty when unknown. */
    public synchronized List<String> constraintColumns(String table, String constraint) {
        Entry entry = byTable.get(table.toLowerCase(Locale.ROOT));
        if (entry == null || constraint == null) return List.of();
        ModelDefinition d = entry.typed().definition();
        if (constraint.equals("PRIMARY") || constraint.equals(d.tableName() + "_pkey")) {
            return d.primaryKey().stream().map(a -> a.column()).toList();
        }
        for (ModelDefinition.UniqueKey key : d.uniqueKeys()) {
            if (key.name().equals(constraint)) return key.columns();
        }
        for (var a : d.references()) {
            if (Naming.isForeignKeyName(constraint, d.tableName(), a.column())) return List.of(a.column());
        }
        return List.of();
    }

    private Entry entry(String nameOrTable) {
        Entry entry = byName.get(nameOrTable);
        if (entry == null) entry = byTable.get(nameOrTable.toLowerCase(Locale.ROOT));
        if (entry == null) {
            throw new UnknownModelException("No model or table named '" + nameOrTable + "' (models: "
                    + byName.keySet() + ")");
        }
        return entry;
    }
}
