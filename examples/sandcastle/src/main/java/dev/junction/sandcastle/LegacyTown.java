package dev.junction.sandcastle;

import dev.junction.Junction;
import dev.junction.migration.MigrationException;
import dev.junction.migration.MigrationStatus;
import dev.junction.migration.Migrator;
import dev.junction.schema.DatabaseSchema;
import dev.junction.schema.ModelDefinition;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Recognises a town made before the sandcastle had migrations: {@code sync()} made its tables and no migration was
 * ever recorded. Its first migration would fail at its first {@code CREATE TABLE}; the user is told what to do
 * instead.
 */
final class LegacyTown {
    private LegacyTown() {
    }

    /**
     * Throws when no migration is recorded in {@code db} yet some of the town's tables exist.
     *
     * @throws MigrationException naming the tables found and what to do
     */
    static void refuseIfSyncedWithoutMigrations(Junction db, Migrator migrator) {
        boolean nothingRecorded = migrator.status().stream()
                .allMatch(s -> s.state() == MigrationStatus.State.PENDING);
        if (!nothingRecorded) return;
        Set<String> live = db.describe().tables().stream().map(DatabaseSchema.Table::name)
                .map(t -> t.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        List<String> found = db.definitions().stream().map(ModelDefinition::tableName)
                .filter(t -> live.contains(t.toLowerCase(Locale.ROOT))).toList();
        if (found.isEmpty()) return;
        throw new MigrationException("This database has the town's tables (" + String.join(", ", found)
                + ") but no migration recorded: it was made by an older ./sandcastle (db:sync). Delete it (for the"
                + " default database: rm sandcastle.mv.db) or drop those tables, then run ./sandcastle again.");
    }
}
