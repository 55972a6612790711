package dev.junction.model;

import static dev.junction.query.Where.eq;
import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Row;
import dev.junction.annotation.Table;
import dev.junction.schema.DatabaseSchema;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Table and column names as Sequelize makes them, and the options that change them. */
class NamingTest {
    record User(Long id, String name) {
    }

    record Person(Long id, String firstName, String lastName) {
    }

    record Category(Long id, String name) {
    }

    record SandcastleType(Long id, String name) {
    }

    @Table("humans")
    record Human(Long id, String name) {
    }

    private static List<String> columns(Junction db, String table) {
        DatabaseSchema.Table t = db.describe().table(table).orElseThrow(() -> new AssertionError("no table " + table
                + " in " + db.describe().tables().stream().map(DatabaseSchema.Table::name).toList()));
        return t.columns().stream().map(DatabaseSchema.Column::name).toList();
    }

    /** Defines {@code type}, syncs, and returns the table name the database now holds. */
    private static String tableOf(TestTarget target, Class<?> type) {
        Junction db = target.open();
        String table = db.define(type).definition().tableName();
        db.sync();
        assertThat(db.describe().table(table)).as("table %s exists", table).isPresent();
        return table;
    }

    @DialectTest
    void userIsStoredInUsers(TestTarget target) {
        assertThat(tableOf(target, User.class)).isEqualTo("Users");
    }

    @DialectTest
    void personIsStoredInPeople(TestTarget target) {
        assertThat(tableOf(target, Person.class)).isEqualTo("People");
    }

    @DialectTest
    void categoryIsStoredInCategories(TestTarget target) {
        assertThat(tableOf(target, Category.class)).isEqualTo("Categories");
    }

    @DialectTest
    void onlyTheLastWordOfACompoundNameIsPluralised(TestTarget target) {
        assertThat(tableOf(target, SandcastleType.class)).isEqualTo("SandcastleTypes");
    }

    @DialectTest
    void irregularAndUncountableNamesArePluralisedAsSequelizeDoes(TestTarget target) {
        Junction db = target.open();
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("Salesperson", "Salespeople");
        expected.put("Ox", "Oxen");
        expected.put("Matrix", "Matrices");
        expected.put("SearchIndex", "SearchIndices");
        expected.put("Equipment", "Equipment");
        expected.put("Wildlife", "Wildlife");
        expected.put("Child", "Children");
        expected.put("Status", "Statuses");
        expected.put("Box", "Boxes");
        expected.put("Series", "Series");
        Map<String, String> actual = new LinkedHashMap<>();
        expected.keySet().forEach(name -> actual.put(name, db.define(name, m -> { }).definition().tableName()));
        assertThat(actual).isEqualTo(expected);
        db.sync();
        assertThat(db.describe().tables()).extracting(DatabaseSchema.Table::name)
                .containsExactlyInAnyOrderElementsOf(expected.values());
    }

    @DialectTest
    void timestampColumnsAreAddedAndFilledForRecordsThatDoNotHoldThem(TestTarget target) {
        Junction db = target.open();
        Model<User> users = db.define(User.class);
        db.sync();
        assertThat(columns(db, "Users")).containsExactly("id", "name", "createdAt", "updatedAt");

        Instant before = Instant.now().minusSeconds(1);
        User ann = users.create(new User(null, "ann"));
        Row created = db.model("User").findByPk(ann.id()).orElseThrow();
        assertThat(created.getInstant("createdAt")).isAfter(before).isEqualTo(created.getInstant("updatedAt"));

        users.update(new User(ann.id(), "anna"));
        Row updated = db.model("User").findByPk(ann.id()).orElseThrow();
        assertThat(updated.getInstant("createdAt")).isEqualTo(created.getInstant("createdAt"));
        assertThat(updated.getInstant("updatedAt")).isAfterOrEqualTo(created.getInstant("updatedAt"));
    }

    @DialectTest
    void timestampsFalseOnAModelLeavesThemOut(TestTarget target) {
        Junction db = target.open();
        db.define(User.class, m -> m.timestamps(false));
        db.define(Category.class);
        db.sync();
        assertThat(columns(db, "Users")).containsExactly("id", "name");
        assertThat(columns(db, "Categories")).containsExactly("id", "name", "createdAt", "updatedAt");
    }

    @DialectTest
    void timestampsFalseInTheConfigLeavesThemOutOfEveryModel(TestTarget target) {
        Junction db = target.open(b -> b.timestamps(false));
        Model<User> users = db.define(User.class);
        db.define(Category.class, m -> m.timestamps(true));
        db.sync();
        assertThat(columns(db, "Users")).containsExactly("id", "name");
        assertThat(columns(db, "Categories")).containsExactly("id", "name", "createdAt", "updatedAt");
        assertThat(users.findByPk(users.create(new User(null, "ann")).id())).isPresent();
    }

    @DialectTest
    void underscoredModelUsesSnakeCaseColumns(TestTarget target) {
        Junction db = target.open();
        Model<Person> people = db.define(Person.class, m -> m.underscored(true));
        db.sync();
        assertThat(columns(db, "people")).containsExactly("id", "first_name", "last_name", "created_at",
                "updated_at");
        Person ada = people.create(new Person(null, "Ada", "Lovelace"));
        assertThat(people.findAll(eq("firstName", "Ada"))).containsExactly(ada);
        assertThat(db.model("Person").findByPk(ada.id()).orElseThrow().getInstant("createdAt")).isNotNull();
    }

    @DialectTest
    void underscoredInTheConfigAppliesToEveryModelUnlessOneSaysOtherwise(TestTarget target) {
        Junction db = target.open(b -> b.underscored(true));
        Model<Person> people = db.define(Person.class);
        db.define(User.class, m -> m.underscored(false));
        db.sync();
        assertThat(columns(db, "people")).containsExactly("id", "first_name", "last_name", "created_at",
                "updated_at");
        assertThat(columns(db, "Users")).containsExactly("id", "name", "createdAt", "updatedAt");
        Person ada = people.create(new Person(null, "Ada", "Lovelace"));
        assertThat(people.findByPk(ada.id())).contains(ada);
    }

    @DialectTest
    void explicitColumnNameWinsOverUnderscored(TestTarget target) {
        Junction db = target.open();
        db.define(Person.class, m -> m.underscored(true).attribute("lastName", a -> a.column("surname")));
        db.sync();
        assertThat(columns(db, "people")).containsExactly("id", "first_name", "surname", "created_at", "updated_at");
    }

    @DialectTest
    void tableNameIsUsedVerbatim(TestTarget target) {
        Junction db = target.open();
        Model<Person> people = db.define(Person.class, m -> m.tableName("app_person"));
        db.sync();
        assertThat(people.definition().tableName()).isEqualTo("app_person");
        assertThat(db.describe().table("app_person")).isPresent();
        Person ada = people.create(new Person(null, "Ada", "Lovelace"));
        assertThat(db.model("app_person").findByPk(ada.id()).orElseThrow().getString("lastName"))
                .isEqualTo("Lovelace");
    }

    @DialectTest
    void freezeTableNameUsesTheModelName(TestTarget target) {
        Junction db = target.open();
        Model<Person> people = db.define(Person.class, m -> m.freezeTableName());
        db.sync();
        assertThat(people.definition().tableName()).isEqualTo("Person");
        assertThat(db.describe().table("Person")).isPresent();
        assertThat(db.describe().table("People")).isEmpty();
    }

    @DialectTest
    void tableAnnotationNamesTheTable(TestTarget target) {
        assertThat(tableOf(target, Human.class)).isEqualTo("humans");
    }

    @DialectTest
    void explicitTableNameWinsOverTheAnnotation(TestTarget target) {
        Junction db = target.open();
        assertThat(db.define(Human.class, m -> m.tableName("mortals")).definition().tableName()).isEqualTo("mortals");
    }
}
