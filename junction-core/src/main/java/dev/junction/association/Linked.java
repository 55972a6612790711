package dev.junction.association;

import dev.junction.Row;

/**
 * A target of a {@link BelongsToMany} with the join row that links it: its extra attributes ({@code rating},
 * {@code since}) and timestamps.
 *
 * @param target       the linked target
 * @param through      the link's join-model attributes (keys included)
 * @param throughModel the join model's name ({@code "UserFavorites"}): the key Sequelize's {@code toJSON} puts the
 *                     join row under on each target, as junction-jackson does
 * @param <T>          the target type
 */
public record Linked<T>(T target, Row through, String throughModel) {
}
