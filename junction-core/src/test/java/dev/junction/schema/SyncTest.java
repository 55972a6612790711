package dev.junction.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Row;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

class SyncTest {

    /** Tower (child) is defined before Beach (parent), so definition order is the wrong creation order. */
    private static void defineChildBeforeParent(Junction db) {
        db.define("Tower", m -> m.timestamps(false)
                .attribute("height", DataType.integer())
                .attribute("BeachId", DataType.integer(), a -> a.references("Beach")));
        db.define("Beach", m -> m.timestamps(false).attribute("name", DataType.string(40)));
    }

    /** A → B → A, both keys nullable. */
    private static void defineCycle(Junction db) {
        db.define("Author", m -> m.timestamps(false)
                .attribute("FavouriteBookId", DataType.integer(), a -> a.references("Book")));
        db.define("Book", m -> m.timestamps(false)
                .attribute("AuthorId", DataType.integer(), a -> a.references("Author")));
    }

    @DialectTest
    void createsTablesInForeignKeyOrderWhenChildIsDefinedFirst(TestTarget target) {
        Junction db = target.open();
        defineChildBeforeParent(db);

        SyncReport report = db.sync();

        assertThat(report.statements()).hasSize(2);
        assertThat(report.statements().get(0)).contains("Beaches");
        assertThat(report.statements().get(1)).contains("Towers");
        DatabaseSchema.Table towers = db.describe().table("Towers").orElseThrow();
        DatabaseSchema.ForeignKey fk = towers.foreignKey(List.of("BeachId")).orElseThrow();
        assertThat(fk.referencedTable()).isEqualTo("Beaches");
        assertThat(fk.referencedColumns()).containsExactly("id");
    }

    @DialectTest
    void secondSyncIsANoOp(TestTarget target) {
        Junction db = target.open();
        defineChildBeforeParent(db);
        db.sync();

        SyncReport again = db.sync();

        assertThat(again.statements()).isEmpty();
        assertThat(again.warnings()).isEmpty();
        assertThat(db.describe().tables()).extracting(DatabaseSchema.Table::name)
                .containsExactlyInAnyOrder("Beaches", "Towers");
    }

    @DialectTest
    void cycleOfForeignKeysIsCreatedWithBothKeys(TestTarget target) {
        Junction db = target.open();
        defineCycle(db);

        db.sync();

        DatabaseSchema schema = db.describe();
        assertThat(schema.table("Authors").orElseThrow().foreignKey(List.of("FavouriteBookId")).orElseThrow()
                .referencedTable()).isEqualTo("Books");
        assertThat(schema.table("Books").orElseThrow().foreignKey(List.of("AuthorId")).orElseThrow()
                .referencedTable()).isEqualTo("Authors");
    }

    @DialectTest
    void cycleIsClosedByAlterTableExceptOnSqlite(TestTarget target) {
        Junction db = target.open();
        defineCycle(db);

        SyncReport report = db.sync();

        long creates = report.statements().stream().filter(s -> s.startsWith("CREATE TABLE")).count();
        assertThat(creates).isEqualTo(2);
        List<String> alters = report.statements().stream().filter(s -> s.startsWith("ALTER TABLE")).toList();
        if (db.dialect().inlineForeignKeysOnly()) {
            assertThat(alters).isEmpty();
        } else {
            assertThat(alters).singleElement().asString().contains("FOREIGN KEY");
        }
    }

    @DialectTest
    void cycleRowsCanReferEachOther(TestTarget target) {
        Junction db = target.open();
        defineCycle(db);
        db.sync();
        Model<Row> authors = db.model("Author");
        Model<Row> books = db.model("Book");

        Row author = authors.create(Row.of("FavouriteBookId", null));
        Row book = books.create(Row.of("AuthorId", author.get("id")));
        authors.update(Row.of("id", author.get("id"), "FavouriteBookId", book.get("id")));

        assertThat(authors.findByPk(author.get("id")).orElseThrow().get("FavouriteBookId"))
                .isEqualTo(book.get("id"));
    }

    @DialectTest
    void selfReferenceIsCreatedAndUsable(TestTarget target) {
        Junction db = target.open();
        Model<Row> employees = db.define("Employee", m -> m.timestamps(false)
                .attribute("name", DataType.string(40))
                .attribute("managerId", DataType.integer(), a -> a.references("Employee")));

        db.sync();

        Row boss = employees.create(Row.of("name", "boss"));
        Row clerk = employees.create(Row.of("name", "clerk", "managerId", boss.get("id")));
        assertThat(employees.findByPk(clerk.get("id")).orElseThrow().get("managerId")).isEqualTo(boss.get("id"));
        DatabaseSchema.ForeignKey fk = db.describe().table("Employees").orElseThrow()
                .foreignKey(List.of("managerId")).orElseThrow();
        assertThat(fk.referencedTable()).isEqualTo("Employees");
    }

    @DialectTest
    void syncStatementsAreReportedToTheListener(TestTarget target) {
        List<String> seen = new CopyOnWriteArrayList<>();
        Junction db = target.open(b -> b.listener((sql, params, nanos) -> seen.add(sql)));
        defineChildBeforeParent(db);

        SyncReport report = db.sync();

        List<String> creates = seen.stream()
                .filter(s -> s.toUpperCase(Locale.ROOT).startsWith("CREATE TABLE")).toList();
        assertThat(creates).hasSize(2);
        assertThat(creates.get(0)).contains("Beaches");
        assertThat(creates.get(1)).contains("Towers");
        assertThat(seen).containsAll(report.statements());
    }
}
