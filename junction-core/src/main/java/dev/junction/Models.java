package dev.junction;

import dev.junction.association.Association;
import dev.junction.association.AssociationKey;
import dev.junction.internal.Arguments;

/**
 * The models of one database, as a model class's {@code associate} hook sees them, and their associations by
 * {@linkplain AssociationKey key}:
 *
 * <pre>{@code
 * record User(Long id, String username) {
 *     static void associate(Models models) {
 *         models.model(User.class).belongsToMany(models.model(Show.class), as("Favorites").through("UserFavorites"));
 *     }
 * }
 * }</pre>
 */
public interface Models {
    /** The typed model defined from {@code type}. */
    <T> Model<T> model(Class<T> type);

    /** Any model by model or table name, as rows. */
    Model<Row> model(String nameOrTable);

    /**
     * The association {@code key} names, on the model defined from the key's source class, typed by the key:
     *
     * <pre>{@code
     * BelongsToMany<User, Show> favorites = db.association(User.FAVORITES);
     * }</pre>
     *
     * @throws UnknownModelException              when no model is defined from the key's source class
     * @throws UnknownAssociationException        when that model has no association of the key's alias
     * @throws DefinitionException                when it has one of another kind or target than the key says
     */
    default <S, T, A extends Association<S, T>> A association(AssociationKey<S, T, A> key) {
        return model(Arguments.given(key, "association", "key").source()).association(key);
    }
}
