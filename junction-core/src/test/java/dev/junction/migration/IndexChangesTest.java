package dev.junction.migration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.Junction;
import dev.junction.schema.DataType;
import dev.junction.schema.DatabaseSchema;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.io.TempDir;

/**
 * Non-unique indexes evolve with the models: added, dropped (not data loss), changed (dropped and created), kept
 * through a table rename and a table change that rebuilds the table on SQLite; each on a table with rows, and undone.
 */
class IndexChangesTest {
    @TempDir
    Path root;

    /** Owners and beaches; {@code indexes} declares the beaches' indexes. */
    private static Consumer<Junction> beaches(String table, Consumer<dev.junction.schema.ModelSpec> indexes) {
        return db -> {
            db.define("Owner", m -> m.timestamps(false).attribute("name", DataType.string(40)));
            db.define("Beach", m -> {
                m.timestamps(false).tableName(table).attribute("name", DataType.string(40))
                        .attribute("town", DataType.string(40)).attribute("ownerId", DataType.integer(),
                                a -> a.references("Owner"));
                if (!table.equals("Beaches")) m.renamedFrom("Beaches");
                indexes.accept(m);
            });
        };
    }

    private Evolution withRows(TestTarget target, Consumer<dev.junction.schema.ModelSpec> indexes) throws Exception {
        Evolution e = new Evolution(target, root, beaches("Beaches", indexes));
        e.sql.execute(e.q("INSERT INTO {Owners} ({id}, {name}) VALUES (1, ?)"), "Ann");
        e.sql.execute(e.q("INSERT INTO {Beaches} ({name}, {town}, {ownerId}) VALUES (?, ?, 1), (?, ?, 1)"),
                "Bondi", "Sydney", "Manly", "Sydney");
        return e;
    }

    private static List<List<String>> indexColumns(Junction db, String table) {
        DatabaseSchema.Table t = Evolution.describe(db).table(table).orElseThrow();
        return t.indexes().stream().map(DatabaseSchema.Index::columns).sorted((a, b) -> a.toString()
                .compareTo(b.toString())).toList();
    }

    /** Runs up (the models then match the database, rows kept) and down (the first schema is back). */
    private static void upAndDown(Evolution e, GeneratedMigration migration, String table) throws Exception {
        assertThat(migration.warnings()).isEmpty();
        e.up(migration);
        assertThat(e.second.check().differences()).isEmpty();
        assertThat(e.sql.column(e.q("SELECT {name} FROM {" + table + "} ORDER BY {name}")))
                .containsExactly("Bondi", "Manly");
        e.down(migration);
        assertThat(Evolution.describe(e.first)).isEqualTo(e.firstSchema());
        assertThat(e.sql.column(e.q("SELECT {name} FROM {Beaches} ORDER BY {name}"))).containsExactly("Bondi", "Manly");
    }

    @DialectTest
    void anIndexIsAddedAndDroppedByTheDown(TestTarget target) throws Exception {
        Evolution e = withRows(target, m -> { });
        GeneratedMigration migration = e.generate(beaches("Beaches", m -> m.index("town", "name")));

        assertThat(migration.changes()).containsExactly("add index beaches_town_name [town, name] to Beaches");
        assertThat(Files.readString(e.file(migration, ".up.sql")))
                .contains(e.q("CREATE INDEX {beaches_town_name} ON {Beaches} ({town}, {name});"));
        e.up(migration);
        assertThat(indexColumns(e.first, "Beaches")).contains(List.of("town", "name"));
        e.down(migration);
        assertThat(indexColumns(e.first, "Beaches")).doesNotContain(List.of("town", "name"));
        assertThat(Evolution.describe(e.first)).isEqualTo(e.firstSchema());
    }

    @DialectTest
    void droppingIndexesLosesNoDataAndTheDownCreatesThemAgain(TestTarget target) throws Exception {
        Evolution e = withRows(target, m -> m.index("town").index("ownerId"));
        GeneratedMigration migration = e.generate(beaches("Beaches", m -> { }));

        assertThat(migration.changes()).containsExactly("drop index beaches_town [town] of Beaches",
                "drop index beaches_owner_id [ownerId] of Beaches");
        upAndDown(e, migration, "Beaches");
        assertThat(indexColumns(e.first, "Beaches")).contains(List.of("town"));
    }

    @DialectTest
    void aChangedIndexIsDroppedAndCreated(TestTarget target) throws Exception {
        Evolution e = withRows(target, m -> m.index("by_place", List.of("town")));
        GeneratedMigration migration = e.generate(beaches("Beaches",
                m -> m.index("by_place", List.of("town", "name"))));

        assertThat(migration.changes()).containsExactly("drop index by_place [town] of Beaches",
                "add index by_place [town, name] to Beaches");
        e.up(migration);
        assertThat(indexColumns(e.first, "Beaches")).contains(List.of("town", "name")).doesNotContain(List.of("town"));
        e.down(migration);
        assertThat(Evolution.describe(e.first)).isEqualTo(e.firstSchema());
    }

    @DialectTest
    void aRenamedTableGetsTheIndexNamesSyncWouldGiveIt(TestTarget target) throws Exception {
        Evolution e = withRows(target, m -> m.index("town"));
        GeneratedMigration migration = e.generate(beaches("Shores", m -> m.index("town")));

        assertThat(migration.changes()).contains("drop index beaches_town [town] of Shores",
                "add index shores_town [town] to Shores");
        upAndDown(e, migration, "Shores");
    }

    @DialectTest
    void aTableChangeKeepsTheTablesIndexes(TestTarget target) throws Exception {
        Evolution e = withRows(target, m -> m.index("town"));
        // NOT NULL: SQLite rebuilds the table, dropping its indexes with it; they are created again.
        GeneratedMigration migration = e.generate(db -> {
            db.define("Owner", m -> m.timestamps(false).attribute("name", DataType.string(40)));
            db.define("Beach", m -> m.timestamps(false).attribute("name", DataType.string(40), a -> a.notNull())
                    .attribute("town", DataType.string(40)).attribute("ownerId", DataType.integer(),
                            a -> a.references("Owner")).index("town"));
        }, GenerateOptions.defaults().backfill("Beaches.name", "?"));

        upAndDown(e, migration, "Beaches");
    }

    private static void piers(Junction db, String townColumn) {
        db.define("Pier", m -> m.timestamps(false).attribute(townColumn, DataType.string(40),
                a -> { if (!townColumn.equals("town")) a.renamedFrom("town"); })
                .index("piers_by_place", List.of(townColumn)));
    }

    @DialectTest
    void aNamedIndexFollowsItsRenamedColumn(TestTarget target) throws Exception {
        Evolution e = new Evolution(target, root, db -> piers(db, "town"));
        e.sql.execute(e.q("INSERT INTO {Piers} ({town}) VALUES (?)"), "Brighton");
        GeneratedMigration migration = e.generate(db -> piers(db, "city"));

        assertThat(migration.changes()).containsExactly("rename column Piers.town to city");
        e.up(migration);
        assertThat(e.second.check().differences()).isEmpty();
        assertThat(indexColumns(e.first, "Piers")).containsExactly(List.of("city"));
        e.down(migration);
        assertThat(Evolution.describe(e.first)).isEqualTo(e.firstSchema());
        assertThat(e.sql.column(e.q("SELECT {town} FROM {Piers}"))).containsExactly("Brighton");
    }
}
