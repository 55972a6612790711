package dev.junction;

/**
 * What {@link ModelUpdates#upsert(Object)} did: the row as stored after it, and whether the call inserted it
 * ({@code true}) or updated a row already there ({@code false}). Sequelize's {@code upsert} gives the same pair as
 * {@code [instance, created]}, with {@code created} unknown ({@code null}) on PostgreSQL and SQLite; Junction always
 * knows. Immutable.
 *
 * @param instance the row as stored
 * @param created  whether the row was inserted
 * @param <T>      the model's instances
 */
public record Upserted<T>(T instance, boolean created) {
}
