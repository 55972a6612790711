package dev.junction.association;

import java.util.Optional;

/**
 * One target holds a key to the source ({@code User hasOne Profile}: {@code Profiles.UserId}). Thread-safe.
 *
 * @param <S> the source type
 * @param <T> the target type
 */
public interface HasOne<S, T> extends Association<S, T> {
    /** The target that refers to the source, if any (1 statement). */
    Optional<T> get(S source);

    /**
     * Makes {@code target} (an instance or a key; {@code null} for none) the one that refers to the source; the one
     * that did before is let go (its key set to null). One transaction. A target without a row (deleted, or a key
     * never saved) is a {@link dev.junction.NotFoundException}, and the previous target stays (the transaction
     * rolls back; when it is the caller's, the caller rolls it back).
     */
    void set(S source, Object target);

    /** Creates {@code target} referring to the source; returns it as stored. */
    T create(S source, T target);

    /**
     * The targets of many sources at once: one query (per chunk of keys) for all of them, never one per source.
     * Sources without a target are absent from the map.
     */
    java.util.Map<S, T> load(java.util.Collection<S> sources);

    @Override
    HasOne<S, T> in(dev.junction.Transaction tx);
}
