package dev.junction.association;

/**
 * The typed name of a {@link HasMany} association (see {@link AssociationKey}): declared with
 * {@code beaches.hasMany(castles, Beach.SANDCASTLES)}, found again as a {@code HasMany<S, T>}. Immutable.
 *
 * @param <S> the source model's instances
 * @param <T> the target model's instances
 */
public final class HasManyKey<S, T> extends AssociationKey<S, T, HasMany<S, T>> {
    HasManyKey(Class<S> source, String as, Class<T> target) {
        super(source, as, target);
    }

    @Override
    public Association.Kind kind() {
        return Association.Kind.HAS_MANY;
    }
}
