package dev.junction;

import dev.junction.query.Where;
import java.util.Map;

/**
 * The side of a {@link Model} that changes and removes saved rows: updates of an instance, of some of its attributes
 * or of every row a filter matches, atomic increments, destroy and restore. Like every {@link Model} method, each
 * runs in the caller's transaction when there is one.
 *
 * <p>On a model with a version ({@code ModelSpec.version()}, optimistic locking), every write here adds one to the
 * version of the rows it changes, and the writes of an instance — {@code update}, {@code destroy}, {@code restore}
 * — apply only at the version the instance carries: a row written by someone else since is a
 * {@link StaleInstanceException}, and nothing is written.
 *
 * @param <T> the model's instances
 */
public interface ModelUpdates<T> {

    /**
     * Writes every attribute of a saved instance to its row (refreshing {@code updatedAt}) and returns it as
     * stored. {@code createdAt} is never written: the row keeps its own, and the returned instance carries the one
     * it was given (so pass the instance you read). An instance without a key is a {@link ValidationException}; one
     * whose row is gone is a {@link NotFoundException}; one whose row has moved past its version, a
     * {@link StaleInstanceException}.
     */
    T update(T instance);

    /** {@link #update(Object)} writing only the named attributes and {@code updatedAt}, validating only those (hooks
     * run); none named, or a null, unknown, key or timestamp attribute, is a {@link ValidationException}. */
    T update(T instance, String... attributes);

    /**
     * Inserts the instance, or — when a row with the same primary key is stored — writes it over that row, and
     * returns the row as stored with whether it was inserted. The row matched is the one with the instance's primary
     * key when it gives one, else the one with its values on the model's first unique key. Every attribute is
     * written but the key and {@code createdAt}, which a stored row keeps; {@code updatedAt} is refreshed; a
     * soft-deleted row matched by its key is brought back. One statement on PostgreSQL ({@code INSERT … ON CONFLICT …
     * DO UPDATE … RETURNING}); elsewhere a few in one transaction, the row read back. Race-safe. Validated as by
     * {@code create}; no hooks run. A null instance is a {@link ValidationException}.
     */
    default Upserted<T> upsert(T instance) {
        return upsert(instance, new String[0]);
    }

    /**
     * {@link #upsert(Object)} matching the stored row on {@code conflictAttributes}: the attributes of the primary
     * key or of one unique key, in any order. An unknown attribute, a null, or attributes that are not such a key
     * are a {@link ValidationException}, before anything is written.
     */
    Upserted<T> upsert(T instance, String... conflictAttributes);

    /** Writes only {@code values} (and {@code updatedAt}) to the row with that key; returns it as stored, read back
     * in the same transaction. No hooks run. No such row is a {@link NotFoundException}. On a versioned model, naming
     * the version in {@code values} makes it a check ({@link StaleInstanceException}) rather than a value. */
    T patch(Object key, Map<String, ?> values);

    /**
     * Sets the given attributes on every row matching {@code where}; returns how many rows changed. Every row is
     * {@link Where#all()}; a null {@code where} is a {@link ValidationException} and changes nothing.
     */
    int update(Map<String, ?> values, Where where);

    /**
     * Adds {@code by} (negative allowed) to a numeric attribute of every row {@code where} matches, in one atomic
     * {@code UPDATE … SET "a" = "a" + ?} (no lost updates), refreshing {@code updatedAt}; returns how many rows
     * changed. Reads through the handle's scope and skips soft-deleted rows, as {@link #update(Map, Where)}; runs no
     * hooks and no attribute validators (as Sequelize's {@code increment}). An unknown, non-numeric or key attribute, a null or non-finite
     * amount, or a null {@code where} is a {@link ValidationException} and changes nothing.
     */
    default int increment(String attribute, Number by, Where where) {
        return increment(single(attribute, by), where);
    }

    /** Like {@link #increment(String, Number, Where)} for several attributes in one statement. */
    int increment(Map<String, ? extends Number> by, Where where);

    /** Like {@link #increment(String, Number, Where)}, subtracting {@code by}. */
    default int decrement(String attribute, Number by, Where where) {
        return decrement(single(attribute, by), where);
    }

    /** Like {@link #increment(Map, Where)}, subtracting each amount. */
    int decrement(Map<String, ? extends Number> by, Where where);

    /**
     * Increments the instance's row (as {@link #increment(String, Number, Where)}) and returns it as stored, read
     * back in the same transaction; a row that is gone is a {@link NotFoundException}.
     */
    T increment(T instance, String attribute, Number by);

    /** Like {@link #increment(Object, String, Number)}, subtracting {@code by}. */
    T decrement(T instance, String attribute, Number by);

    private static Map<String, Number> single(String attribute, Number by) {
        Map<String, Number> one = new java.util.HashMap<>();
        one.put(attribute, by);
        return one;
    }

    /**
     * Deletes the instance's row; returns whether there was one. On a paranoid model ({@code ModelSpec.paranoid()})
     * sets its {@code deletedAt} instead, and returns whether it was not soft-deleted already.
     */
    default boolean destroy(T instance) {
        return destroy(instance, false);
    }

    /** Like {@link #destroy(Object)}; with {@code force}, a paranoid model's row is deleted for real. */
    boolean destroy(T instance, boolean force);

    /**
     * Deletes every row matching {@code where}; returns how many. Every row is {@link Where#all()}; a null
     * {@code where} is a {@link ValidationException} and deletes nothing. On a paranoid model, sets {@code deletedAt}
     * on the matching rows not soft-deleted yet, and returns how many.
     */
    default int destroy(Where where) {
        return destroy(where, false);
    }

    /** Like {@link #destroy(Where)}; with {@code force}, a paranoid model's rows are deleted for real. */
    int destroy(Where where, boolean force);

    /**
     * Brings a paranoid model's soft-deleted row back (clears its {@code deletedAt}); returns whether it was
     * soft-deleted. On a model that is not paranoid, a {@link ValidationException} naming it.
     */
    boolean restore(T instance);

    /** Brings back the soft-deleted rows matching {@code where} (as {@link #restore(Object)}); returns how many. */
    int restore(Where where);
}
