package dev.junction.scaleout;

import java.util.List;
import java.util.Map;

/**
 * What {@link LinkHistoryCheck} found: each kind of anomaly counted, the failed operations by exception type, and a
 * line for each anomaly saying which owner, operations and links it concerns.
 *
 * @param duplicates  owner–target pairs stored more than once
 * @param unions      set groups present beside another set group of the same owner (one per extra group)
 * @param partialSets committed set groups only partly present
 * @param lostLinks   links that every linearisation keeps, yet missing (a lost add counts one, a lost set its group)
 * @param zombieLinks links that no linearisation keeps, yet present
 * @param failures    operations that threw, by the exception's simple class name
 * @param details     one line per anomaly, naming the owner, the operations and the links
 */
record Anomalies(int duplicates, int unions, int partialSets, int lostLinks, int zombieLinks,
                 Map<String, Integer> failures, List<String> details) {
    Anomalies {
        failures = Map.copyOf(failures);
        details = List.copyOf(details);
    }

    /** All anomalies together (failed operations are not anomalies: they are counted apart). */
    int total() {
        return duplicates + unions + partialSets + lostLinks + zombieLinks;
    }

    /** How many operations threw. */
    int failed() {
        return failures.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The counts on one line: {@code duplicates 0, unions 0, partial sets 0, lost links 0, zombie links 0}. */
    String counts() {
        return "duplicates " + duplicates + ", unions " + unions + ", partial sets " + partialSets + ", lost links "
                + lostLinks + ", zombie links " + zombieLinks;
    }

    @Override
    public String toString() {
        return counts() + "; failures " + (failures.isEmpty() ? "none" : new java.util.TreeMap<>(failures))
                + (details.isEmpty() ? "" : "\n  " + String.join("\n  ", details));
    }
}
