package dev.junction.schema.internal;

import dev.junction.migration.Migrator;
import dev.junction.seed.Seeder;
import java.util.Locale;
import java.util.Set;

/**
 * The tables that record what ran rather than hold the application's data — Junction's seed and migration ledgers
 * (with the copy an old seed ledger is rebuilt in), the owner locks of a Galera cluster ({@code junction_owner_locks}),
 * sequelize-cli's {@code SequelizeMeta} and Flyway's {@code flyway_schema_history}. No model describes them:
 * {@code check()} does not count them as extra and {@code db:pull} writes no model for them.
 */
public final class BookkeepingTables {
    private static final Set<String> NAMES = Set.of(Seeder.LEDGER_TABLE.toLowerCase(Locale.ROOT),
            (Seeder.LEDGER_TABLE + "_v2").toLowerCase(Locale.ROOT),
            Migrator.LEDGER_TABLE.toLowerCase(Locale.ROOT), "sequelizemeta", "flyway_schema_history",
            dev.junction.internal.cluster.GaleraCluster.OWNER_LOCK_TABLE);

    private BookkeepingTables() {
    }

    /** Whether {@code table} (any case) is one of them. */
    public static boolean contains(String table) {
        return NAMES.contains(table.toLowerCase(Locale.ROOT));
    }
}
