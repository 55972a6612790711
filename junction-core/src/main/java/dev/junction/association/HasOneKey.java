package dev.junction.association;

/**
 * The typed name of a {@link HasOne} association (see {@link AssociationKey}): declared with
 * {@code users.hasOne(profiles, User.PROFILE)}, found again as a {@code HasOne<S, T>}. Immutable.
 *
 * @param <S> the source model's instances
 * @param <T> the target model's instances
 */
public final class HasOneKey<S, T> extends AssociationKey<S, T, HasOne<S, T>> {
    HasOneKey(Class<S> source, String as, Class<T> target) {
        super(source, as, target);
    }

    @Override
    public Association.Kind kind() {
        return Association.Kind.HAS_ONE;
    }
}
