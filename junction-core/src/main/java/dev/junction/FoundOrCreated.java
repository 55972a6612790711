package dev.junction;

/**
 * What {@link Model#findOrCreate} did: the row it found, or the one it created ({@code created} true). Sequelize's
 * {@code findOrCreate} gives the same pair as {@code [instance, created]}. Immutable.
 *
 * @param instance the row found or created, as stored
 * @param created  whether this call created it
 * @param <T>      the model's instances
 */
public record FoundOrCreated<T>(T instance, boolean created) {
}
