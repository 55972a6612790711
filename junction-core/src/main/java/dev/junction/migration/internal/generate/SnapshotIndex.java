package dev.junction.migration.internal.generate;

import java.util.List;

/**
 * A non-unique index of a {@link SnapshotTable}: its name (a defaulted name in full; each dialect's files shorten it
 * as {@code sync()} does) and its columns, in index order. Immutable.
 *
 * @param name    the index's name
 * @param columns the indexed columns
 */
public record SnapshotIndex(String name, List<String> columns) {
    public SnapshotIndex {
        columns = List.copyOf(columns);
    }
}
