package dev.junction.migration;

import dev.junction.internal.Arguments;
import java.nio.file.Path;
import java.util.List;

/**
 * What {@link MigrationGenerator#generate} wrote: the migration's name, its files (up and down per dialect, and the
 * snapshot), the changes in words and the warnings (data-losing statements left commented out). When the models
 * match the snapshot nothing is written: {@link #hasChanges()} is false and {@link #files()} empty. Immutable.
 *
 * @param name     the migration's name ({@code 20261204163000-add-ratings} or {@code V3__add_ratings}); {@code null}
 *                 when no migration was written (no changes, or a baseline: only the snapshot)
 * @param files    the files written, the snapshot last
 * @param changes  the changes, one line each
 * @param warnings the warnings, one line each
 */
public record GeneratedMigration(String name, List<Path> files, List<String> changes, List<String> warnings) {
    public GeneratedMigration {
        files = Arguments.listOrEmpty(files);
        changes = Arguments.listOrEmpty(changes);
        warnings = Arguments.listOrEmpty(warnings);
    }

    /** Whether the models differed from the snapshot (and so files were written). */
    public boolean hasChanges() {
        return !changes.isEmpty();
    }

    /** A summary for people: the name, each change, each warning, or that there were no changes. */
    @Override
    public String toString() {
        if (!hasChanges()) return "No changes: the models match the migrations' schema; nothing written.";
        StringBuilder text = new StringBuilder(name == null ? "No migration, only the snapshot:"
                : "Migration " + name + ":");
        changes.forEach(c -> text.append("\n  ").append(c));
        warnings.forEach(w -> text.append("\n  WARNING: ").append(w));
        return text.toString();
    }
}
