package dev.junction.internal.model;

import dev.junction.DefinitionException;
import dev.junction.JunctionConfig;
import dev.junction.Model;
import dev.junction.Row;
import dev.junction.UnknownModelException;
import dev.junction.internal.Runtime;
import dev.junction.internal.json.JsonSupport;
import dev.junction.schema.ModelDefinition;
import dev.junction.schema.ModelSpec;
import dev.junction.schema.internal.JavaProperty;
import dev.junction.schema.internal.Naming;
import dev.junction.seed.Seeder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Every model of one database, by name, table and class: its recipe, its slot, its typed handle and its
 * {@link Row} view (what seeds, tools and {@code db.model(name)} use). Models are defined and amended under this
 * registry's lock; handles read their slot without it. Thread-safe.
 */
public final class ModelRegistry {
    private static final class Entry {
        ModelRecipe recipe;
        final ModelSlot slot;
        final ModelImpl<?> typed;
        final ModelImpl<Row> rows;

        Entry(ModelRecipe recipe, ModelSlot slot, ModelImpl<?> typed, ModelImpl<Row> rows) {
            this.recipe = recipe;
            this.slot = slot;
            this.typed = typed;
            this.rows = rows;
        }
    }

    private final Runtime runtime;
    private final JunctionConfig config;
    /** The codec of json() attributes: the configured one, else Jackson's, else none. */
    private final dev.junction.JsonCodec json;
    private final Map<String, Entry> byName = new LinkedHashMap<>();
    private final Map<String, Entry> byTable = new LinkedHashMap<>();
    private final Map<Class<?>, Entry> byClass = new LinkedHashMap<>();

    public ModelRegistry(Runtime runtime, JunctionConfig config) {
        this.runtime = runtime;
        this.config = config;
        this.json = JsonSupport.codec(config.jsonCodec());
    }

    /** The codec of json() values: the configured one, else Jackson's, else {@code null} (raw SQL results use it). */
    public dev.junction.JsonCodec json() {
        return json;
    }

    /**
     * Defines a model: builds its definition, checks its name and table are free, registers it.
     *
     * @throws DefinitionException when the definition is wrong or its name or table is taken
     */
    public synchronized <T> ModelImpl<T> define(Class<T> type, String name, List<JavaProperty> properties,
                                                 Consumer<ModelSpec> options) {
        return define(type, name, properties, Map.of("define", options));
    }

    /** Defines a model from several keyed customisers (a join model: its own options, then its join part). */
    public synchronized <T> ModelImpl<T> define(Class<T> type, String name, List<JavaProperty> properties,
                                                 Map<String, Consumer<ModelSpec>> parts) {
        boolean classBacked = type != Row.class;
        ModelRecipe recipe = new ModelRecipe(name, type, classBacked, properties, parts);
        ModelDefinition definition = build(recipe);
        if (byName.containsKey(definition.name())) {
            throw new DefinitionException("Model " + definition.name() + " is already defined");
        }
        String table = definition.tableName().toLowerCase(Locale.ROOT);
        Entry clash = byTable.get(table);
        if (clash != null) {
            throw new DefinitionException("Model " + definition.name() + " uses table " + definition.tableName()
                    + ", which model " + clash.slot.definition().name() + " already uses");
        }
        refuseIndexNamesInUse(definition);
        ModelSlot slot = new ModelSlot(definition, runtime.dialect(), json);
        ModelImpl<T> typed = new ModelImpl<>(runtime, slot, type, null);
        ModelImpl<Row> rows = classBacked ? new ModelImpl<>(runtime, slot, Row.class, null) : castRows(typed);
        Entry entry = new Entry(recipe, slot, typed, rows);
        byName.put(definition.name(), entry);
        byTable.put(table, entry);
        if (classBacked) byClass.putIfAbsent(type, entry);
        return typed;
    }

    /** Index names are the schema's, not the table's, on PostgreSQL, H2 and SQLite: two models cannot share one. */
    private void refuseIndexNamesInUse(ModelDefinition definition) {
        for (ModelDefinition.Index index : definition.indexes()) {
            for (Entry other : byName.values()) {
                ModelDefinition owner = other.slot.definition();
                if (owner.indexes().stream().anyMatch(i -> i.name().equalsIgnoreCase(index.name()))) {
                    throw new DefinitionException("Model " + definition.name() + ", index '" + index.name()
                            + "': model " + owner.name() + " already has an index of that name");
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static ModelImpl<Row> castRows(ModelImpl<?> typed) {
        return (ModelImpl<Row>) typed;
    }

    /**
     * Adds (or, under a key used before, replaces) a customiser of a model's recipe and rebuilds its definition.
     * If the rebuilt definition is wrong, the model stays as it was and the {@link DefinitionException} is thrown.
     */
    public synchronized void amend(String modelName, String key, Consumer<ModelSpec> contribution) {
        Entry entry = byName.get(modelName);
        if (entry == null) throw new UnknownModelException("No model named '" + modelName + "'");
        ModelRecipe amended = entry.recipe.with(key, contribution);
        ModelDefinition definition = build(amended);
        entry.recipe = amended;
        entry.slot.install(definition, runtime.dialect(), json);
    }

    private ModelDefinition build(ModelRecipe recipe) {
        ModelDefinition definition = recipe.build(config.timestamps(), config.underscored(), runtime.dialect());
        if (definition.tableName().equalsIgnoreCase(Seeder.LEDGER_TABLE)) {
            throw new DefinitionException("Model " + definition.name() + " uses table " + definition.tableName()
                    + ", which Junction keeps for its record of applied seed files; name the table otherwise"
                    + " (tableName(\"…\"))");
        }
        if (definition.tableName().equalsIgnoreCase(dev.junction.migration.Migrator.LEDGER_TABLE)) {
            throw new DefinitionException("Model " + definition.name() + " uses table " + definition.tableName()
                    + ", which Junction keeps for its record of applied migrations; name the table otherwise"
                    + " (tableName(\"…\"))");
        }
        JsonSupport.check(definition, json);
        return definition;
    }

    /** Whether a model uses this table name. */
    public synchronized boolean containsTable(String table) {
        return byTable.containsKey(table.toLowerCase(Locale.ROOT));
    }

    /** Whether a model with this name exists. */
    public synchronized boolean contains(String modelName) {
        return byName.containsKey(modelName);
    }

    /** The Row view of the model with this name, or else this table name. */
    public synchronized ModelImpl<Row> rows(String nameOrTable) {
        return entry(nameOrTable).rows;
    }

    /** The typed handle of the model with this name or table. */
    public synchronized ModelImpl<?> typed(String nameOrTable) {
        return entry(nameOrTable).typed;
    }

    /** The typed handle of the model defined from {@code type}. */
    @SuppressWarnings("unchecked")
    public synchronized <T> Model<T> typed(Class<T> type) {
        Entry entry = byClass.get(type);
        if (entry == null) {
            throw new UnknownModelException("No model is defined from class " + type.getName());
        }
        return (Model<T>) entry.typed;
    }

    /** Whether a model is defined from {@code type}. */
    public synchronized boolean contains(Class<?> type) {
        return byClass.containsKey(type);
    }

    /** The definition with this model name, or {@code null}. */
    public synchronized ModelDefinition definition(String name) {
        Entry entry = byName.get(name);
        return entry == null ? null : entry.slot.definition();
    }

    /** Every definition, in the order the models were defined; an unmodifiable snapshot. */
    public synchronized List<ModelDefinition> definitions() {
        return byName.values().stream().<ModelDefinition>map(e -> e.slot.definition()).toList();
    }

    /** The columns of a constraint Junction created on {@code table}, for error messages; empty when unknown. */
    public synchronized List<String> constraintColumns(String table, String constraint) {
        Entry entry = byTable.get(table.toLowerCase(Locale.ROOT));
        if (entry == null || constraint == null) return List.of();
        ModelDefinition d = entry.slot.definition();
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
