package dev.junction.internal.model;

import dev.junction.Model;
import dev.junction.association.Association;
import dev.junction.association.AssociationOptions;
import dev.junction.association.BelongsTo;
import dev.junction.association.BelongsToMany;
import dev.junction.association.HasMany;
import dev.junction.association.HasOne;
import dev.junction.internal.Runtime;
import java.util.List;

/**
 * The association methods of a model handle: declaring associations from it and looking them up by alias, all
 * handed to the runtime's association registry. Kept apart from {@link ModelImpl}, which holds the model's own
 * operations.
 */
abstract sealed class AssociationDeclarations<T> implements Model<T> permits ModelImpl {

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
