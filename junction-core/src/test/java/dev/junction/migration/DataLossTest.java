package dev.junction.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.Junction;
import dev.junction.schema.DataType;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dropping a table or a column and narrowing a type lose data: written commented out after a warning unless
 * {@code allowDataLoss}; the down of an add is a plain drop.
 */
class DataLossTest {
    @TempDir
    Path root;

    private static void beaches(Junction db, boolean withNotes, boolean withCrabs, int nameLength) {
        db.define("Beach", m -> {
            m.timestamps(false).attribute("name", DataType.string(nameLength));
            if (withNotes) m.attribute("notes", DataType.string(40));
        });
        if (withCrabs) db.define("Crab", m -> m.timestamps(false).attribute("name", DataType.string(20)));
    }

    private Evolution withRows(TestTarget target) throws Exception {
        Evolution e = new Evolution(target, root, db -> beaches(db, true, true, 40));
        e.sql.execute(e.q("INSERT INTO {Beaches} ({name}, {notes}) VALUES (?, ?)"), "Bondi", "windy");
        e.sql.execute(e.q("INSERT INTO {Crabs} ({name}) VALUES (?)"), "Pinchy");
        return e;
    }

    @DialectTest
    void dropsAndNarrowingsAreCommentedOutUnlessAllowed(TestTarget target) throws Exception {
        Evolution e = withRows(target);
        GeneratedMigration migration = e.generate(db -> beaches(db, false, false, 20));

        String up = Files.readString(e.file(migration, ".up.sql"));
        assertThat(migration.warnings()).anyMatch(w -> w.startsWith("Dropping column Beaches.notes loses data"))
                .anyMatch(w -> w.startsWith("Dropping table Crabs loses data"))
                .anyMatch(w -> w.startsWith("Narrowing Beaches.name from STRING(40) to STRING(20) loses data"))
                .allMatch(w -> w.contains("--allow-data-loss"));
        assertThat(up).contains("-- WARNING: Dropping column Beaches.notes loses data; left commented out: pass"
                + " --allow-data-loss (GenerateOptions.allowDataLoss(true)) to write it\n-- ALTER TABLE "
                + e.q("{Beaches} DROP COLUMN {notes};"), "-- WARNING: Dropping table Crabs", "-- DROP TABLE "
                + e.q("{Crabs};"));

        e.up(migration);

        assertThat(e.sql.column(e.q("SELECT {notes} FROM {Beaches}"))).containsExactly("windy");
        assertThat(e.sql.column(e.q("SELECT {name} FROM {Crabs}"))).containsExactly("Pinchy");
    }

    @DialectTest
    void theDownOfDropsLeftCommentedOutLeavesTheKeptTableAndColumnAlone(TestTarget target) throws Exception {
        Evolution e = withRows(target);
        GeneratedMigration migration = e.generate(db -> beaches(db, false, false, 20));
        e.up(migration);

        String down = Files.readString(e.file(migration, ".down.sql"));
        assertThat(down).contains("-- NOTE: Column Beaches.notes is still there: the up left its drop commented out.",
                "-- NOTE: Table Crabs is still there");
        e.down(migration);

        assertThat(Evolution.describe(e.first)).isEqualTo(e.firstSchema());
        assertThat(e.sql.rows(e.q("SELECT {name}, {notes} FROM {Beaches}"))).containsExactly("Bondi|windy");
        assertThat(e.sql.column(e.q("SELECT {name} FROM {Crabs}"))).containsExactly("Pinchy");
    }

    @DialectTest
    void allowedDataLossIsWritten(TestTarget target) throws Exception {
        Evolution e = withRows(target);
        GeneratedMigration migration = e.generate(db -> beaches(db, false, false, 40),
                GenerateOptions.defaults().allowDataLoss(true));
        assertThat(migration.warnings()).isEmpty();

        e.up(migration);

        assertThat(e.second.check().differences()).isEmpty();
        assertThat(e.sql.column(e.q("SELECT {name} FROM {Beaches}"))).containsExactly("Bondi");
    }

    private static void codes(Junction db, DataType type) {
        db.define("Locker", m -> m.timestamps(false).attribute("code", type));
    }

    @DialectTest
    void aTypeChangeAcrossKindsConvertsTheValuesWhenAllowed(TestTarget target) throws Exception {
        Evolution e = new Evolution(target, root, db -> codes(db, DataType.string(10)));
        e.sql.execute(e.q("INSERT INTO {Lockers} ({code}) VALUES (?)"), "42");
        GeneratedMigration migration = e.generate(db -> codes(db, DataType.integer()),
                GenerateOptions.defaults().allowDataLoss(true));
        e.up(migration);

        assertThat(e.second.check().differences()).isEmpty();
        assertThat(e.sql.column(e.q("SELECT {code} + 1 FROM {Lockers}"))).map(v -> ((Number) v).intValue())
                .containsExactly(43);
    }

    @DialectTest
    void theDownOfAnAddedColumnIsAPlainDrop(TestTarget target) throws Exception {
        Evolution e = new Evolution(target, root, db -> beaches(db, false, false, 40));
        GeneratedMigration migration = e.generate(db -> beaches(db, true, false, 40));

        String down = Files.readString(e.file(migration, ".down.sql"));
        assertThat(down).doesNotContain("WARNING").contains("\nALTER TABLE " + e.q("{Beaches} DROP COLUMN {notes};"));
        assertThat(migration.warnings()).isEmpty();
        e.up(migration);
        e.down(migration);
        assertThat(Evolution.describe(e.first)).isEqualTo(e.firstSchema());
    }

    private static void lifeguards(Junction db, boolean withShift) {
        db.define("Lifeguard", m -> {
            m.timestamps(false).attribute("name", DataType.string(40));
            if (withShift) m.attribute("shift", DataType.string(10), a -> a.notNull());
        });
    }

    @DialectTest
    void droppingANotNullColumnWithoutDefaultNeedsABackfillForTheDown(TestTarget target) throws Exception {
        Evolution e = new Evolution(target, root, db -> lifeguards(db, true));
        String snapshot = Files.readString(root.resolve("schema.yaml"));

        GenerateOptions allowed = GenerateOptions.defaults().allowDataLoss(true);
        assertThatThrownBy(() -> e.generate(db -> lifeguards(db, false), allowed))
                .isInstanceOf(MigrationException.class).hasMessage("Column Lifeguards.shift is dropped, and it is NOT"
                        + " NULL without a default: the down migration adds it back and needs a value for the rows;"
                        + " give it with --backfill Lifeguards.shift=VALUE"
                        + " (GenerateOptions.backfill(\"Lifeguards.shift\", value))");
        assertThat(Files.readString(root.resolve("schema.yaml"))).isEqualTo(snapshot);
    }

    @DialectTest
    void theDownOfADroppedNotNullColumnFillsItWithTheBackfill(TestTarget target) throws Exception {
        Evolution e = new Evolution(target, root, db -> lifeguards(db, true));
        e.sql.execute(e.q("INSERT INTO {Lifeguards} ({name}, {shift}) VALUES (?, ?)"), "Hoff", "early");
        GeneratedMigration migration = e.generate(db -> lifeguards(db, false),
                GenerateOptions.defaults().allowDataLoss(true).backfill("Lifeguards.shift", "unknown"));

        e.up(migration);
        assertThat(e.second.check().differences()).isEmpty();
        e.down(migration);

        assertThat(Evolution.describe(e.first)).isEqualTo(e.firstSchema());
        assertThat(e.sql.rows(e.q("SELECT {name}, {shift} FROM {Lifeguards}"))).containsExactly("Hoff|unknown");
    }
}
