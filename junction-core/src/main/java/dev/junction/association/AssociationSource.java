package dev.junction.association;

import dev.junction.Model;
import java.util.List;

/**
 * The association side of a {@link Model}: declaring its associations (Sequelize's {@code belongsTo}, {@code hasOne},
 * {@code hasMany}, {@code belongsToMany}) and finding them again by name.
 *
 * @param <T> the model's instances
 */
public interface AssociationSource<T> {
    /**
     * Declares that this model holds a key to {@code target} ({@code Sandcastle belongsTo Beach} adds
     * {@code BeachId} to Sandcastles, or uses the class's own {@code BeachId}); ON DELETE SET NULL by default.
     */
    default <U> BelongsTo<T, U> belongsTo(Model<U> target) {
        return belongsTo(target, AssociationOptions.defaults());
    }

    /** Like {@link #belongsTo(Model)}; {@code as} names the key ({@code as("Home")} → {@code HomeId}). */
    <U> BelongsTo<T, U> belongsTo(Model<U> target, AssociationOptions options);

    /** Declares that one {@code target} holds a key to this model ({@code User hasOne Profile}: Profiles.UserId). */
    default <U> HasOne<T, U> hasOne(Model<U> target) {
        return hasOne(target, AssociationOptions.defaults());
    }

    /** Like {@link #hasOne(Model)}, with options. */
    <U> HasOne<T, U> hasOne(Model<U> target, AssociationOptions options);

    /** Declares that many {@code target}s hold a key to this model ({@code Beach hasMany Sandcastle}). */
    default <U> HasMany<T, U> hasMany(Model<U> target) {
        return hasMany(target, AssociationOptions.defaults());
    }

    /** Like {@link #hasMany(Model)}, with options. */
    <U> HasMany<T, U> hasMany(Model<U> target, AssociationOptions options);

    /**
     * Declares a many-to-many with {@code target} through a join model ({@code through} is required): the join
     * model is made if it does not exist, keys follow Sequelize's naming, and both sides naming the same join model
     * share it.
     *
     * <pre>{@code
     * BelongsToMany<User, Show> favorites = users.belongsToMany(shows, as("Favorites").through("UserFavorites"));
     * }</pre>
     */
    <U> BelongsToMany<T, U> belongsToMany(Model<U> target, AssociationOptions options);

    /**
     * Declares {@code this belongsTo target} under the alias of {@code key} (see {@link AssociationKey}), so that
     * code finds it again with {@link #association(AssociationKey)} rather than by a string. The options must not
     * give another alias.
     *
     * @throws dev.junction.DefinitionException when the key is for other models, or the options give another alias
     */
    default <U> BelongsTo<T, U> belongsTo(Model<U> target, BelongsToKey<T, U> key) {
        return belongsTo(target, key, AssociationOptions.defaults());
    }

    /** Like {@link #belongsTo(Model, BelongsToKey)}, with options. */
    <U> BelongsTo<T, U> belongsTo(Model<U> target, BelongsToKey<T, U> key, AssociationOptions options);

    /** Declares {@code this hasOne target} under the alias of {@code key} (see {@link #belongsTo(Model, BelongsToKey)}). */
    default <U> HasOne<T, U> hasOne(Model<U> target, HasOneKey<T, U> key) {
        return hasOne(target, key, AssociationOptions.defaults());
    }

    /** Like {@link #hasOne(Model, HasOneKey)}, with options. */
    <U> HasOne<T, U> hasOne(Model<U> target, HasOneKey<T, U> key, AssociationOptions options);

    /** Declares {@code this hasMany target} under the alias of {@code key} (see {@link #belongsTo(Model, BelongsToKey)}). */
    default <U> HasMany<T, U> hasMany(Model<U> target, HasManyKey<T, U> key) {
        return hasMany(target, key, AssociationOptions.defaults());
    }

    /** Like {@link #hasMany(Model, HasManyKey)}, with options. */
    <U> HasMany<T, U> hasMany(Model<U> target, HasManyKey<T, U> key, AssociationOptions options);

    /**
     * Declares {@code this belongsToMany target} under the alias of {@code key} (see
     * {@link #belongsTo(Model, BelongsToKey)}); {@code through} is required as ever:
     *
     * <pre>{@code
     * users.belongsToMany(shows, User.FAVORITES, through("UserFavorites"));   // as("Favorites") comes from the key
     * }</pre>
     */
    <U> BelongsToMany<T, U> belongsToMany(Model<U> target, BelongsToManyKey<T, U> key, AssociationOptions options);

    /**
     * The association {@code key} names, typed by the key: {@code users.association(User.FAVORITES)} is a
     * {@code BelongsToMany<User, Show>}.
     *
     * @throws dev.junction.UnknownAssociationException when this model has no association of the key's alias
     * @throws dev.junction.DefinitionException         when it has one of another kind or target than the key says
     */
    <U, A extends Association<T, U>> A association(AssociationKey<T, U, A> key);

    /**
     * The belongsTo declared under {@code as}, typed: for handles of associations declared elsewhere (in an
     * {@code associate} hook). Another kind or target is an {@link dev.junction.UnknownAssociationException}.
     */
    <U> BelongsTo<T, U> belongsTo(String as, Class<U> target);

    /** The hasOne declared under {@code as}, typed (see {@link #belongsTo(String, Class)}). */
    <U> HasOne<T, U> hasOne(String as, Class<U> target);

    /** The hasMany declared under {@code as}, typed (see {@link #belongsTo(String, Class)}). */
    <U> HasMany<T, U> hasMany(String as, Class<U> target);

    /**
     * The belongsToMany declared under {@code as}, typed: {@code users.belongsToMany("Favorites", Show.class)}
     * (see {@link #belongsTo(String, Class)}).
     */
    <U> BelongsToMany<T, U> belongsToMany(String as, Class<U> target);

    /** The association declared under {@code as}; an {@link dev.junction.UnknownAssociationException} lists the others. */
    Association<T, ?> association(String as);

    /** Every association declared on this model, in declaration order. */
    List<Association<T, ?>> associations();
}
