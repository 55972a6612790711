package dev.junction.association;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * New rows of one association to create together with a new source row, in one transaction: Sequelize's
 * {@code create(values, { include })}. Give it to {@link dev.junction.Model#create(Object, With...)}. belongsTo
 * targets are created first (the source then refers to them), then the source, then hasOne and hasMany targets
 * (referring to it) and belongsToMany targets with their link rows. Immutable.
 *
 * <pre>{@code
 * Loaded<User> alice = users.create(new User(null, "alice"),
 *         With.of(favorites, Link.of(new Show(null, "Dune"), Map.of("rating", 5)), new Show(null, "Arrival")));
 * List<Show> created = alice.get(favorites);                // both shows, with their keys
 * }</pre>
 *
 * @param <S> the source type
 */
public final class With<S> {
    private final Association<S, ?> association;
    private final List<Object> targets;

    private With(Association<S, ?> association, List<Object> targets) {
        this.association = association;
        this.targets = Collections.unmodifiableList(targets);
    }

    /**
     * New targets of a belongsToMany: instances of the target, or {@link Link}s of one with the values of its join
     * row ({@code Link.of(new Show(null, "Dune"), Map.of("rating", 5))}).
     */
    public static <S, T> With<S> of(BelongsToMany<S, T> association, Object... targets) {
        return new With<>(association, list(targets));
    }

    /** New targets of a belongsToMany, as {@link #of(BelongsToMany, Object...)}. */
    public static <S, T> With<S> of(BelongsToMany<S, T> association, Collection<?> targets) {
        return new With<>(association, targets == null ? new ArrayList<>() : new ArrayList<>(targets));
    }

    /** New targets of a hasMany; each is created referring to the new source. */
    public static <S, T> With<S> of(HasMany<S, T> association, Collection<? extends T> targets) {
        return new With<>(association, targets == null ? new ArrayList<>() : new ArrayList<>(targets));
    }

    /** The new target of a hasOne, created referring to the new source. */
    public static <S, T> With<S> of(HasOne<S, T> association, T target) {
        return new With<>(association, list(new Object[] {target}));
    }

    /** The new target of a belongsTo, created first; the new source refers to it. */
    public static <S, T> With<S> of(BelongsTo<S, T> association, T target) {
        return new With<>(association, list(new Object[] {target}));
    }

    private static List<Object> list(Object[] targets) {
        return targets == null ? new ArrayList<>() : new ArrayList<>(Arrays.asList(targets));
    }

    /** The association whose targets these are (null only when the caller gave none; refused when used). */
    public Association<S, ?> association() {
        return association;
    }

    /** The new targets as given: instances, or {@link Link}s for a belongsToMany (nulls are refused when used). */
    public List<Object> targets() {
        return targets;
    }

    @Override
    public String toString() {
        return "With[" + (association == null ? "null" : association.as()) + ", " + targets.size() + " new]";
    }
}
