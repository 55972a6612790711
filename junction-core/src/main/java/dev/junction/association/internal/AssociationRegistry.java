package dev.junction.association.internal;

import dev.junction.DefinitionException;
import dev.junction.Model;
import dev.junction.UnknownAssociationException;
import dev.junction.association.Association;
import dev.junction.association.AssociationOptions;
import dev.junction.association.BelongsTo;
import dev.junction.association.BelongsToMany;
import dev.junction.association.HasMany;
import dev.junction.association.HasOne;
import dev.junction.association.Through;
import dev.junction.internal.Arguments;
import dev.junction.internal.Runtime;
import dev.junction.internal.model.ModelImpl;
import dev.junction.schema.Attribute;
import dev.junction.schema.Reference;
import dev.junction.schema.ReferentialAction;
import dev.junction.schema.internal.Naming;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Every association of one database: declares them (amending the models they add keys to, and making or amending
 * join models), checks what can be checked at declaration, and finds them by model and alias. Declarations are
 * serialised; lookups are cheap. Thread-safe.
 */
public final class AssociationRegistry {
    private final Runtime runtime;
    private final Map<String, Map<String, AssociationBase<?, ?>>> byModel = new HashMap<>();
    private final JoinModels joins;

    private final IncludeLoader loader;

    public AssociationRegistry(Runtime runtime) {
        this.runtime = runtime;
        this.loader = new IncludeLoader(runtime);
        this.joins = new JoinModels(runtime);
    }

    /** The loader of include trees. */
    public IncludeLoader loader() {
        return loader;
    }

    /** {@code source belongsTo target}: the source holds the key ({@code BeachId}, or the alias + key). */
    public synchronized <S, T> BelongsTo<S, T> belongsTo(ModelImpl<S> source, Model<T> targetModel,
                                                        AssociationOptions o) {
        ModelImpl<T> target = own(targetModel, source, "belongsTo");
        String as = o.as() != null ? o.as() : target.name();
        checkAlias(source, as);
        String targetKey = key(target, o.targetKey(), "targetKey", source, as);
        String foreignKey = o.foreignKey() != null ? o.foreignKey()
                : Naming.foreignKeyAttribute(as, primaryKeyName(target, targetKey));
        amendForeignKey(source, "belongsTo:" + as, foreignKey, target, targetKey, o, ReferentialAction.SET_NULL);
        return register(source, as, new BelongsToImpl<>(runtime, source, target, as, foreignKey, targetKey));
    }

    /** {@code source hasOne target}: the target holds the key ({@code UserId}). */
    public synchronized <S, T> HasOne<S, T> hasOne(ModelImpl<S> source, Model<T> targetModel, AssociationOptions o) {
        ModelImpl<T> target = own(targetModel, source, "hasOne");
        String as = o.as() != null ? o.as() : target.name();
        checkAlias(source, as);
        String sourceKey = key(source, o.sourceKey(), "sourceKey", source, as);
        // As Sequelize v6 names it: after the alias when there is one (as("Owner") → OwnerId), else the source.
        String stem = o.as() != null ? Naming.singular(o.as()) : source.name();
        String foreignKey = o.foreignKey() != null ? o.foreignKey()
                : Naming.foreignKeyAttribute(stem, primaryKeyName(source, sourceKey));
        amendForeignKey(target, "has:" + source.name() + "." + as, foreignKey, source, sourceKey, o,
                ReferentialAction.SET_NULL);
        return register(source, as, new HasOneImpl<>(runtime, source, target, as, foreignKey, sourceKey));
    }

    /** {@code source hasMany target}: the targets hold the key ({@code BeachId}). */
    public synchronized <S, T> HasMany<S, T> hasMany(ModelImpl<S> source, Model<T> targetModel,
                                                    AssociationOptions o) {
        ModelImpl<T> target = own(targetModel, source, "hasMany");
        String as = o.as() != null ? o.as() : Naming.plural(target.name());
        String singular = o.asSingular() != null ? o.asSingular() : o.as() != null ? Naming.singular(as)
                : target.name();
        checkAlias(source, as);
        String sourceKey = key(source, o.sourceKey(), "sourceKey", source, as);
        String foreignKey = o.foreignKey() != null ? o.foreignKey()
                : Naming.foreignKeyAttribute(source.name(), primaryKeyName(source, sourceKey));
        amendForeignKey(target, "has:" + source.name() + "." + as, foreignKey, source, sourceKey, o,
                ReferentialAction.SET_NULL);
        return register(source, as, new HasManyImpl<>(runtime, source, target, as, singular, foreignKey, sourceKey));
    }

    /** {@code source belongsToMany target through …}: links live in the join model. */
    public synchronized <S, T> BelongsToMany<S, T> belongsToMany(ModelImpl<S> source, Model<T> targetModel,
                                                                AssociationOptions o) {
        ModelImpl<T> target = own(targetModel, source, "belongsToMany");
        if (o.through() == null) {
            throw new DefinitionException(source.name() + ".belongsToMany(" + target.name()
                    + (o.as() != null ? ", as '" + o.as() + "'" : "") + "): 'through' is required — a join model"
                    + " name, class or model, e.g. through(\"UserFavorites\")");
        }
        if (source.name().equals(target.name()) && o.as() == null) {
            throw new DefinitionException(source.name() + ".belongsToMany(" + source.name() + ") through "
                    + o.through() + ": a self-association needs 'as' (e.g. as(\"Followers\"))");
        }
        String as = o.as() != null ? o.as() : Naming.plural(target.name());
        String singular = o.asSingular() != null ? o.asSingular() : o.as() != null ? Naming.singular(as)
                : target.name();
        checkAlias(source, as);
        String sourceKey = key(source, o.sourceKey(), "sourceKey", source, as);
        String targetKey = key(target, o.targetKey(), "targetKey", source, as);
        BelongsToManyImpl<S, T> impl = new BelongsToManyImpl<>(runtime, source, target, as, singular, sourceKey,
                this::planOf);
        String through = joinModelName(o.through(), source);
        joins.declare(through, new JoinSide(source, target, as, o, sourceKey, targetKey, impl), source);
        return register(source, as, impl);
    }

    /** The plan of a side whose join model waited: resolved now, or a {@link DefinitionException} saying why not. */
    private synchronized JoinPlan planOf(BelongsToManyImpl<?, ?> side) {
        joins.completeFor(side);
        return side.currentPlan();
    }

    /**
     * Resolves every join model still waiting for a partner's declaration: called when the definitions are complete
     * (sync, the end of {@code defineAll}) and before a model is handed out by name.
     *
     * @throws DefinitionException naming the declarations of a join model whose keys cannot be resolved
     */
    public synchronized void complete() {
        joins.completeAll();
    }

    /**
     * Resolves the join model called {@code nameOrTable} (by model or table name) if it waits for a partner, so that
     * whoever asks for it by name sees its columns; any other name is left alone.
     *
     * @throws DefinitionException naming the declarations when its keys cannot be resolved
     */
    public synchronized void completeJoinModel(String nameOrTable) {
        if (nameOrTable == null) return;
        String name = runtime.models().contains(nameOrTable) || !runtime.models().containsTable(nameOrTable)
                ? nameOrTable : runtime.models().rows(nameOrTable).name();
        joins.complete(name);
    }

    private String joinModelName(Through through, ModelImpl<?> source) {
        if (through.model() != null) return own(through.model(), source, "through").name();
        if (through.type() != null) {
            return runtime.models().contains(through.type()) ? runtime.models().typed(through.type()).name()
                    : through.type().getSimpleName();
        }
        return runtime.models().contains(through.name()) ? through.name()
                : runtime.models().containsTable(through.name())
                ? runtime.models().rows(through.name()).name() : through.name();
    }

    /** Adds (or, re-declared, replaces) a foreign key attribute on {@code holder} referring to {@code referenced}. */
    private void amendForeignKey(ModelImpl<?> holder, String partKey, String foreignKey, ModelImpl<?> referenced,
                                 String referencedKey, AssociationOptions o, ReferentialAction nullableOnDelete) {
        var type = referenced.definition().attribute(referencedKey).orElseThrow().type();
        boolean constraints = !Boolean.FALSE.equals(o.constraints());
        Consumer<dev.junction.schema.AttributeSpec> options = o.foreignKeyOptions();
        runtime.models().amend(holder.name(), partKey, spec -> spec.attributeOrAdd(foreignKey, type, a -> {
            if (options != null) options.accept(a);
            ReferentialAction onDelete = o.onDelete() != null ? o.onDelete()
                    : a.isAllowNull() ? nullableOnDelete : ReferentialAction.CASCADE;
            ReferentialAction onUpdate = Objects.requireNonNullElse(o.onUpdate(), ReferentialAction.CASCADE);
            a.reference(new Reference(referenced.name(), referencedKey, onDelete, onUpdate, constraints));
        }));
    }

    /**
     * What Sequelize v6 names a derived belongsTo, hasOne or hasMany key after: the referenced model's primary key,
     * even when the association refers to another unique attribute ({@code targetKey("code")} still gives
     * {@code BeachId}); {@code key} itself when there is no single primary key.
     */
    private static String primaryKeyName(ModelImpl<?> model, String key) {
        List<Attribute> primaryKey = model.definition().primaryKey();
        return primaryKey.size() == 1 ? primaryKey.get(0).name() : key;
    }

    /** The key attribute an association refers to: the given one (which must be unique) or the primary key. */
    private static String key(ModelImpl<?> model, String given, String option, ModelImpl<?> source, String as) {
        String where = source.name() + "." + as + ": " + option;
        if (given == null) {
            List<Attribute> key = model.definition().primaryKey();
            if (key.size() != 1) {
                throw new DefinitionException(where + ": " + model.name() + " has a composite key " + key.stream()
                        .map(Attribute::name).toList() + "; name a single unique attribute with " + option + "(…)");
            }
            return key.get(0).name();
        }
        Attribute attribute = model.definition().attribute(given).orElseThrow(() -> new DefinitionException(
                where + " '" + given + "' is not an attribute of " + model.name()));
        if (!attribute.unique() && !(attribute.primaryKey() && model.definition().primaryKey().size() == 1)) {
            throw new DefinitionException(where + " '" + given + "' must be unique in " + model.name());
        }
        return given;
    }

    private void checkAlias(ModelImpl<?> source, String as) {
        if (source.definition().attribute(as).isPresent()) {
            throw new DefinitionException("Model " + source.name() + ": association alias '" + as + "' collides with"
                    + " its attribute '" + as + "'; choose another alias with as(…)");
        }
        AssociationBase<?, ?> existing = byModel.getOrDefault(source.name(), Map.of()).get(as);
        if (existing != null) {
            throw new DefinitionException("Model " + source.name() + " already has an association '" + as + "' ("
                    + existing + "); give this one another alias with as(…)");
        }
    }

    @SuppressWarnings("unchecked")
    private <T> ModelImpl<T> own(Model<T> model, ModelImpl<?> source, String kind) {
        if (!(model instanceof ModelImpl<?> impl) || impl.runtime() != runtime) {
            throw new DefinitionException(source.name() + "." + kind + "(" + (model == null ? "null" : model.name())
                    + "): the model must be defined on the same Junction");
        }
        return (ModelImpl<T>) impl;
    }

    private <A extends AssociationBase<?, ?>> A register(ModelImpl<?> source, String as, A association) {
        byModel.computeIfAbsent(source.name(), k -> new LinkedHashMap<>()).put(as, association);
        return association;
    }

    /** The association {@code as} of model {@code model}. */
    public synchronized Association<?, ?> get(String model, String as) {
        Map<String, AssociationBase<?, ?>> all = byModel.getOrDefault(model, Map.of());
        AssociationBase<?, ?> association = all.get(as);
        if (association == null) {
            throw new UnknownAssociationException("Model " + model + " has no association '" + as + "' (it has "
                    + all.keySet() + ")");
        }
        return association;
    }

    /**
     * The association {@code as} of model {@code model}, checked to be of {@code kind} with targets of
     * {@code target} (the typed lookups of {@code Model.belongsTo(as, Target.class)} and the like).
     */
    @SuppressWarnings("unchecked")
    public synchronized <A> A typed(String model, String as, Class<?> kind, Class<?> target) {
        Arguments.declared(target, model + "." + kind.getSimpleName().substring(0, 1).toLowerCase(Locale.ROOT)
                + kind.getSimpleName().substring(1), "target");
        Association<?, ?> found = get(model, as);
        if (!kind.isInstance(found) || found.target().type() != target) {
            throw new UnknownAssociationException("Model " + model + "'s association '" + as + "' is a "
                    + found.kind() + " to " + found.target().type().getSimpleName() + ", not a "
                    + kind.getSimpleName() + " to " + target.getSimpleName());
        }
        return (A) found;
    }

    /** The associations of {@code model}, in declaration order. */
    public synchronized List<Association<?, ?>> of(String model) {
        return new ArrayList<>(byModel.getOrDefault(model, Map.of()).values());
    }
}
