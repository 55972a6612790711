package dev.junction.association;

/**
 * The typed name of a {@link BelongsTo} association (see {@link AssociationKey}): declared with
 * {@code castles.belongsTo(beaches, Sandcastle.BEACH)}, found again as a {@code BelongsTo<S, T>}. Immutable.
 *
 * @param <S> the source model's instances
 * @param <T> the target model's instances
 */
public final class BelongsToKey<S, T> extends AssociationKey<S, T, BelongsTo<S, T>> {
    BelongsToKey(Class<S> source, String as, Class<T> target) {
        super(source, as, target);
    }

    @Override
    public Association.Kind kind() {
        return Association.Kind.BELONGS_TO;
    }
}
