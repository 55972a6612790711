package dev.junction.association;

import dev.junction.query.Query;
import dev.junction.query.Where;
import java.util.Collection;
import java.util.List;

/**
 * Many targets hold a key to the source ({@code Beach hasMany Sandcastle}: {@code Sandcastles.BeachId}).
 * Targets may be given as instances or keys. Thread-safe.
 *
 * @param <S> the source type
 * @param <T> the target type
 */
public interface HasMany<S, T> extends Association<S, T> {
    /** The targets referring to the source (1 statement). */
    default List<T> get(S source) {
        return get(source, Query.all());
    }

    /** The targets referring to the source that the query selects, in its order and page. */
    List<T> get(S source, Query query);

    /** How many targets refer to the source. */
    default long count(S source) {
        return count(source, Where.all());
    }

    /** How many targets matching {@code where} refer to the source. */
    long count(S source, Where where);

    /**
     * How many targets refer to each source, for many sources in one {@code SELECT … GROUP BY} statement (per chunk
     * of keys): every source is a key of the map, in the given order, with 0 when it has none.
     */
    default java.util.Map<S, Long> countAll(Collection<S> sources) {
        return countAll(sources, null);
    }

    /** Like {@link #countAll(Collection)}, counting the targets matching {@code where} (null: all). */
    java.util.Map<S, Long> countAll(Collection<S> sources, Where where);

    /** True only if every given target refers to the source. */
    boolean has(S source, Object... targets);

    /**
     * Makes the targets refer to the source (1 statement, in a transaction). A target without a row (deleted, or a
     * key never saved) is a {@link dev.junction.NotFoundException} naming the missing keys, and nothing changes.
     */
    void add(S source, Object... targets);

    /**
     * Makes exactly these targets refer to the source: the others that did are let go (key set to null), in one
     * transaction; null or an empty collection lets every one go. With a NOT NULL key, letting one go fails with a
     * {@link dev.junction.NotNullConstraintException} and nothing changes. A target without a row is a
     * {@link dev.junction.NotFoundException} naming the missing keys, and nothing changes.
     */
    void set(S source, Collection<?> targets);

    /** Lets the targets go: their key is set to null (1 statement; a NOT NULL key refuses it, changing nothing). */
    void remove(S source, Object... targets);

    /** Creates {@code target} referring to the source; returns it as stored. */
    T create(S source, T target);

    /**
     * The targets of many sources at once: one query (per chunk of keys) for all of them, never one per source.
     * Every source is a key of the map, in the given order, with an empty list when it has no targets.
     */
    java.util.Map<S, List<T>> load(Collection<S> sources);

    @Override
    HasMany<S, T> in(dev.junction.Transaction tx);
}
