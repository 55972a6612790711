package dev.junction.association.internal;

import dev.junction.association.internal.LinkInserts.Wanted;
import dev.junction.association.internal.OwnerLinks.Existing;
import dev.junction.internal.mapping.ValueEquality;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a {@code set} of a join table that allows duplicates must change: which stored links stay as they are, which
 * are re-tuned to new join values, which are deleted and which wanted links are inserted. Each wanted link first
 * claims a stored link of its target with the same values, then any stored link of its target; earlier links win, in
 * the order given and stored. Linear in the number of links: stored links are grouped by target key.
 */
final class LinkMultisetDiff {
    /** A stored link kept for a wanted one whose join values differ. */
    record Retune(Existing stored, Wanted wanted) {
    }

    /** The changes, each list in the order of the links given or stored. */
    record Plan(List<Existing> deletes, List<Wanted> inserts, List<Retune> retunes) {
    }

    private LinkMultisetDiff() {
    }

    static Plan of(List<Wanted> wanted, List<Existing> existing) {
        Map<Object, List<Existing>> byTarget = new HashMap<>();
        for (Existing e : existing) {
            byTarget.computeIfAbsent(ValueEquality.key(e.key()), k -> new ArrayList<>(1)).add(e);
        }
        Set<Existing> claimed = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Wanted> missing = new ArrayList<>();
        for (Wanted w : wanted) {
            List<Existing> stored = byTarget.getOrDefault(ValueEquality.key(w.key()), List.of());
            Existing exact = claim(stored, w, true);
            if (exact == null) missing.add(w); else claimed.add(exact);
        }
        List<Wanted> inserts = new ArrayList<>();
        List<Retune> retunes = new ArrayList<>();
        for (Wanted w : missing) {
            Existing sameTarget = claim(byTarget.getOrDefault(ValueEquality.key(w.key()), List.of()), w, false);
            if (sameTarget == null) {
                inserts.add(w);
            } else {
                claimed.add(sameTarget);
                retunes.add(new Retune(sameTarget, w));
            }
        }
        List<Existing> deletes = new ArrayList<>();
        for (Existing e : existing) {
            if (!claimed.contains(e)) deletes.add(e);
        }
        return new Plan(deletes, inserts, retunes);
    }

    /** Removes and returns the first stored link of the target (with the wanted values, if asked), or null. */
    private static Existing claim(List<Existing> stored, Wanted w, boolean sameValues) {
        for (int i = 0; i < stored.size(); i++) {
            Existing e = stored.get(i);
            if (!sameValues || !LinkWriter.changed(w.values(), e.values())) {
                return stored.remove(i);
            }
        }
        return null;
    }
}
