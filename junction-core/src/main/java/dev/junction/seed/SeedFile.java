package dev.junction.seed;

import java.time.Instant;

/**
 * One seed file as the {@link Seeder} sees it: applied (when, and how many rows it inserted) or pending, and
 * whether it is still in the folder. Immutable.
 *
 * @param name      the file name ({@code 01-users.yaml})
 * @param appliedAt when it was applied, or {@code null} while pending
 * @param rows      how many rows it inserted (0 while pending)
 * @param onDisk    whether the file is in the seeders folder (an applied file may since have been removed)
 */
public record SeedFile(String name, Instant appliedAt, long rows, boolean onDisk) {
    /** Whether the file has been applied (and not undone). */
    public boolean applied() {
        return appliedAt != null;
    }
}
