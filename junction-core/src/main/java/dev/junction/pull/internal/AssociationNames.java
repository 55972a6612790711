package dev.junction.pull.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names each pulled model's associations take: an association may share a name with neither another
 * association of its model nor an attribute (Junction refuses both), so each claims its name here, first come.
 */
final class AssociationNames {
    private final Map<String, Set<String>> taken = new HashMap<>();

    AssociationNames(List<PulledModel> models) {
        for (PulledModel m : models) {
            Set<String> names = names(m.className());
            m.properties().forEach(p -> names.add(p.name()));
            if (m.timestamps()) {
                names.add("createdAt");
                names.add("updatedAt");
            }
        }
    }

    /**
     * The first of {@code candidates} still free on {@code model}, else the last with the first free number
     * appended; claimed.
     */
    String claim(PulledModel model, List<String> candidates) {
        Set<String> names = names(model.className());
        for (String candidate : candidates) {
            if (names.add(candidate)) return candidate;
        }
        String last = candidates.get(candidates.size() - 1);
        for (int i = 2; ; i++) {
            if (names.add(last + i)) return last + i;
        }
    }

    private Set<String> names(String className) {
        return taken.computeIfAbsent(className, k -> new HashSet<>());
    }
}
