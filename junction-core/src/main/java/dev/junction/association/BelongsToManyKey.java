package dev.junction.association;

/**
 * The typed name of a {@link BelongsToMany} association (see {@link AssociationKey}): declared with
 * {@code users.belongsToMany(shows, User.FAVORITES, through("UserFavorites"))}, found again as a {@code BelongsToMany<S, T>}. Immutable.
 *
 * @param <S> the source model's instances
 * @param <T> the target model's instances
 */
public final class BelongsToManyKey<S, T> extends AssociationKey<S, T, BelongsToMany<S, T>> {
    BelongsToManyKey(Class<S> source, String as, Class<T> target) {
        super(source, as, target);
    }

    @Override
    public Association.Kind kind() {
        return Association.Kind.BELONGS_TO_MANY;
    }
}
