package dev.junction.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.Junction;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.util.List;

class DescribeTest {

    private static DatabaseSchema.Table table(Junction db, String name) {
        return db.describe().table(name).orElseThrow(() -> new AssertionError("no table " + name));
    }

    @DialectTest
    void listsOnlyThisDatabasesTables(TestTarget target) throws Exception {
        Junction db = target.open();
        db.define("Beach", m -> m.timestamps(false));
        db.sync();
        try (TestTarget neighbour = new TestTarget(target.backend())) {
            Junction other = neighbour.open();
            other.define("Beach", m -> m.timestamps(false));
            other.define("Pier", m -> m.timestamps(false));
            other.sync();

            assertThat(db.describe().tables()).extracting(DatabaseSchema.Table::name).containsExactly("Beaches");
        }
    }

    @DialectTest
    void columnsComeWithNullabilityInOrder(TestTarget target) {
        Junction db = target.open();
        db.define("Beach", m -> m.timestamps(false)
                .attribute("name", DataType.string(40), a -> a.notNull())
                .attribute("nickname", DataType.string(40)));
        db.sync();

        DatabaseSchema.Table beaches = table(db, "Beaches");

        assertThat(beaches.columns()).extracting(DatabaseSchema.Column::name)
                .containsExactly("id", "name", "nickname");
        assertThat(beaches.column("id").orElseThrow().nullable()).isFalse();
        assertThat(beaches.column("name").orElseThrow().nullable()).isFalse();
        assertThat(beaches.column("nickname").orElseThrow().nullable()).isTrue();
        assertThat(beaches.column("id").orElseThrow().autoIncrement()).isTrue();
    }

    @DialectTest
    void primaryKeyIsTheGeneratedId(TestTarget target) {
        Junction db = target.open();
        db.define("Beach", m -> m.timestamps(false));
        db.sync();

        assertThat(table(db, "Beaches").primaryKey()).containsExactly("id");
    }

    @DialectTest
    void compositePrimaryKeyColumnsComeInKeyOrder(TestTarget target) {
        Junction db = target.open();
        db.define("Plot", m -> m.timestamps(false)
                .attribute("zone", DataType.string(10), a -> a.primaryKey())
                .attribute("area", DataType.integer(), a -> a.primaryKey())
                .attribute("owner", DataType.string(40)));
        db.sync();

        DatabaseSchema.Table plots = table(db, "Plots");

        assertThat(plots.primaryKey()).containsExactly("zone", "area");
        assertThat(plots.uniqueConstraints()).isEmpty();
    }

    @DialectTest
    void singleAndCompositeUniqueConstraintsAreListed(TestTarget target) {
        Junction db = target.open();
        db.define("Locker", m -> m.timestamps(false)
                .attribute("code", DataType.string(20), a -> a.unique())
                .attribute("row", DataType.integer(), a -> a.unique("position"))
                .attribute("col", DataType.integer(), a -> a.unique("position")));
        db.sync();

        List<DatabaseSchema.Unique> uniques = table(db, "Lockers").uniqueConstraints();

        assertThat(uniques).extracting(DatabaseSchema.Unique::columns)
                .containsExactlyInAnyOrder(List.of("code"), List.of("row", "col"));
        assertThat(table(db, "Lockers").isUnique(List.of("col", "row"))).isTrue();
    }

    @DialectTest
    void uniqueConstraintsCarryTheNamesJunctionGaveThem(TestTarget target) {
        Junction db = target.open();
        ModelDefinition lockers = db.define("Locker", m -> m.timestamps(false)
                .attribute("code", DataType.string(20), a -> a.unique())).definition();
        db.sync();

        DatabaseSchema.Unique unique = table(db, "Lockers").uniqueConstraints().get(0);

        if (db.dialect().inlineForeignKeysOnly()) {
            // SQLite keeps no name for a constraint declared in CREATE TABLE, only its automatic index.
            assertThat(unique.name()).startsWith("sqlite_autoindex_Lockers");
        } else {
            assertThat(unique.name()).isEqualTo(lockers.uniqueKeys().get(0).name()).isEqualTo("Lockers_code_key");
        }
    }

    @DialectTest
    void foreignKeysNameReferencedTableAndColumn(TestTarget target) {
        Junction db = target.open();
        db.define("Beach", m -> m.timestamps(false).attribute("code", DataType.string(10), a -> a.unique()));
        db.define("Tower", m -> m.timestamps(false)
                .attribute("BeachCode", DataType.string(10),
                        a -> a.references("Beach", "code", ReferentialAction.CASCADE, ReferentialAction.CASCADE)));
        db.sync();

        DatabaseSchema.ForeignKey fk = table(db, "Towers").foreignKey(List.of("BeachCode")).orElseThrow();

        assertThat(fk.columns()).containsExactly("BeachCode");
        assertThat(fk.referencedTable()).isEqualTo("Beaches");
        assertThat(fk.referencedColumns()).containsExactly("code");
    }

    @DialectTest
    void foreignKeyActionsComeBackAsDeclared(TestTarget target) {
        Junction db = target.open();
        db.define("Beach", m -> m.timestamps(false));
        db.define("Tower", m -> m.timestamps(false)
                .attribute("cascadeId", DataType.integer(),
                        a -> a.references("Beach", "id", ReferentialAction.CASCADE, ReferentialAction.CASCADE))
                .attribute("setNullId", DataType.integer(),
                        a -> a.references("Beach", "id", ReferentialAction.SET_NULL, ReferentialAction.SET_NULL))
                .attribute("restrictId", DataType.integer(),
                        a -> a.references("Beach", "id", ReferentialAction.RESTRICT, ReferentialAction.RESTRICT))
                .attribute("noActionId", DataType.integer(),
                        a -> a.references("Beach", "id", ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION)));
        db.sync();

        DatabaseSchema.Table towers = table(db, "Towers");

        assertThat(towers.foreignKeys()).hasSize(4);
        assertActions(towers, "cascadeId", ReferentialAction.CASCADE, ReferentialAction.CASCADE);
        assertActions(towers, "setNullId", ReferentialAction.SET_NULL, ReferentialAction.SET_NULL);
        assertActions(towers, "restrictId", ReferentialAction.RESTRICT, ReferentialAction.RESTRICT);
        assertActions(towers, "noActionId", ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION);
    }

    @DialectTest
    void mixedForeignKeyActionsAreKeptApart(TestTarget target) {
        Junction db = target.open();
        db.define("Beach", m -> m.timestamps(false));
        db.define("Tower", m -> m.timestamps(false)
                .attribute("BeachId", DataType.integer(),
                        a -> a.references("Beach", "id", ReferentialAction.SET_NULL, ReferentialAction.CASCADE)));
        db.sync();

        assertActions(table(db, "Towers"), "BeachId", ReferentialAction.SET_NULL, ReferentialAction.CASCADE);
    }

    private static void assertActions(DatabaseSchema.Table table, String column, ReferentialAction onDelete,
                                      ReferentialAction onUpdate) {
        DatabaseSchema.ForeignKey fk = table.foreignKey(List.of(column)).orElseThrow(
                () -> new AssertionError("no foreign key on " + column + " in " + table.foreignKeys()));
        assertThat(fk.onDelete()).as("ON DELETE of " + column).isEqualTo(onDelete);
        assertThat(fk.onUpdate()).as("ON UPDATE of " + column).isEqualTo(onUpdate);
    }
}
