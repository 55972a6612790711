package dev.junction.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Row;
import dev.junction.SchemaException;
import dev.junction.UniqueConstraintException;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.function.Consumer;

/**
 * sync(ALTER): a first Junction creates the tables as an older model had them; a second Junction on the same
 * database defines the newer model and alters the tables to match.
 */
class SyncAlterTest {

    /** The older model: Beach(id, name), with one row. */
    private static Junction oldBeaches(TestTarget target) {
        Junction old = target.open();
        Model<Row> beaches = old.define("Beach", m -> m.timestamps(false).attribute("name", DataType.string(40)));
        old.sync();
        beaches.create(Row.of("name", "Bondi"));
        return old;
    }

    /** The newer model: Beach(id, name) plus {@code more}, on a second Junction. */
    private static Junction newBeaches(TestTarget target, Consumer<ModelSpec> more) {
        Junction db = target.open();
        db.define("Beach", m -> {
            m.timestamps(false).attribute("name", DataType.string(40));
            more.accept(m);
        });
        return db;
    }

    private static DatabaseSchema.Table beaches(Junction db) {
        return db.describe().table("Beaches").orElseThrow();
    }

    @DialectTest
    void addsMissingNullableColumns(TestTarget target) {
        oldBeaches(target);
        Junction db = newBeaches(target, m -> m
                .attribute("surf", DataType.bool())
                .attribute("length", DataType.integer()));

        SyncReport report = db.sync(SyncMode.ALTER);

        assertThat(report.statements()).hasSize(2).allMatch(s -> s.startsWith("ALTER TABLE"));
        assertThat(beaches(db).column("surf").orElseThrow().nullable()).isTrue();
        assertThat(beaches(db).column("length").orElseThrow().nullable()).isTrue();
        Row bondi = db.model("Beach").findAll().get(0);
        assertThat(bondi.get("name")).isEqualTo("Bondi");
        assertThat(bondi.get("length")).isNull();
    }

    @DialectTest
    void addsNotNullColumnWithDefaultFillingExistingRows(TestTarget target) {
        oldBeaches(target);
        Junction db = newBeaches(target, m -> m
                .attribute("lifeguards", DataType.integer(), a -> a.notNull().defaultValue(2)));

        db.sync(SyncMode.ALTER);

        assertThat(beaches(db).column("lifeguards").orElseThrow().nullable()).isFalse();
        assertThat(db.model("Beach").findAll().get(0).get("lifeguards")).isEqualTo(2);
    }

    @DialectTest
    void refusesNotNullColumnWithoutDefaultOnTableWithRows(TestTarget target) {
        Junction old = oldBeaches(target);
        DatabaseSchema before = old.describe();
        Junction db = newBeaches(target, m -> m
                .attribute("surf", DataType.bool())
                .attribute("rating", DataType.integer(), a -> a.notNull()));
        db.define("Pier", m -> m.timestamps(false));

        assertThatThrownBy(() -> db.sync(SyncMode.ALTER))
                .isInstanceOf(SchemaException.class)
                .hasMessageContaining("Beaches")
                .hasMessageContaining("rating");
        assertThat(db.describe()).isEqualTo(before);
    }

    @DialectTest
    void addsNotNullColumnWithoutDefaultOnlyToAnEmptyTableAndNeverOnSqlite(TestTarget target) {
        Junction old = target.open();
        old.define("Beach", m -> m.timestamps(false).attribute("name", DataType.string(40)));
        old.sync();
        Junction db = newBeaches(target, m -> m.attribute("rating", DataType.integer(), a -> a.notNull()));

        if (db.dialect().inlineForeignKeysOnly()) {
            assertThatThrownBy(() -> db.sync(SyncMode.ALTER))
                    .isInstanceOf(SchemaException.class)
                    .hasMessageContaining("Beaches.rating")
                    .hasMessageContaining("SQLite");
        } else {
            db.sync(SyncMode.ALTER);
            assertThat(beaches(db).column("rating").orElseThrow().nullable()).isFalse();
        }
    }

    @DialectTest
    void addsNewUniqueConstraint(TestTarget target) {
        oldBeaches(target);
        Junction db = newBeaches(target, m -> m.attribute("name", a -> a.unique()));

        db.sync(SyncMode.ALTER);

        assertThat(beaches(db).isUnique(List.of("name"))).isTrue();
        assertThatThrownBy(() -> db.model("Beach").create(Row.of("name", "Bondi")))
                .isInstanceOf(UniqueConstraintException.class);
    }

    @DialectTest
    void addsNewCompositeUniqueConstraint(TestTarget target) {
        oldBeaches(target);
        Junction db = newBeaches(target, m -> m
                .attribute("name", a -> a.unique("place"))
                .attribute("country", DataType.string(40), a -> a.unique("place")));

        db.sync(SyncMode.ALTER);

        assertThat(beaches(db).isUnique(List.of("name", "country"))).isTrue();
        assertThat(beaches(db).isUnique(List.of("name"))).isFalse();
    }

    @DialectTest
    void addsNewForeignKeyColumnToANewTable(TestTarget target) {
        oldBeaches(target);
        Junction db = newBeaches(target, m -> m
                .attribute("TownId", DataType.integer(), a -> a.references("Town")));
        db.define("Town", m -> m.timestamps(false));

        SyncReport report = db.sync(SyncMode.ALTER);

        assertThat(report.warnings()).isEmpty();
        DatabaseSchema.ForeignKey fk = beaches(db).foreignKey(List.of("TownId")).orElseThrow();
        assertThat(fk.referencedTable()).isEqualTo("Towns");
        assertThat(db.describe().table("Towns")).isPresent();
    }

    @DialectTest
    void addsForeignKeyToAnExistingColumnOrWarnsOnSqlite(TestTarget target) {
        Junction old = target.open();
        old.define("Town", m -> m.timestamps(false));
        old.define("Beach", m -> m.timestamps(false).attribute("TownId", DataType.integer()));
        old.sync();
        Junction db = target.open();
        db.define("Town", m -> m.timestamps(false));
        db.define("Beach", m -> m.timestamps(false)
                .attribute("TownId", DataType.integer(), a -> a.references("Town")));

        SyncReport report = db.sync(SyncMode.ALTER);

        if (db.dialect().inlineForeignKeysOnly()) {
            assertThat(report.statements()).isEmpty();
            assertThat(report.warnings()).singleElement().asString().contains("Beaches").contains("TownId");
            assertThat(beaches(db).foreignKeys()).isEmpty();
        } else {
            assertThat(report.warnings()).isEmpty();
            assertThat(beaches(db).foreignKey(List.of("TownId")).orElseThrow().referencedTable()).isEqualTo("Towns");
        }
    }

    @DialectTest
    void neverDropsAColumnTheModelLacks(TestTarget target) throws Exception {
        Junction old = target.open();
        Model<Row> beaches = old.define("Beach", m -> m.timestamps(false)
                .attribute("name", DataType.string(40))
                .attribute("legacy", DataType.string(40)));
        old.sync();
        beaches.create(Row.of("name", "Bondi", "legacy", "kept"));
        Junction db = newBeaches(target, m -> m.attribute("surf", DataType.bool()));

        db.sync(SyncMode.ALTER);

        assertThat(beaches(db).column("legacy")).isPresent();
        try (Connection c = target.jdbc(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT " + db.dialect().quote("legacy") + " FROM "
                     + db.dialect().quote("Beaches"))) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("kept");
        }
    }

    @DialectTest
    void createsAMissingTable(TestTarget target) {
        oldBeaches(target);
        Junction db = newBeaches(target, m -> { });
        Model<Row> piers = db.define("Pier", m -> m.timestamps(false).attribute("length", DataType.integer()));

        SyncReport report = db.sync(SyncMode.ALTER);

        assertThat(report.statements()).singleElement().asString().startsWith("CREATE TABLE").contains("Piers");
        assertThat(piers.create(Row.of("length", 300)).get("id")).isNotNull();
        assertThat(db.model("Beach").count()).isEqualTo(1);
    }

    @DialectTest
    void alterWithNothingNewIsANoOp(TestTarget target) {
        oldBeaches(target);
        Junction db = newBeaches(target, m -> { });

        SyncReport report = db.sync(SyncMode.ALTER);

        assertThat(report.statements()).isEmpty();
        assertThat(report.warnings()).isEmpty();
    }

    @DialectTest
    void warnsAboutEveryChangeItLeavesToAMigration(TestTarget target) {
        Junction old = target.open();
        Model<Row> beaches = old.define("Beach", m -> m.timestamps(false)
                .attribute("name", DataType.string(40)).attribute("title", DataType.string(40)));
        old.sync();
        beaches.create(Row.of("name", "Bondi", "title", "kept"));
        Junction db = target.open();
        db.define("Beach", m -> m.timestamps(false)
                .attribute("name", DataType.string(80), a -> a.allowNull(false))         // widened and NOT NULL
                .attribute("heading", DataType.string(40), a -> a.renamedFrom("title"))); // a rename sync cannot see

        SyncReport report = db.sync(SyncMode.ALTER);

        assertThat(report.statements()).singleElement().asString().contains("ADD", "heading");
        assertThat(report.warnings()).allMatch(w -> w.contains("migration:generate"))
                .anyMatch(w -> w.contains("column name: TYPE expected VARCHAR(80)"))
                .anyMatch(w -> w.contains("column name: NULLABILITY expected NOT NULL, found NULL"))
                .anyMatch(w -> w.contains("column title: EXTRA_COLUMN"));
    }
}
