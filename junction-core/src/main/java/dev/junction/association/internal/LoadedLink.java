package dev.junction.association.internal;

/**
 * One link an include loaded (belongsToMany): its target and the join row's own values — not the keys it shares
 * with the parent and the target, which {@link ThroughLayout} takes from them. Up to two values are held in fields,
 * more as an array in the second: an eager load holds hundreds of thousands of these, and an array per link would
 * cost more than the values it holds.
 *
 * @param target the target's node
 * @param first  the first own value (null when the include returns none)
 * @param second the second own value; with more than two, an array of every own value after the first
 */
record LoadedLink(LoadedNode<?> target, Object first, Object second) {
}
