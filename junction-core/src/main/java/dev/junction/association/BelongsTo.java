package dev.junction.association;

import java.util.Optional;

/**
 * The source holds a key to one target ({@code Sandcastle belongsTo Beach}: {@code Sandcastles.BeachId}).
 * Thread-safe.
 *
 * @param <S> the source type
 * @param <T> the target type
 */
public interface BelongsTo<S, T> extends Association<S, T> {
    /** The target the source refers to, if any (1 statement). */
    Optional<T> get(S source);

    /**
     * Points the source at {@code target} (an instance, a key, or {@code null} to clear); returns the source as stored.
     * A versioned source (optimistic locking) is matched at the version it carries, if any, and returned at its new
     * one; a stale one is a {@link dev.junction.StaleInstanceException} and nothing is written.
     */
    S set(S source, Object target);

    /**
     * Creates {@code target} and points the source at it, in one transaction; returns the created target. A versioned
     * source is checked and moved on to a new version as by {@link #set}: read it again to write it after this.
     */
    T create(S source, T target);

    /**
     * The targets of many sources at once: one query (per chunk of keys) for all of them, never one per source.
     * Sources without a target are absent from the map.
     */
    java.util.Map<S, T> load(java.util.Collection<S> sources);

    @Override
    BelongsTo<S, T> in(dev.junction.Transaction tx);
}
