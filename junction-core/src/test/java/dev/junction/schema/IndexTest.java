package dev.junction.schema;

import static dev.junction.association.Associations.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Row;
import dev.junction.schema.SchemaDifference.Kind;
import dev.junction.testing.DialectTest;
import dev.junction.testing.RawSql;
import dev.junction.testing.TestTarget;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Model indexes on the database: {@code sync} creates them, {@code describe()} lists them (but not the ones H2 and
 * MariaDB make for foreign keys on their own), {@code check()} reports a missing or an extra one, and
 * {@code sync(ALTER)} adds a missing one.
 */
class IndexTest {

    record Show(Long id, String title) { }

    /** A join model class: its @Index needs nothing from Through. */
    @dev.junction.annotation.Index({"ShowId", "rating"})
    record Rating(Integer UserId, Long ShowId, Integer rating) { }

    /** User, and Beach(town, name, rating, notes, UserId → User) with {@code more} declared. */
    private static Junction beaches(TestTarget target, Consumer<ModelSpec> more) {
        Junction db = target.open();
        db.define("User", m -> m.timestamps(false));
        db.define("Beach", m -> {
            m.timestamps(false).attribute("town", DataType.string(40)).attribute("name", DataType.string(40))
                    .attribute("rating", DataType.integer()).attribute("code", DataType.string(10), a -> a.unique())
                    .attribute("UserId", DataType.integer(), a -> a.references("User"));
            more.accept(m);
        });
        return db;
    }

    private static DatabaseSchema.Table table(Junction db, String name) {
        return db.describe().table(name).orElseThrow(() -> new AssertionError("no table " + name));
    }

    private static void script(TestTarget target, Junction db, String... templates) throws Exception {
        RawSql raw = new RawSql(target, db);
        raw.script(Arrays.stream(templates).map(raw::sql).toArray(String[]::new));
    }

    @DialectTest
    void syncCreatesEachIndexAfterItsTable(TestTarget target) {
        Junction db = beaches(target, m -> m.index("town", "name").index("beaches_by_rating", List.of("rating")));

        SyncReport report = db.sync();

        List<String> statements = report.statements();
        int table = statements.indexOf(statements.stream().filter(s -> s.startsWith("CREATE TABLE")
                && s.contains(new RawSql(target, db).sql("{Beaches}"))).findFirst().orElseThrow());
        assertThat(statements).filteredOn(s -> s.startsWith("CREATE INDEX")).hasSize(2)
                .allSatisfy(s -> assertThat(statements.indexOf(s)).isGreaterThan(table));
        assertThat(table(db, "Beaches").indexes()).extracting(DatabaseSchema.Index::name,
                DatabaseSchema.Index::columns).containsExactlyInAnyOrder(
                tuple("beaches_town_name", List.of("town", "name")), tuple("beaches_by_rating", List.of("rating")));
    }

    @DialectTest
    void describeListsNeitherUniqueIndexesNorThoseMadeForForeignKeys(TestTarget target) {
        Junction db = beaches(target, m -> { });
        db.model("User").belongsToMany(db.model("Beach"), as("Visited").through("Visits"));
        db.sync();

        DatabaseSchema schema = db.describe();

        assertThat(schema.tables()).allSatisfy(t -> assertThat(t.indexes()).as(t.name()).isEmpty());
        assertThat(schema.table("Beaches").orElseThrow().uniqueConstraints())
                .extracting(DatabaseSchema.Unique::columns).containsExactly(List.of("code"));
    }

    @DialectTest
    void describeLeavesOutTheIndexesMadeForUnnamedForeignKeys(TestTarget target) throws Exception {
        Junction db = target.open();
        script(target, db, "CREATE TABLE {Users} ({id} INTEGER PRIMARY KEY)",
                "CREATE TABLE {Beaches} ({id} INTEGER PRIMARY KEY, {UserId} INTEGER, {rating} INTEGER,"
                        + " FOREIGN KEY ({UserId}) REFERENCES {Users} ({id}))",
                "CREATE INDEX {beaches_rating} ON {Beaches} ({rating})");

        assertThat(table(db, "Beaches").indexes()).containsExactly(
                new DatabaseSchema.Index("beaches_rating", List.of("rating")));
    }

    @DialectTest
    void anIndexOnAForeignKeyIsListedOnceUnderItsName(TestTarget target) {
        Junction db = beaches(target, m -> m.index("UserId"));
        db.sync();

        assertThat(table(db, "Beaches").indexes()).containsExactly(
                new DatabaseSchema.Index("beaches__user_id", List.of("UserId")));
        assertThat(db.check().differences()).isEmpty();
    }

    @DialectTest
    void theForeignKeyOfAnAssociationIsIndexedWhenTheModelDeclaresIt(TestTarget target) {
        Junction db = target.open();
        Model<Row> users = db.define("User", m -> m.timestamps(false));
        Model<Row> beaches = db.define("Beach", m -> m.timestamps(false)
                .attribute("UserId", DataType.integer()).index("UserId"));
        beaches.belongsTo(users);
        db.sync();

        DatabaseSchema.Table table = table(db, "Beaches");
        assertThat(table.foreignKey(List.of("UserId"))).isPresent();
        assertThat(table.indexes()).containsExactly(new DatabaseSchema.Index("beaches__user_id", List.of("UserId")));
        assertThat(db.check().differences()).isEmpty();
    }

    @DialectTest
    void aJoinModelClassDeclaresItsIndexesWithAnnotations(TestTarget target) {
        Junction db = target.open();
        Model<Row> users = db.define("User", m -> m.timestamps(false));
        Model<Show> shows = db.define(Show.class);
        users.belongsToMany(shows, as("Rated").through(Rating.class));
        db.sync();

        assertThat(table(db, "Ratings").indexes()).containsExactly(
                new DatabaseSchema.Index("ratings__show_id_rating", List.of("ShowId", "rating")));
        assertThat(db.check().differences()).isEmpty();
    }

    @DialectTest
    void checkMatchesADatabaseMadeBySync(TestTarget target) {
        Junction db = beaches(target, m -> m.index("town", "name").index("rating").index("by_owner",
                List.of("UserId", "rating")));
        db.model("User").belongsToMany(db.model("Beach"), as("Visited").through("Visits"));
        db.sync();

        assertThat(db.check().differences()).isEmpty();
    }

    @DialectTest
    void checkReportsAMissingAndAnExtraIndex(TestTarget target) throws Exception {
        Junction db = target.open();
        script(target, db, "CREATE TABLE {Beaches} ({id} INTEGER PRIMARY KEY, {town} VARCHAR(40),"
                + " {name} VARCHAR(40), {rating} INTEGER)", "CREATE INDEX {beaches_rating} ON {Beaches} ({rating})",
                "CREATE INDEX {beaches_name_town} ON {Beaches} ({name}, {town})");
        db.define("Beach", m -> m.timestamps(false).attribute("town", DataType.string(40))
                .attribute("name", DataType.string(40)).attribute("rating", DataType.integer())
                .index("town", "name"));

        SchemaCheck check = db.check();

        assertThat(check.differences()).extracting(SchemaDifference::model, SchemaDifference::table,
                SchemaDifference::kind, SchemaDifference::expected, SchemaDifference::actual)
                .containsExactlyInAnyOrder(
                        tuple("Beach", "Beaches", Kind.INDEX, "beaches_town_name (town, name)", null),
                        tuple("Beach", "Beaches", Kind.INDEX, null, "beaches_rating (rating)"),
                        tuple("Beach", "Beaches", Kind.INDEX, null, "beaches_name_town (name, town)"));
        assertThat(check.toString()).contains("Beach (table Beaches): INDEX expected beaches_town_name (town, name)");
    }

    @DialectTest
    void alterAddsAMissingIndexOnce(TestTarget target) {
        beaches(target, m -> { }).sync();
        Junction db = beaches(target, m -> m.index("town", "name"));

        SyncReport first = db.sync(SyncMode.ALTER);
        SyncReport second = db.sync(SyncMode.ALTER);

        assertThat(first.statements()).singleElement().asString().startsWith("CREATE INDEX");
        assertThat(second.statements()).isEmpty();
        assertThat(table(db, "Beaches").indexes()).containsExactly(
                new DatabaseSchema.Index("beaches_town_name", List.of("town", "name")));
        assertThat(db.check().matches()).isTrue();
    }

    @DialectTest
    void alterAddsTheIndexOfANewColumnAfterTheColumn(TestTarget target) {
        Junction old = target.open();
        old.define("Beach", m -> m.timestamps(false).attribute("name", DataType.string(40)));
        old.sync();
        Junction db = target.open();
        db.define("Beach", m -> m.timestamps(false).attribute("name", DataType.string(40))
                .attribute("town", DataType.string(40)).index("town"));

        SyncReport report = db.sync(SyncMode.ALTER);

        assertThat(report.statements()).hasSize(2);
        assertThat(report.statements().get(0)).startsWith("ALTER TABLE");
        assertThat(report.statements().get(1)).startsWith("CREATE INDEX");
        assertThat(db.check().differences()).isEmpty();
    }

    @DialectTest
    void alterLeavesAnIndexOfTheSameNameOnOtherColumnsWithAWarning(TestTarget target) throws Exception {
        Junction db = target.open();
        script(target, db, "CREATE TABLE {Beaches} ({id} INTEGER PRIMARY KEY, {town} VARCHAR(40),"
                + " {name} VARCHAR(40))", "CREATE INDEX {beaches_town_name} ON {Beaches} ({town})");
        db.define("Beach", m -> m.timestamps(false).attribute("town", DataType.string(40))
                .attribute("name", DataType.string(40)).index("town", "name"));

        SyncReport report = db.sync(SyncMode.ALTER);

        assertThat(report.statements()).isEmpty();
        assertThat(report.warnings()).contains("Beaches: index beaches_town_name is on (town), the model says"
                + " (town, name); left as it is");
    }

    @DialectTest
    void createLeavesAnExistingTablesIndexesToAlter(TestTarget target) {
        beaches(target, m -> { }).sync();
        Junction db = beaches(target, m -> m.index("town"));

        assertThat(db.sync().statements()).isEmpty();
        assertThat(db.check().differences()).extracting(SchemaDifference::kind, SchemaDifference::expected)
                .containsExactly(tuple(Kind.INDEX, "beaches_town (town)"));
    }

    @DialectTest
    void forceRecreatesTheIndexes(TestTarget target) {
        Junction db = beaches(target, m -> m.index("town", "name"));
        db.sync();

        db.sync(SyncMode.FORCE);

        assertThat(table(db, "Beaches").indexes()).extracting(DatabaseSchema.Index::name)
                .containsExactly("beaches_town_name");
    }
}
