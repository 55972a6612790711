package dev.junction.association;

import dev.junction.Model;

/**
 * An association declared on a source model. The kinds ({@link BelongsTo}, {@link HasOne}, {@link HasMany},
 * {@link BelongsToMany}) add their accessors. Thread-safe.
 *
 * @param <S> the source instance type
 * @param <T> the target instance type
 */
public interface Association<S, T> {

    /** The kinds of association. */
    enum Kind { BELONGS_TO, HAS_ONE, HAS_MANY, BELONGS_TO_MANY }

    Kind kind();

    /** The alias: plural for to-many associations ({@code "Favorites"}), singular for to-one ({@code "Beach"}). */
    String as();

    /** The singular alias ({@code "Favorite"}). */
    String singular();

    /** The model the association is declared on. */
    Model<S> source();

    /** The associated model. */
    Model<T> target();

    /**
     * This association with every operation running in {@code tx} (from the same {@code Junction}), from any
     * thread — like {@code Model.in(tx)}.
     */
    Association<S, T> in(dev.junction.Transaction tx);

    /** The foreign key attribute (on the target for has-*, on the source for belongsTo, on the join model for belongsToMany). */
    String foreignKey();
}
