package dev.junction;

import dev.junction.internal.Arguments;
import java.util.List;

/**
 * What {@link Model#bulkCreate(List, BulkOptions)} does with a row that collides with one already there (or with
 * an earlier row of the same call) on the <em>conflict target</em>: skip it, or update some of its attributes.
 * Immutable and thread-safe.
 *
 * <p>The conflict target is, unless {@link #conflictOn} names another:
 * <ul>
 *   <li>the primary key, when the database does not generate it — for a join model keyed by its link, the link
 *       identity (both foreign keys, plus any scope);</li>
 *   <li>else the model's first unique key (for a join model with a surrogate {@code id}, its link identity);</li>
 *   <li>else the generated primary key itself, on which only rows that give their key can collide.</li>
 * </ul>
 *
 * <p>Only the conflict target gives way: on every database, a row colliding with another row on any other unique
 * key (or giving another row's primary key) is a {@link UniqueConstraintException}, and the call writes nothing.
 *
 * <pre>{@code
 * favorites.bulkCreate(rows, BulkOptions.ignoreDuplicates());                 // links already there are kept
 * users.bulkCreate(users, BulkOptions.updateOnDuplicate("email"));           // same username: refresh email
 * users.bulkCreate(users, BulkOptions.ignoreDuplicates().conflictOn("email"));
 * }</pre>
 */
public final class BulkOptions {
    private final boolean ignore;
    private final List<String> update;
    private final List<String> conflict;

    private BulkOptions(boolean ignore, List<String> update, List<String> conflict) {
        this.ignore = ignore;
        this.update = update;
        this.conflict = conflict;
    }

    /** A row whose conflict target matches an existing row (or an earlier row of the call) is skipped. */
    public static BulkOptions ignoreDuplicates() {
        return new BulkOptions(true, List.of(), List.of());
    }

    /**
     * A row whose conflict target matches an existing row sets these attributes of that row instead (and its
     * {@code updatedAt}); the row's other values are left as they are. Within one call, later rows win.
     *
     * @throws ValidationException when no attribute is named
     */
    public static BulkOptions updateOnDuplicate(String... attributes) {
        Arguments.given(attributes, "BulkOptions", "attributes");
        if (attributes.length == 0) {
            throw new ValidationException(null, null, "updateOnDuplicate needs the attributes to update; to leave"
                    + " existing rows alone use ignoreDuplicates()");
        }
        return new BulkOptions(false, List.of(attributes), List.of());
    }

    /**
     * These options with the conflict target named: the attributes of the primary key or of one unique key,
     * in any order. Anything else is a {@link ValidationException} when the call runs.
     */
    public BulkOptions conflictOn(String... attributes) {
        Arguments.given(attributes, "BulkOptions", "attributes");
        return new BulkOptions(ignore, update, List.of(attributes));
    }

    /** True for {@link #ignoreDuplicates()}. */
    public boolean ignoresDuplicates() {
        return ignore;
    }

    /** The attributes {@link #updateOnDuplicate} sets; empty for {@link #ignoreDuplicates()}. */
    public List<String> updateAttributes() {
        return update;
    }

    /** The conflict target as named by {@link #conflictOn}; empty for the default. */
    public List<String> conflictAttributes() {
        return conflict;
    }

    @Override
    public String toString() {
        return (ignore ? "ignoreDuplicates" : "updateOnDuplicate" + update)
                + (conflict.isEmpty() ? "" : " conflictOn" + conflict);
    }
}
