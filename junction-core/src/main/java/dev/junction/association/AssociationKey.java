package dev.junction.association;

import dev.junction.DefinitionException;
import dev.junction.Row;
import dev.junction.association.Association.Kind;
import dev.junction.internal.Arguments;
import java.util.Objects;

/**
 * The typed name of an association: its source model's class, its alias and its target model's class, fixed once
 * as a constant beside the model — so that application code reaches the association through the compiler, never by
 * a string, and a typo cannot be written (as jOOQ's generated keys or JPA's static metamodel attributes).
 * Immutable, and not tied to any {@code Junction}: the same key resolves in every database the model is defined in.
 *
 * <pre>{@code
 * public record User(Long id, String username) {
 *     public static final BelongsToManyKey<User, Show> FAVORITES =
 *             AssociationKey.belongsToMany(User.class, "Favorites", Show.class);
 *
 *     static void associate(Models models) {
 *         models.model(User.class).belongsToMany(models.model(Show.class), FAVORITES, through("UserFavorites"));
 *     }
 * }
 *
 * BelongsToMany<User, Show> favorites = db.association(User.FAVORITES);   // typed, no cast, no string
 * }</pre>
 *
 * <p>A key declares nothing by itself: the {@code associate} hook declares the association with it (the alias comes
 * from the key), and {@link dev.junction.Models#association(AssociationKey)} or
 * {@link AssociationSource#association(AssociationKey)} finds it again in a given database.
 *
 * @param <S> the source model's instances
 * @param <T> the target model's instances
 * @param <A> the association handle the key resolves to ({@link BelongsToMany BelongsToMany&lt;S, T&gt;} …)
 */
public abstract sealed class AssociationKey<S, T, A extends Association<S, T>>
        permits BelongsToKey, HasOneKey, HasManyKey, BelongsToManyKey {
    private final Class<S> source;
    private final String as;
    private final Class<T> target;

    AssociationKey(Class<S> source, String as, Class<T> target) {
        String call = "AssociationKey." + camel(kind());
        this.source = modelClass(Arguments.declared(source, call, "source"), call, "source");
        this.as = Arguments.declared(as, call, "as");
        if (as.isBlank()) throw new DefinitionException(call + ": as must not be blank");
        this.target = modelClass(Arguments.declared(target, call, "target"), call, "target");
    }

    /** The key of {@code source belongsTo target} under alias {@code as} (singular: {@code "Beach"}). */
    public static <S, T> BelongsToKey<S, T> belongsTo(Class<S> source, String as, Class<T> target) {
        return new BelongsToKey<>(source, as, target);
    }

    /** The key of {@code source hasOne target} under alias {@code as} (singular: {@code "Profile"}). */
    public static <S, T> HasOneKey<S, T> hasOne(Class<S> source, String as, Class<T> target) {
        return new HasOneKey<>(source, as, target);
    }

    /** The key of {@code source hasMany target} under alias {@code as} (plural: {@code "Sandcastles"}). */
    public static <S, T> HasManyKey<S, T> hasMany(Class<S> source, String as, Class<T> target) {
        return new HasManyKey<>(source, as, target);
    }

    /** The key of {@code source belongsToMany target} under alias {@code as} (plural: {@code "Favorites"}). */
    public static <S, T> BelongsToManyKey<S, T> belongsToMany(Class<S> source, String as, Class<T> target) {
        return new BelongsToManyKey<>(source, as, target);
    }

    /** The kind of association the key names. */
    public abstract Kind kind();

    /** The class of the model the association is declared on. */
    public final Class<S> source() {
        return source;
    }

    /** The association's alias, as declared ({@code "Favorites"}). */
    public final String as() {
        return as;
    }

    /** The class of the associated model. */
    public final Class<T> target() {
        return target;
    }

    @Override
    public final boolean equals(Object other) {
        return other instanceof AssociationKey<?, ?, ?> key && key.kind() == kind() && key.source == source
                && key.as.equals(as) && key.target == target;
    }

    @Override
    public final int hashCode() {
        return Objects.hash(kind(), source, as, target);
    }

    /** {@code User.Favorites (belongsToMany Show)}. */
    @Override
    public final String toString() {
        return source.getSimpleName() + "." + as + " (" + camel(kind()) + " " + target.getSimpleName() + ")";
    }

    private static <C> Class<C> modelClass(Class<C> type, String call, String parameter) {
        if (type == Row.class) {
            throw new DefinitionException(call + ": " + parameter + " is Row.class, which names no model; a key"
                    + " names model classes — reach an association of a model without a class with"
                    + " db.model(name).association(as)");
        }
        return type;
    }

    /** {@code BELONGS_TO_MANY} → {@code belongsToMany}, as the declaring method is named. */
    private static String camel(Kind kind) {
        return switch (kind) {
            case BELONGS_TO -> "belongsTo";
            case HAS_ONE -> "hasOne";
            case HAS_MANY -> "hasMany";
            case BELONGS_TO_MANY -> "belongsToMany";
        };
    }
}
