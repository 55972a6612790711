package dev.junction.migration;

import java.time.Instant;

/**
 * One migration as {@link Migrator#status()} sees it: its file and its record in the ledger. Immutable.
 *
 * @param name      the migration's name ({@code 20261204163000-add-ratings}, {@code V3__add_ratings}), or the name
 *                  sequelize-cli recorded ({@code 20240101120000-create-user.js})
 * @param state     applied, pending, failed, applied by sequelize-cli, or recorded with its file gone
 * @param checksum  the SHA-256 of the up file as recorded when it was applied, else of the file on disk; {@code null}
 *                  for a Sequelize entry
 * @param appliedAt when it was applied (or failed); {@code null} when pending or applied by sequelize-cli
 * @param edited    whether the up file changed after it was applied (its checksum no longer matches)
 * @param detail    why it needs attention — the failed statement, both checksums of an edited file — or {@code null}
 */
public record MigrationStatus(String name, State state, String checksum, Instant appliedAt, boolean edited,
                              String detail) {
    /** Where a migration stands. */
    public enum State {
        /** Ran to the end and is recorded. */
        APPLIED,
        /** On disk, not run yet. */
        PENDING,
        /** Stopped at a statement on a database that commits each DDL statement; see {@link Migrator#resume()}. */
        FAILED,
        /** Recorded in sequelize-cli's {@code SequelizeMeta}: counts as applied, never run nor undone by Junction. */
        APPLIED_BY_SEQUELIZE,
        /** Recorded as applied, but its file is gone. */
        MISSING_FILE
    }
}
