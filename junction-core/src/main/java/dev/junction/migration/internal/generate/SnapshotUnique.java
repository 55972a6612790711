package dev.junction.migration.internal.generate;

import java.util.List;

/**
 * A unique constraint of a {@link SnapshotTable}: its name and columns, in order, and for a paranoid model's the
 * column that is null on the rows it holds among — a partial unique index where the database has them. Immutable.
 *
 * @param name    the constraint's name
 * @param columns the constrained columns
 * @param live    the soft-delete column ({@code deletedAt}) of a paranoid model, else {@code null}
 */
public record SnapshotUnique(String name, List<String> columns, String live) {
    public SnapshotUnique {
        columns = List.copyOf(columns);
    }

    /** A unique constraint over every row. */
    public SnapshotUnique(String name, List<String> columns) {
        this(name, columns, null);
    }
}
