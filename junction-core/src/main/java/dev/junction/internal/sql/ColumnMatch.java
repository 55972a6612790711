package dev.junction.internal.sql;

import dev.junction.ResultMappingException;
import java.util.List;
import java.util.Locale;

/**
 * Finds the result column a record component or field takes: the one whose label equals one of its names ignoring
 * case, else the one that does once underscores are ignored too ({@code created_at} for {@code createdAt}, as
 * underscored models name their columns). Two columns that match equally well are an error: the component would
 * depend on column order. Stateless.
 */
final class ColumnMatch {
    private ColumnMatch() {
    }

    /** The 0-based index of {@code names}' column among {@code labels}, or -1 when there is none. */
    static int columnFor(String[] labels, List<String> names, String owner, String component) {
        int found = find(labels, names, false, owner, component);
        return found >= 0 ? found : find(labels, names, true, owner, component);
    }

    private static int find(String[] labels, List<String> names, boolean loose, String owner, String component) {
        for (String name : names) {
            String wanted = key(name, loose);
            int found = -1;
            for (int i = 0; i < labels.length; i++) {
                if (!key(labels[i], loose).equals(wanted)) continue;
                if (found >= 0) {
                    throw new ResultMappingException("Two columns of the query, \"" + labels[found] + "\" and \""
                            + labels[i] + "\", both map to " + owner + "." + component + "; alias one of them (AS …)",
                            owner, component, labels[i]);
                }
                found = i;
            }
            if (found >= 0) return found;
        }
        return -1;
    }

    private static String key(String name, boolean loose) {
        String lower = name.toLowerCase(Locale.ROOT);
        return loose ? lower.replace("_", "") : lower;
    }
}
