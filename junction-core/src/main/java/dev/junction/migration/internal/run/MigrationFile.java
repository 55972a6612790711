package dev.junction.migration.internal.run;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.Comparator;

/**
 * One migration on disk: its up file and, when there is one, its down file. Immutable.
 *
 * @param name     {@code 20261204163000-add-ratings} or {@code V3__add_ratings}
 * @param order    what it runs in order of: the timestamp, or Flyway's version
 * @param up       the up file
 * @param down     the down file, or {@code null} (it cannot be undone)
 * @param checksum SHA-256 of the up file, line endings normalised
 */
public record MigrationFile(String name, BigInteger order, Path up, Path down, String checksum) {
    /** By order, then name (two Junction migrations made in the same second). */
    public static final Comparator<MigrationFile> ORDER =
            Comparator.comparing(MigrationFile::order).thenComparing(MigrationFile::name);

    /** The up file's name. */
    public String upFileName() {
        return up.getFileName().toString();
    }
}
