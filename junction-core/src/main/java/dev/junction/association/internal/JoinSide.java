package dev.junction.association.internal;

import dev.junction.association.AssociationOptions;
import dev.junction.association.Through;
import dev.junction.internal.model.ModelImpl;

/**
 * One {@code belongsToMany} declaration on a join model, as written: its ends, alias, the keys it names (or not),
 * and the association it made, which is told its resolved keys whenever another side changes them.
 *
 * @param source    the declaring model
 * @param target    the associated model
 * @param as        the alias
 * @param options   the options as given
 * @param sourceKey the source attribute the link refers to
 * @param targetKey the target attribute the link refers to, as given or the target's key; when not given, a
 *                  partner's {@code sourceKey} takes its place
 * @param impl      the association
 */
record JoinSide(ModelImpl<?> source, ModelImpl<?> target, String as, AssociationOptions options, String sourceKey,
                String targetKey, BelongsToManyImpl<?, ?> impl) {

    Through through() {
        return options.through();
    }

    boolean isSelf() {
        return source.name().equals(target.name());
    }

    /** {@code User.belongsToMany(Show, as Favorites)}, for messages. */
    String describe() {
        return source.name() + ".belongsToMany(" + target.name() + ", as '" + as + "')";
    }

    /** Whether {@code other} is declared from the other end (or, for self-associations, is another self side). */
    boolean isPartnerOf(JoinSide other) {
        return other != this && other.source.name().equals(target.name())
                && other.target.name().equals(source.name());
    }
}
