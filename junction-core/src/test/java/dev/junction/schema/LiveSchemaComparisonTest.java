package dev.junction.schema;

import static dev.junction.association.Associations.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Row;
import dev.junction.SchemaException;
import dev.junction.association.Through;
import dev.junction.testing.Backend;
import dev.junction.testing.DialectTest;
import dev.junction.testing.RawSql;
import dev.junction.testing.TestTarget;
import java.util.List;

/**
 * sync compares every model with the table it finds, made here by plain SQL, and fails with a
 * {@link SchemaException} that lists every difference with its way out, before running any statement; what does
 * not change how Junction reads and writes the table is allowed.
 */
class LiveSchemaComparisonTest {

    /** Beach(name, email) without timestamps, on a second Junction after the table was made by hand. */
    private static Model<Row> beaches(Junction db) {
        return db.define("Beach", m -> m.timestamps(false).attribute("name", DataType.string(40))
                .attribute("email", DataType.string(80)));
    }

    /** User and Show (id, name), and User's belongsToMany Show through {@code through}. */
    private static void usersWatchShows(Junction db, Through through) {
        Model<Row> users = db.define("User", m -> m.timestamps(false).attribute("name", DataType.string(40)));
        Model<Row> shows = db.define("Show", m -> m.timestamps(false).attribute("name", DataType.string(40)));
        users.belongsToMany(shows, as("Watched").through(through));
    }

    private static void script(TestTarget target, Junction db, String... templates) throws Exception {
        RawSql raw = new RawSql(target, db);
        raw.script(java.util.Arrays.stream(templates).map(raw::sql).toArray(String[]::new));
    }

    private static void usersAndShowsTables(TestTarget target, Junction db) throws Exception {
        script(target, db, "CREATE TABLE {Users} ({id} INTEGER PRIMARY KEY, {name} VARCHAR(40))",
                "CREATE TABLE {Shows} ({id} INTEGER PRIMARY KEY, {name} VARCHAR(40))");
    }

    @DialectTest
    void aMissingColumnIsReportedWithTheWayOut(TestTarget target) throws Exception {
        Junction db = target.open();
        script(target, db, "CREATE TABLE {Beaches} ({id} INTEGER PRIMARY KEY, {name} VARCHAR(40))");
        beaches(db);

        assertThatThrownBy(db::sync).isInstanceOf(SchemaException.class)
                .hasMessageContaining("Beach (table Beaches): column Beaches.email is missing")
                .hasMessageContaining("sync(SyncMode.ALTER) adds it");
    }

    @DialectTest
    void alterAddsTheMissingNullableColumnInsteadOfReportingIt(TestTarget target) throws Exception {
        Junction db = target.open();
        script(target, db, "CREATE TABLE {Beaches} ({id} INTEGER PRIMARY KEY, {name} VARCHAR(40))");
        beaches(db);

        db.sync(SyncMode.ALTER);

        assertThat(db.describe().table("Beaches").orElseThrow().column("email")).isPresent();
        assertThat(db.sync().statements()).isEmpty();
    }

    @DialectTest
    void everyDifferenceOfEveryTableIsListedAndNothingRuns(TestTarget target) throws Exception {
        Junction db = target.open();
        script(target, db, "CREATE TABLE {Beaches} ({id} INTEGER PRIMARY KEY)",
                "CREATE TABLE {Users} ({id} INTEGER PRIMARY KEY)");
        beaches(db);
        db.define("User", m -> m.timestamps(false).attribute("name", DataType.string(40)));
        db.define("Show", m -> m.timestamps(false).attribute("name", DataType.string(40)));

        assertThatThrownBy(db::sync).isInstanceOf(SchemaException.class)
                .hasMessageContaining("(3 differences)")
                .hasMessageContaining("Beaches.name is missing")
                .hasMessageContaining("Beaches.email is missing")
                .hasMessageContaining("User (table Users): column Users.name is missing");
        assertThat(db.describe().table("Shows")).as("sync ran nothing").isEmpty();
    }

    @DialectTest
    void aCompositeKeyWhereTheModelExpectsASurrogateIdIsReported(TestTarget target) throws Exception {
        Junction db = target.open();
        usersAndShowsTables(target, db);
        script(target, db, "CREATE TABLE {Viewings} ({UserId} INTEGER NOT NULL, {ShowId} INTEGER NOT NULL,"
                + " PRIMARY KEY ({UserId}, {ShowId}))", "INSERT INTO {Users} ({id}, {name}) VALUES (1, 'alice')",
                "INSERT INTO {Shows} ({id}, {name}) VALUES (1, 'Dune')",
                "INSERT INTO {Viewings} ({UserId}, {ShowId}) VALUES (1, 1)");
        usersWatchShows(db, Through.of("Viewings").unique(false).timestamps(false));

        for (SyncMode mode : List.of(SyncMode.CREATE, SyncMode.ALTER)) {
            assertThatThrownBy(() -> db.sync(mode)).isInstanceOf(SchemaException.class)
                    .hasMessageContaining("Viewings (table Viewings): the model expects primary key (id); the table"
                            + " has primary key (UserId, ShowId) and no column id")
                    .hasMessageContaining("declare Through.of(\"Viewings\") (unique, the default)")
                    .hasMessageNotContaining("FORCE").hasMessageNotContaining("dropping");
        }
    }

    @DialectTest
    void anEmptyMismatchedTableMayAlsoBeDropped(TestTarget target) throws Exception {
        Junction db = target.open();
        usersAndShowsTables(target, db);
        script(target, db, "CREATE TABLE {Viewings} ({UserId} INTEGER NOT NULL, {ShowId} INTEGER NOT NULL,"
                + " PRIMARY KEY ({UserId}, {ShowId}))");
        usersWatchShows(db, Through.of("Viewings").unique(false).timestamps(false));

        assertThatThrownBy(db::sync).isInstanceOf(SchemaException.class)
                .hasMessageContaining("declare Through.of(\"Viewings\")")
                .hasMessageContaining("the table is empty, so dropping it also lets sync create it")
                .hasMessageNotContaining("FORCE");
    }

    @DialectTest
    void aJoinTableWithoutThePairsUniquenessIsReported(TestTarget target) throws Exception {
        Junction db = target.open();
        usersAndShowsTables(target, db);
        script(target, db, "CREATE TABLE {Viewings} ({id} INTEGER PRIMARY KEY, {UserId} INTEGER NOT NULL,"
                + " {ShowId} INTEGER NOT NULL)");
        usersWatchShows(db, Through.of("Viewings").timestamps(false));

        for (SyncMode mode : List.of(SyncMode.CREATE, SyncMode.ALTER)) {
            assertThatThrownBy(() -> db.sync(mode)).isInstanceOf(SchemaException.class)
                    .hasMessageContaining("Viewings (table Viewings): the table has no primary key or unique"
                            + " constraint on the pair (UserId, ShowId), which add relies on")
                    .hasMessageContaining("declare Through.of(\"Viewings\").unique(false) to use the table as it is");
        }
    }

    @DialectTest
    void aJoinTableWithNoKeyAtAllIsReported(TestTarget target) throws Exception {
        Junction db = target.open();
        usersAndShowsTables(target, db);
        script(target, db, "CREATE TABLE {Viewings} ({UserId} INTEGER NOT NULL, {ShowId} INTEGER NOT NULL)");
        usersWatchShows(db, Through.of("Viewings").timestamps(false));

        assertThatThrownBy(db::sync).isInstanceOf(SchemaException.class)
                .hasMessageContaining("Viewings (table Viewings): the table has no primary key or unique constraint"
                        + " on the pair (UserId, ShowId), which add relies on to link a pair once; the table has no"
                        + " primary key")
                .hasMessageContaining("add a primary key or unique constraint on (UserId, ShowId) once no pair is"
                        + " repeated");
    }

    @DialectTest
    void aJoinTableWithThePairUniqueBesideItsOwnIdIsFine(TestTarget target) throws Exception {
        Junction db = target.open();
        usersAndShowsTables(target, db);
        script(target, db, "CREATE TABLE {Viewings} ({id} INTEGER PRIMARY KEY, {UserId} INTEGER NOT NULL,"
                + " {ShowId} INTEGER NOT NULL, {seen} INTEGER, UNIQUE ({ShowId}, {UserId}))");
        usersWatchShows(db, Through.of("Viewings").timestamps(false));

        assertThat(db.sync().statements()).isEmpty();
    }

    @DialectTest
    void aMissingUniqueConstraintIsReportedAndAlterAddsIt(TestTarget target) throws Exception {
        Junction db = target.open();
        script(target, db, "CREATE TABLE {Beaches} ({id} INTEGER PRIMARY KEY, {name} VARCHAR(40))");
        db.define("Beach", m -> m.timestamps(false).attribute("name", DataType.string(40), a -> a.unique()));

        assertThatThrownBy(db::sync).isInstanceOf(SchemaException.class)
                .hasMessageContaining("Beach (table Beaches): no unique constraint on (name)");
        db.sync(SyncMode.ALTER);
        assertThat(db.describe().table("Beaches").orElseThrow().isUnique(List.of("name"))).isTrue();
    }

    /**
     * A unique index that does not keep whole values unique — a prefix on MariaDB, an expression on PostgreSQL and
     * SQLite (H2 has neither: a plain index there) — is no unique constraint on the column, not even on its other
     * columns (MariaDB's catalog lists such an index without its prefix column).
     */
    @DialectTest
    void aUniqueIndexOnPartOfAValueDoesNotCount(TestTarget target) throws Exception {
        Junction db = target.open();
        script(target, db, "CREATE TABLE {Beaches} ({id} INTEGER PRIMARY KEY, {name} VARCHAR(40), {town} VARCHAR(40))",
                switch (target.backend()) {
                    case MARIADB -> "CREATE UNIQUE INDEX {beach_prefix} ON {Beaches} ({name}, {town}(3))";
                    case POSTGRESQL, SQLITE ->
                            "CREATE UNIQUE INDEX {beach_prefix} ON {Beaches} ({name}, lower({town}))";
                    case H2 -> "CREATE INDEX {beach_prefix} ON {Beaches} ({name}, {town})";
                });
        db.define("Beach", m -> m.timestamps(false).attribute("name", DataType.string(40), a -> a.unique())
                .attribute("town", DataType.string(40)));

        assertThatThrownBy(db::sync).isInstanceOf(SchemaException.class)
                .hasMessageContaining("Beach (table Beaches): no unique constraint on (name)");
    }

    /** Where table names differ by case (all but SQLite), the other table is reported; SQLite uses it. */
    @DialectTest
    void aTableNamedInAnotherCaseIsReported(TestTarget target) throws Exception {
        Junction db = target.open();
        script(target, db, "CREATE TABLE {beaches} ({id} INTEGER PRIMARY KEY, {name} VARCHAR(40),"
                + " {email} VARCHAR(80))", "INSERT INTO {beaches} ({id}, {name}) VALUES (1, 'Bondi')");
        Model<Row> beaches = beaches(db);

        if (target.backend() == Backend.SQLITE) {
            assertThat(db.sync().statements()).isEmpty();
            assertThat(beaches.findAll()).extracting(r -> r.getString("name")).containsExactly("Bondi");
        } else {
            assertThatThrownBy(db::sync).isInstanceOf(SchemaException.class)
                    .hasMessageContaining("Beach (table Beaches): table beaches exists but the model expects Beaches")
                    .hasMessageContaining("declare tableName(\"beaches\")");
            assertThat(db.describe().table("Beaches")).isEmpty();
        }
    }

    /** Where column names differ by case (PostgreSQL, H2), the other column is reported; elsewhere it is used. */
    @DialectTest
    void aColumnNamedInAnotherCaseIsReported(TestTarget target) throws Exception {
        Junction db = target.open();
        script(target, db, "CREATE TABLE {Beaches} ({id} INTEGER PRIMARY KEY, {Name} VARCHAR(40),"
                + " {email} VARCHAR(80))", "INSERT INTO {Beaches} ({id}, {Name}) VALUES (1, 'Bondi')");
        Model<Row> beaches = beaches(db);

        if (target.backend() == Backend.POSTGRESQL || target.backend() == Backend.H2) {
            assertThatThrownBy(db::sync).isInstanceOf(SchemaException.class)
                    .hasMessageContaining("column Name exists but the model expects name")
                    .hasMessageContaining("column(\"Name\")");
        } else {
            assertThat(db.sync().statements()).isEmpty();
            assertThat(beaches.findAll()).extracting(r -> r.getString("name")).containsExactly("Bondi");
        }
    }

    /** Type spellings, column order, extra columns, defaults and constraint names are not differences. */
    @DialectTest
    void differencesThatDoNotChangeReadsAndWritesAreAllowed(TestTarget target) throws Exception {
        Junction db = target.open();
        script(target, db, "CREATE TABLE {Beaches} ({email} TEXT DEFAULT 'none', {legacy} INTEGER,"
                + " {name} VARCHAR(200) NOT NULL, {id} BIGINT NOT NULL, CONSTRAINT {my_key} PRIMARY KEY ({id}))");
        beaches(db);

        assertThat(db.sync().statements()).isEmpty();
        assertThat(db.sync(SyncMode.ALTER).statements()).isEmpty();
    }

    /** FORCE drops and recreates the model's tables, so what differed is gone. */
    @DialectTest
    void forceRecreatesAMismatchedTableWithoutComplaint(TestTarget target) throws Exception {
        Junction db = target.open();
        script(target, db, "CREATE TABLE {Beaches} ({id} INTEGER PRIMARY KEY, {name} VARCHAR(40))");
        beaches(db);

        db.sync(SyncMode.FORCE);

        assertThat(db.describe().table("Beaches").orElseThrow().column("email")).isPresent();
    }

    /**
     * A statement naming a column the table lacks fails with a SchemaException naming it, on every database — on
     * SQLite too, where a double-quoted unknown name would read back as a string ({@code email = "email"}).
     */
    @DialectTest
    void aQueryOfAMissingColumnFailsNamingIt(TestTarget target) throws Exception {
        Junction db = target.open();
        script(target, db, "CREATE TABLE {Beaches} ({id} INTEGER PRIMARY KEY, {name} VARCHAR(40))",
                "INSERT INTO {Beaches} ({id}, {name}) VALUES (1, 'Bondi')");
        Model<Row> beaches = beaches(db);

        assertThatThrownBy(beaches::findAll).isInstanceOf(SchemaException.class)
                .hasMessageContainingAll("has no column email in Beaches", "does not match its model");
        assertThatThrownBy(() -> beaches.create(Row.of("name", "Manly", "email", "m@example.com")))
                .isInstanceOf(SchemaException.class).hasMessageContaining("has no column email in Beaches");
    }
}
