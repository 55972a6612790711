package dev.junction.schema.internal;

import dev.junction.DefinitionException;
import dev.junction.schema.Attribute;
import dev.junction.schema.ModelDefinition;
import dev.junction.schema.ReferentialAction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The models' foreign keys, resolved and put in creation order: a table comes after the tables it references.
 * Keys that close a cycle (A → B → A) cannot be declared inline; they are set aside to be added by ALTER TABLE
 * once every table exists.
 */
public final class ForeignKeyGraph {
    private final List<ModelDefinition> creationOrder = new ArrayList<>();
    private final Map<String, List<ForeignKeyTarget>> inline = new HashMap<>();
    private final List<ForeignKeyTarget> deferred = new ArrayList<>();
    private final Map<String, List<ForeignKeyTarget>> all = new HashMap<>();
    /** "model\u0000column" of every column a foreign key references. */
    private final Set<String> referenced = new HashSet<>();

    /**
     * @param models      the models, in definition order
     * @param modelByName finds a model by name ({@code null} when there is none)
     * @param identifierLimit the longest identifier the database accepts, for constraint names
     */
    public ForeignKeyGraph(List<ModelDefinition> models, Function<String, ModelDefinition> modelByName,
                           int identifierLimit) {
        for (ModelDefinition model : models) {
            all.put(model.name(), resolve(model, modelByName, identifierLimit));
        }
        all.values().forEach(keys -> keys.forEach(fk -> referenced.add(fk.target().name() + '\u0000'
                + fk.targetKey().column())));
        Map<String, Integer> state = new HashMap<>();
        for (ModelDefinition model : models) {
            visit(model, state);
        }
    }

    private void visit(ModelDefinition model, Map<String, Integer> state) {
        Integer s = state.get(model.name());
        if (s != null) return;
        state.put(model.name(), 1);
        List<ForeignKeyTarget> inlined = new ArrayList<>();
        for (ForeignKeyTarget fk : all.get(model.name())) {
            ModelDefinition target = fk.target();
            if (target.name().equals(model.name())) {
                inlined.add(fk);
                continue;
            }
            Integer targetState = state.get(target.name());
            if (targetState == null) {
                visit(target, state);
                inlined.add(fk);
            } else if (targetState == 1) {
                deferred.add(fk);
            } else {
                inlined.add(fk);
            }
        }
        inline.put(model.name(), inlined);
        state.put(model.name(), 2);
        creationOrder.add(model);
    }

    private static List<ForeignKeyTarget> resolve(ModelDefinition model, Function<String, ModelDefinition> modelByName,
                                                  int identifierLimit) {
        List<ForeignKeyTarget> keys = new ArrayList<>();
        for (Attribute a : model.references()) {
            var reference = a.reference();
            String where = "Model " + model.name() + ", attribute '" + a.name() + "'";
            ModelDefinition target = modelByName.apply(reference.model());
            if (target == null) {
                throw new DefinitionException(where + " references model '" + reference.model()
                        + "', which is not defined");
            }
            Attribute targetKey = target.attribute(reference.attribute()).orElseThrow(() -> new DefinitionException(
                    where + " references " + target.name() + "." + reference.attribute() + ", which does not exist"));
            if (targetKey.type().kind() != a.type().kind()) {
                throw new DefinitionException(where + " is " + a.type() + " but references " + target.name() + "."
                        + targetKey.name() + ", which is " + targetKey.type() + "; the types must match");
            }
            if (!a.allowNull() && (reference.onDelete() == ReferentialAction.SET_NULL
                    || reference.onUpdate() == ReferentialAction.SET_NULL)) {
                throw new DefinitionException(where + " is NOT NULL, so its foreign key cannot be SET NULL; use"
                        + " CASCADE or RESTRICT, or allow null");
            }
            if (!reference.constraint()) continue;
            String name = Naming.foreignKeyName(model.tableName(), a.column(), identifierLimit);
            keys.add(new ForeignKeyTarget(model, a, target, targetKey, name));
        }
        return keys;
    }

    /** Models with every referenced model before its referrers (cycles broken). */
    public List<ModelDefinition> creationOrder() {
        return creationOrder;
    }

    /** The keys of {@code model} that can be declared in its CREATE TABLE. */
    public List<ForeignKeyTarget> inlineKeys(ModelDefinition model) {
        return inline.getOrDefault(model.name(), List.of());
    }

    /** Keys that close a cycle, to add once all tables exist. */
    public List<ForeignKeyTarget> deferredKeys() {
        return deferred;
    }

    /**
     * Whether a foreign key references {@code unique}'s one column: such a key must stay a full unique constraint
     * even on a paranoid model, since a partial unique index cannot back a foreign key.
     */
    public boolean referenced(ModelDefinition model, ModelDefinition.UniqueKey unique) {
        return unique.columns().size() == 1 && referenced.contains(model.name() + '\u0000' + unique.columns().get(0));
    }

    /** Every key of {@code model}. */
    public List<ForeignKeyTarget> keys(ModelDefinition model) {
        return all.getOrDefault(model.name(), List.of());
    }
}
