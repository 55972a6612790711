package dev.junction.association;

import dev.junction.Model;
import dev.junction.Row;
import dev.junction.query.Query;
import dev.junction.query.Where;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Sources and targets linked through a join model ({@code User belongsToMany Show through UserFavorites}).
 * Targets may be given as instances, keys, or {@link Link}s carrying values for the join row. Every method is one
 * atomic operation (its own transaction, or the caller's) with the statement counts below. Thread-safe.
 *
 * <pre>{@code
 * BelongsToMany<User, Show> favorites = users.belongsToMany(shows, as("Favorites").through("UserFavorites"));
 * favorites.add(alice, dune);                  // idempotent; returns the link rows it wrote
 * favorites.get(alice);                        // [Show[id=1, title=Dune]]
 * favorites.set(alice, List.of(dune, arrival)); // diff: deletes, inserts, updates only what changed
 * }</pre>
 *
 * @param <S> the source type
 * @param <T> the target type
 */
public interface BelongsToMany<S, T> extends Association<S, T> {

    /** The join model, by name, with the full model API. */
    Model<Row> through();

    /** The join model's attribute that refers to the target. */
    String otherKey();

    /** Whether a pair may be linked once only. */
    boolean unique();

    /** The linked targets (1 statement); with {@code unique(false)}, one entry per link row. */
    default List<T> get(S source) {
        return get(source, Query.all(), null);
    }

    /** The linked targets the query selects (target filter, order, page). */
    default List<T> get(S source, Query query) {
        return get(source, query, null);
    }

    /** The linked targets the query selects whose join rows match {@code throughWhere} (may be null). */
    List<T> get(S source, Query query, Where throughWhere);

    /** The linked targets with their join rows. */
    default List<Linked<T>> getLinked(S source) {
        return getLinked(source, Query.all(), null);
    }

    /** The linked targets the query selects, with their join rows matching {@code throughWhere} (may be null). */
    List<Linked<T>> getLinked(S source, Query query, Where throughWhere);

    /** How many links {@link #get} would return. */
    default long count(S source) {
        return count(source, null, null);
    }

    /** How many links {@link #get(Object, Query, Where)} would return for these filters (either may be null). */
    long count(S source, Where targetWhere, Where throughWhere);

    /**
     * How many links each source has, for many sources in one {@code SELECT … GROUP BY} statement (per chunk of
     * keys below the bind-parameter limit): every source is a key of the map, in the given order, with 0 when it has
     * none — each count the one {@link #count(Object)} gives.
     *
     * <pre>{@code
     * Map<User, Long> favoriteCounts = favorites.countAll(users.findAll());
     * }</pre>
     */
    default Map<S, Long> countAll(Collection<S> sources) {
        return countAll(sources, null, null);
    }

    /** Like {@link #countAll(Collection)}, each count the one {@link #count(Object, Where, Where)} gives. */
    Map<S, Long> countAll(Collection<S> sources, Where targetWhere, Where throughWhere);

    /** True only if every given target is linked to the source (1 statement). */
    boolean has(S source, Object... targets);

    /**
     * Links the targets. Unique links: pairs already linked stay (their join values updated when some are given and
     * differ), race-safe. {@code unique(false)}: always new link rows. Returns the join rows written, as Sequelize's
     * {@code add} returns its through rows: the new links (with their keys, values, timestamps and, for
     * {@code unique(false)}, surrogate ids), then the links whose join values changed; a pair linked already with
     * nothing to change is not in it, so adding links that all exist returns an empty list.
     */
    default List<Row> add(S source, Object... targets) {
        // Arrays.asList, not List.of: a null target must reach the key check and fail as a ValidationException.
        return add(source, targets == null ? List.of() : Arrays.asList(targets), Map.of());
    }

    /**
     * Links the targets, with {@code through} as the join values for targets not given as {@link Link}s (null: none);
     * returns the join rows written, as {@link #add(Object, Object...)}. A null collection links nothing.
     */
    List<Row> add(S source, Collection<?> targets, Map<String, ?> through);

    /**
     * Makes the links exactly these; only what changed is written. An empty collection or null clears them (as
     * Sequelize's {@code set(null)}); a null element is a {@link dev.junction.ValidationException}.
     */
    default void set(S source, Collection<?> targets) {
        set(source, targets, Map.of());
    }

    /** Like {@link #set(Object, Collection)}, with default join values for targets not given as {@link Link}s. */
    void set(S source, Collection<?> targets, Map<String, ?> through);

    /** Unlinks the targets (1 statement; other scopes' links untouched). */
    void remove(S source, Object... targets);

    /** Creates {@code target} and links it, in one transaction (2 statements); returns it as stored. */
    default T create(S source, T target) {
        return create(source, target, Map.of());
    }

    /** Creates {@code target} and links it with these join values. */
    T create(S source, T target, Map<String, ?> through);

    /**
     * The targets of many sources at once: one query (per chunk of keys) for all of them, never one per source.
     * Every source is a key of the map, in the given order, with an empty list when it has no targets.
     */
    java.util.Map<S, List<T>> load(Collection<S> sources);

    @Override
    BelongsToMany<S, T> in(dev.junction.Transaction tx);
}
