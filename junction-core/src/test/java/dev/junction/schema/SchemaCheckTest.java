package dev.junction.schema;

import static dev.junction.association.Associations.as;
import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Row;
import dev.junction.schema.SchemaDifference.Kind;
import dev.junction.testing.DialectTest;
import dev.junction.testing.RawSql;
import dev.junction.testing.TestTarget;
import java.util.Arrays;

/**
 * {@code check()} compares the models with the live database and lists every difference once, naming model, table
 * and column; a database made by {@code sync()} matches.
 */
class SchemaCheckTest {

    /** User and Show with a join table (the lesson's shape), plus an underscored Beach with every kind of column. */
    private static void models(Junction db) {
        Model<Row> users = db.define("User", m -> m.attribute("name", DataType.string(40)));
        Model<Row> shows = db.define("Show", m -> m.attribute("name", DataType.string(40)));
        users.belongsToMany(shows, as("Watched").through("Viewings"));
        db.define("Beach", m -> m.underscored(true).attribute("name", DataType.string(40), a -> a.unique())
                .attribute("notes", DataType.text()).attribute("rating", DataType.decimal(5, 2))
                .attribute("visits", DataType.integer()).attribute("open", DataType.bool())
                .attribute("openedOn", DataType.date()).attribute("UserId", DataType.integer(), a -> a.references("User")));
    }

    private static void script(TestTarget target, Junction db, String... templates) throws Exception {
        RawSql raw = new RawSql(target, db);
        raw.script(Arrays.stream(templates).map(raw::sql).toArray(String[]::new));
    }

    /** Beach(name VARCHAR(40) NOT NULL, email VARCHAR(80)) without timestamps, made by hand. */
    private static Junction handMadeBeaches(TestTarget target, String columns) throws Exception {
        Junction db = target.open();
        script(target, db, "CREATE TABLE {Beaches} ({id} INTEGER PRIMARY KEY, " + columns + ")");
        db.define("Beach", m -> m.timestamps(false)
                .attribute("name", DataType.string(40), a -> a.allowNull(false))
                .attribute("email", DataType.string(80)));
        return db;
    }

    @DialectTest
    void aDatabaseMadeBySyncMatches(TestTarget target) {
        Junction db = target.open();
        models(db);
        db.sync();

        SchemaCheck check = db.check();

        assertThat(check.differences()).isEmpty();
        assertThat(check.matches()).isTrue();
        assertThat(check).hasToString("The database matches the models (4 tables).");
    }

    @DialectTest
    void aMissingTableIsReported(TestTarget target) {
        Junction db = target.open();
        db.define("Beach", m -> m.attribute("name", DataType.string(40)));

        assertThat(db.check().differences()).containsExactly(
                new SchemaDifference("Beach", "Beaches", null, Kind.MISSING_TABLE, "Beaches", null));
    }

    @DialectTest
    void anExtraTableIsReportedButNotTheBookkeepingOnes(TestTarget target) throws Exception {
        Junction db = handMadeBeaches(target, "{name} VARCHAR(40) NOT NULL, {email} VARCHAR(80)");
        script(target, db, "CREATE TABLE {Crabs} ({id} INTEGER PRIMARY KEY)",
                "CREATE TABLE {SequelizeMeta} ({name} VARCHAR(255) PRIMARY KEY)",
                "CREATE TABLE {JunctionSeeds} ({name} VARCHAR(255) PRIMARY KEY)");

        assertThat(db.check().differences()).containsExactly(
                new SchemaDifference(null, "Crabs", null, Kind.EXTRA_TABLE, null, "Crabs"));
    }

    @DialectTest
    void missingAndExtraColumnsAreReported(TestTarget target) throws Exception {
        Junction db = handMadeBeaches(target, "{name} VARCHAR(40) NOT NULL, {shells} INTEGER");

        assertThat(db.check().differences()).extracting(SchemaDifference::kind, SchemaDifference::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.MISSING_COLUMN, "email"),
                        org.assertj.core.groups.Tuple.tuple(Kind.EXTRA_COLUMN, "shells"));
    }

    @DialectTest
    void aLengthDifferenceIsATypeDifferenceButASpellingIsNot(TestTarget target) throws Exception {
        Junction db = handMadeBeaches(target, "{name} VARCHAR(40) NOT NULL, {email} VARCHAR(120)");

        SchemaCheck check = db.check();

        assertThat(check.differences()).singleElement().satisfies(d -> {
            assertThat(d.model()).isEqualTo("Beach");
            assertThat(d.table()).isEqualTo("Beaches");
            assertThat(d.column()).isEqualTo("email");
            assertThat(d.kind()).isEqualTo(Kind.TYPE);
            assertThat(d.expected()).isEqualTo("VARCHAR(80)");
            assertThat(d.actual()).contains("120");
        });
        assertThat(check.toString()).startsWith("Beach (table Beaches) column email: TYPE expected VARCHAR(80)");
    }

    @DialectTest
    void aTypeOfAnotherFamilyIsReported(TestTarget target) throws Exception {
        Junction db = handMadeBeaches(target, "{name} VARCHAR(40) NOT NULL, {email} INTEGER");

        assertThat(db.check().differences()).extracting(SchemaDifference::kind, SchemaDifference::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.TYPE, "email"));
    }

    @DialectTest
    void nullabilityIsReported(TestTarget target) throws Exception {
        Junction db = handMadeBeaches(target, "{name} VARCHAR(40), {email} VARCHAR(80) NOT NULL");

        assertThat(db.check().differences()).extracting(SchemaDifference::column, SchemaDifference::kind,
                SchemaDifference::expected, SchemaDifference::actual).containsExactly(
                org.assertj.core.groups.Tuple.tuple("name", Kind.NULLABILITY, "NOT NULL", "NULL"),
                org.assertj.core.groups.Tuple.tuple("email", Kind.NULLABILITY, "NULL", "NOT NULL"));
    }

    @DialectTest
    void anotherPrimaryKeyIsReported(TestTarget target) throws Exception {
        Junction db = target.open();
        script(target, db, "CREATE TABLE {Beaches} ({id} INTEGER NOT NULL, {name} VARCHAR(40) NOT NULL,"
                + " PRIMARY KEY ({id}, {name}))");
        db.define("Beach", m -> m.timestamps(false).attribute("name", DataType.string(40), a -> a.allowNull(false)));

        assertThat(db.check().differences()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(Kind.PRIMARY_KEY);
            assertThat(d.expected()).isEqualTo("(id)");
            assertThat(d.actual()).isEqualTo("(id, name)");
        });
    }

    @DialectTest
    void missingAndExtraUniqueConstraintsAreReported(TestTarget target) throws Exception {
        Junction db = target.open();
        script(target, db, "CREATE TABLE {Beaches} ({id} INTEGER PRIMARY KEY, {name} VARCHAR(40),"
                + " {email} VARCHAR(80), UNIQUE ({email}))");
        db.define("Beach", m -> m.timestamps(false).attribute("name", DataType.string(40), a -> a.unique())
                .attribute("email", DataType.string(80)));

        assertThat(db.check().differences()).extracting(SchemaDifference::kind, SchemaDifference::expected,
                SchemaDifference::actual).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Kind.UNIQUE, "(name)", null),
                org.assertj.core.groups.Tuple.tuple(Kind.UNIQUE, null, "(email)"));
    }

    @DialectTest
    void aMissingOrDifferentForeignKeyIsReported(TestTarget target) throws Exception {
        Junction db = target.open();
        script(target, db, "CREATE TABLE {Users} ({id} INTEGER PRIMARY KEY)",
                "CREATE TABLE {Beaches} ({id} INTEGER PRIMARY KEY, {UserId} INTEGER"
                        + " REFERENCES {Users} ({id}) ON DELETE CASCADE ON UPDATE CASCADE, {OwnerId} INTEGER)");
        db.define("User", m -> m.timestamps(false));
        db.define("Beach", m -> m.timestamps(false)
                .attribute("UserId", DataType.integer(), a -> a.references("User"))
                .attribute("OwnerId", DataType.integer(), a -> a.references("User")));

        assertThat(db.check().differences()).extracting(SchemaDifference::column, SchemaDifference::kind,
                SchemaDifference::expected, SchemaDifference::actual).containsExactly(
                org.assertj.core.groups.Tuple.tuple("UserId", Kind.FOREIGN_KEY,
                        "references Users(id) on delete set null on update cascade",
                        "references Users(id) on delete cascade on update cascade"),
                org.assertj.core.groups.Tuple.tuple("OwnerId", Kind.FOREIGN_KEY,
                        "references Users(id) on delete set null on update cascade", null));
    }
}
