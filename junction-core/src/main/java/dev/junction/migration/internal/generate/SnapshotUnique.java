package dev.junction.migration.internal.generate;

import java.util.List;

/**
 * A unique constraint of a {@link SnapshotTable}: its name and columns, in order. Immutable.
 *
 * @param name    the constraint's name
 * @param columns the constrained columns
 */
public record SnapshotUnique(String name, List<String> columns) {
    public SnapshotUnique {
        columns = List.copyOf(columns);
    }
}
