package dev.junction.migration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.Junction;
import dev.junction.schema.DataType;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/**
 * A migration whose up leaves a drop or a narrowing commented out (data loss not allowed) is undone from what the up
 * did: the down does not create again the table and column still there, nor copy them away, and every row stays.
 */
class WithheldDataLossTest {
    @TempDir
    Path root;

    private static void beaches(Junction db, boolean withNotes, boolean withCrabs, int nameLength) {
        db.define("Beach", m -> {
            m.timestamps(false).attribute("name", DataType.string(nameLength));
            if (withNotes) m.attribute("notes", DataType.string(40));
        });
        if (withCrabs) db.define("Crab", m -> m.timestamps(false).attribute("name", DataType.string(20)));
    }

    @DialectTest
    void theDownOfWithheldDropsAndNarrowingsKeepsEveryRow(TestTarget target) throws Exception {
        MigratedVersions v = new MigratedVersions(target, root, db -> beaches(db, true, true, 40));
        v.sql.execute(v.q("INSERT INTO {Beaches} ({name}, {notes}) VALUES (?, ?)"), "Bondi Beach, Sydney", "windy");
        v.sql.execute(v.q("INSERT INTO {Crabs} ({name}) VALUES (?)"), "Pinchy");
        GeneratedMigration migration = v.generate(db -> beaches(db, false, false, 10));
        assertThat(migration.warnings()).anyMatch(w -> w.startsWith("Dropping column Beaches.notes"))
                .anyMatch(w -> w.startsWith("Dropping table Crabs")).anyMatch(w -> w.startsWith("Narrowing Beaches.name"));
        v.up();

        v.down();

        assertThat(v.first.describe()).isEqualTo(v.firstSchema);
        assertThat(v.sql.rows(v.q("SELECT {name}, {notes} FROM {Beaches}"))).containsExactly("Bondi Beach, Sydney|windy");
        assertThat(v.sql.column(v.q("SELECT {name} FROM {Crabs}"))).containsExactly("Pinchy");
    }

    private static void castles(Junction db, boolean onBeaches) {
        db.define("Beach", m -> m.timestamps(false).attribute("name", DataType.string(20)));
        db.define("Castle", m -> {
            m.timestamps(false).attribute("name", DataType.string(20));
            if (onBeaches) m.attribute("BeachId", DataType.integer(), a -> a.references("Beach"));
        });
    }

    @DialectTest
    void theDownOfAWithheldDropOfAForeignKeyColumnGivesBackTheKey(TestTarget target) throws Exception {
        MigratedVersions v = new MigratedVersions(target, root, db -> castles(db, true));
        v.sql.execute(v.q("INSERT INTO {Beaches} ({id}, {name}) VALUES (1, ?)"), "Bondi");
        v.sql.execute(v.q("INSERT INTO {Castles} ({name}, {BeachId}) VALUES (?, 1)"), "Keep");
        v.generate(db -> castles(db, false));
        v.up();

        v.down();

        assertThat(v.first.describe()).isEqualTo(v.firstSchema);
        assertThat(v.sql.rows(v.q("SELECT {name}, {BeachId} FROM {Castles}"))).containsExactly("Keep|1");
    }

    private static void named(Junction db, int length) {
        db.define("Beach", m -> m.timestamps(false).attribute("name", DataType.string(length),
                a -> a.defaultValue("Bondi\nBeach; -- sand")));
    }

    @DialectTest
    void aWithheldStatementSpanningLinesIsCommentedOutWhole(TestTarget target) throws Exception {
        MigratedVersions v = new MigratedVersions(target, root, db -> named(db, 40));
        v.sql.execute(v.q("INSERT INTO {Beaches} ({name}) VALUES (?)"), "Bondi Beach, Sydney");
        GeneratedMigration migration = v.generate(db -> named(db, 10));
        assertThat(migration.warnings()).anyMatch(w -> w.startsWith("Narrowing Beaches.name"));

        v.up();

        assertThat(v.sql.column(v.q("SELECT {name} FROM {Beaches}"))).containsExactly("Bondi Beach, Sydney");
        v.down();
        assertThat(v.first.describe()).isEqualTo(v.firstSchema);
    }
}
