package dev.junction.query;

import dev.junction.NotLoadedException;
import dev.junction.association.Association;
import dev.junction.association.BelongsTo;
import dev.junction.association.BelongsToMany;
import dev.junction.association.HasMany;
import dev.junction.association.HasOne;
import dev.junction.association.Linked;
import java.util.List;
import java.util.Optional;

/**
 * An instance read with includes: the instance itself, and what each included association loaded for it, read
 * through the association's own handle so the types need no cast. An association that was not included is a
 * {@link NotLoadedException} naming the include to add — never an empty list, never a hidden query. Immutable.
 *
 * <pre>{@code
 * for (Loaded<User> user : users.findAll(include(favorites))) {
 *     List<Show> shows = user.get(favorites);
 * }
 * }</pre>
 *
 * @param <T> the instance type
 */
public interface Loaded<T> {
    /** The instance. */
    T get();

    /**
     * The associations loaded for this instance, in the order they were included: what a serializer walks to write
     * the instance with its includes (read each with {@link #loaded(Association)}, and for a belongsToMany its join
     * rows with {@link #linked(BelongsToMany)}, in the same order). An association not included is not in it.
     */
    List<Association<T, ?>> loadedAssociations();

    /** The targets a to-many association loaded for this instance, in the include's order (a read-only list). */
    <U> List<U> get(BelongsToMany<T, U> association);

    /** The targets a to-many association loaded for this instance, in the include's order (a read-only list). */
    <U> List<U> get(HasMany<T, U> association);

    /** The target a to-one association loaded, if there is one. */
    <U> Optional<U> get(BelongsTo<T, U> association);

    /** The target a to-one association loaded, if there is one. */
    <U> Optional<U> get(HasOne<T, U> association);

    /** The loaded targets with their join rows (belongsToMany). */
    <U> List<Linked<U>> linked(BelongsToMany<T, U> association);

    /** The loaded targets as {@code Loaded}, to read what nested includes loaded beneath them. */
    <U> List<Loaded<U>> loaded(Association<T, U> association);

    /**
     * How many targets an association has for this instance: the count an include with
     * {@link Include#countOnly()} loaded, or the size of what a full include loaded. Not included at all is a
     * {@link NotLoadedException}.
     */
    long count(Association<T, ?> association);

    /**
     * The associations a count-only include ({@link Include#countOnly()}) counted for this instance, in the order they
     * were included: what a serializer walks to write the counts (read each with {@link #count(Association)}). They
     * are not in {@link #loadedAssociations()}, which lists what loaded targets.
     */
    List<Association<T, ?>> countedAssociations();
}
