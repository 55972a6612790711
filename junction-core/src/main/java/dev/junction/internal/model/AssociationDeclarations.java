package dev.junction.internal.model;

import dev.junction.Model;
import dev.junction.association.Association;
import dev.junction.association.AssociationKey;
import dev.junction.association.AssociationOptions;
import dev.junction.association.BelongsTo;
import dev.junction.association.BelongsToKey;
import dev.junction.association.BelongsToMany;
import dev.junction.association.BelongsToManyKey;
import dev.junction.association.HasMany;
import dev.junction.association.HasManyKey;
import dev.junction.association.HasOne;
import dev.junction.association.HasOneKey;
import dev.junction.association.internal.AssociationKeys;
import dev.junction.internal.Arguments;
import dev.junction.internal.Runtime;
import java.util.List;

/**
 * The association methods of a model handle: declaring associations from it and looking them up by alias, all
 * handed to the runtime's association registry. Kept apart from {@link ModelImpl}, which holds the model's own
 * operations.
 */
abstract sealed class AssociationDeclarations<T> implements Model<T> permits ModelHandle {

    /** The runtime whose association registry holds this model's associations. */
    public abstract Runtime runtime();

    private ModelImpl<T> self() {
        return (ModelImpl<T>) this;
    }

    @Override
    public <U> BelongsTo<T, U> belongsTo(Model<U> target, AssociationOptions o) {
        return runtime().associations().belongsTo(self(), target, o == null ? AssociationOptions.defaults() : o);
    }

    @Override
    public <U> HasOne<T, U> hasOne(Model<U> target, AssociationOptions o) {
        return runtime().associations().hasOne(self(), target, o == null ? AssociationOptions.defaults() : o);
    }

    @Override
    public <U> HasMany<T, U> hasMany(Model<U> target, AssociationOptions o) {
        return runtime().associations().hasMany(self(), target, o == null ? AssociationOptions.defaults() : o);
    }

    @Override
    public <U> BelongsToMany<T, U> belongsToMany(Model<U> target, AssociationOptions o) {
        return runtime().associations().belongsToMany(self(), target, o == null ? AssociationOptions.defaults() : o);
    }

    @Override
    public <U> BelongsTo<T, U> belongsTo(Model<U> target, BelongsToKey<T, U> key, AssociationOptions o) {
        return belongsTo(target, keyed(target, key, "belongsTo", o));
    }

    @Override
    public <U> HasOne<T, U> hasOne(Model<U> target, HasOneKey<T, U> key, AssociationOptions o) {
        return hasOne(target, keyed(target, key, "hasOne", o));
    }

    @Override
    public <U> HasMany<T, U> hasMany(Model<U> target, HasManyKey<T, U> key, AssociationOptions o) {
        return hasMany(target, keyed(target, key, "hasMany", o));
    }

    @Override
    public <U> BelongsToMany<T, U> belongsToMany(Model<U> target, BelongsToManyKey<T, U> key, AssociationOptions o) {
        return belongsToMany(target, keyed(target, key, "belongsToMany", o));
    }

    /** The options of a declaration with {@code key}: its alias given, the models checked to be the key's. */
    private AssociationOptions keyed(Model<?> target, AssociationKey<?, ?, ?> key, String method,
                                     AssociationOptions o) {
        Arguments.declared(target, name() + "." + method, "target");
        Arguments.declared(key, name() + "." + method, "key");
        return AssociationKeys.optionsFor(this, target, key, o);
    }

    @Override
    public <U, A extends Association<T, U>> A association(AssociationKey<T, U, A> key) {
        return AssociationKeys.resolve(this, key);
    }

    @Override
    public <U> BelongsTo<T, U> belongsTo(String as, Class<U> target) {
        return runtime().associations().typed(name(), as, BelongsTo.class, target);
    }

    @Override
    public <U> HasOne<T, U> hasOne(String as, Class<U> target) {
        return runtime().associations().typed(name(), as, HasOne.class, target);
    }

    @Override
    public <U> HasMany<T, U> hasMany(String as, Class<U> target) {
        return runtime().associations().typed(name(), as, HasMany.class, target);
    }

    @Override
    public <U> BelongsToMany<T, U> belongsToMany(String as, Class<U> target) {
        return runtime().associations().typed(name(), as, BelongsToMany.class, target);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Association<T, ?> association(String as) {
        return (Association<T, ?>) runtime().associations().get(name(), as);
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public List<Association<T, ?>> associations() {
        return (List) runtime().associations().of(name());
    }
}
