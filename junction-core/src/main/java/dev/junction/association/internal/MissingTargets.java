package dev.junction.association.internal;

import dev.junction.NotFoundException;
import dev.junction.internal.mapping.ValueEquality;
import dev.junction.query.Query;
import dev.junction.query.Where;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Refuses a {@code hasMany} or {@code hasOne} link to a target whose row does not exist. Such a link is an UPDATE
 * of the target's foreign key, so a missing target is no error to the database — the UPDATE just matches one row
 * fewer. The accessor compares the rows it updated with the keys it was given and, when short, calls
 * {@link #refuse} inside its transaction, whose rollback then undoes whatever the accessor already wrote.
 */
final class MissingTargets {
    private MissingTargets() {
    }

    /**
     * Throws a {@link NotFoundException} naming the association and the keys among {@code keys} that have no row,
     * when {@code updated} (the rows the link's UPDATE matched) is fewer than {@code keys}; reads those keys, in the
     * caller's transaction, only then.
     *
     * @param operation the accessor, for the message ({@code "add"})
     */
    static void refuseIfAnyMissing(AssociationBase<?, ?> association, String operation, Set<Object> keys,
                                   int updated) {
        if (updated >= keys.size()) return;
        Collection<Object> missing = missing(association, keys);
        if (missing.isEmpty()) return;
        String model = association.target.name();
        throw new NotFoundException(model, association.label() + ": cannot " + operation + ", no " + model
                + " has " + AssociationBase.primaryKey(association.target) + " " + missing.stream()
                .map(String::valueOf).collect(Collectors.joining(", "))
                + " (deleted, or never saved with that key); nothing was changed");
    }

    private static <T> Collection<Object> missing(AssociationBase<?, T> association, Set<Object> keys) {
        String key = AssociationBase.primaryKey(association.target);
        Map<Object, Object> missing = new LinkedHashMap<>(); // by ValueEquality.key
        keys.forEach(k -> missing.put(ValueEquality.key(k), k));
        // On the primary: the targets were just written there, and a replica may not have them yet.
        List<T> found = association.runtime.scope().onPrimary(() -> association.target.unscoped()
                .findAll(Query.where(Where.in(key, keys))));
        for (T each : found) {
            missing.remove(ValueEquality.key(association.targetValue(each, key)));
        }
        return missing.values();
    }
}
