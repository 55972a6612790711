package dev.junction.seed;

import java.time.Instant;
import java.util.List;

/**
 * One seed file as the {@link Seeder} sees it: applied (when, and how many rows it inserted) or pending, and
 * whether it is still in the folder. Immutable.
 *
 * @param name      the file name ({@code 01-users.yaml})
 * @param appliedAt when it was applied, or {@code null} while pending
 * @param rows      how many rows it inserted (0 while pending)
 * @param onDisk    whether the file is in the seeders folder (an applied file may since have been removed)
 * @param cascaded  for a file just undone with {@link UndoOptions#cascade()}: what that also did to rows made
 *                  otherwise, one line per table and action ({@code "deleted 2 UserFavorites row(s)"},
 *                  {@code "set BeachId to NULL in 1 Sandcastles row(s)"}); empty otherwise
 */
public record SeedFile(String name, Instant appliedAt, long rows, boolean onDisk, List<String> cascaded) {
    public SeedFile {
        cascaded = cascaded == null ? List.of() : List.copyOf(cascaded);
    }

    /** A file with nothing cascaded. */
    public SeedFile(String name, Instant appliedAt, long rows, boolean onDisk) {
        this(name, appliedAt, rows, onDisk, List.of());
    }

    /** Whether the file has been applied (and not undone). */
    public boolean applied() {
        return appliedAt != null;
    }
}
