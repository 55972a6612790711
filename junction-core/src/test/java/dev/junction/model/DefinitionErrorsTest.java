package dev.junction.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.junction.DefinitionException;
import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Row;
import dev.junction.annotation.Column;
import dev.junction.annotation.Id;
import dev.junction.schema.DataType;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.time.Instant;

/** Wrong definitions fail when the model is defined, with a DefinitionException naming model and attribute. */
class DefinitionErrorsTest {
    record User(Long id, String username, Integer age) {
    }

    /** A List or Map is a json() attribute by inference; other collections are not stored. */
    record Tagged(Long id, java.util.Set<String> tags) {
    }

    record Anything(Long id, Object payload) {
    }

    record NoKey(String name) {
    }

    record Country(@Id(generated = Id.Generated.YES) String code, String name) {
    }

    record Counter(long id, String name) {
    }

    record Pair(@Id(generated = Id.Generated.YES) Long left, @Id Long right) {
    }

    record Stamped(Long id, String createdAt) {
    }

    record Wordy(Long id, @Column(text = true) Integer words) {
    }

    private static DefinitionException definitionError(Runnable define) {
        DefinitionException e = catchThrowableOfType(DefinitionException.class, define::run);
        assertThat(e).as("a DefinitionException").isNotNull();
        return e;
    }

    @DialectTest
    void duplicateAttributeIsRejected(TestTarget target) {
        Junction db = target.open();
        DefinitionException e = definitionError(() -> db.define("Thing", m -> m
                .attribute("size", DataType.string(10))
                .attribute("size", DataType.integer())));
        assertThat(e).hasMessageContaining("Thing").hasMessageContaining("'size'");
    }

    @DialectTest
    void twoAttributesOnOneColumnAreRejected(TestTarget target) {
        Junction db = target.open();
        DefinitionException e = definitionError(() -> db.define("Thing", m -> m
                .attribute("width", DataType.integer(), a -> a.column("dimension"))
                .attribute("height", DataType.integer(), a -> a.column("Dimension"))));
        assertThat(e).hasMessageContaining("Thing").hasMessageContaining("'height'").hasMessageContaining("Dimension");
    }

    @DialectTest
    void underscoredNamesThatMeetOnOneColumnAreRejected(TestTarget target) {
        Junction db = target.open();
        DefinitionException e = definitionError(() -> db.define("Thing", m -> m.underscored(true)
                .attribute("firstName", DataType.string())
                .attribute("first_name", DataType.string())));
        assertThat(e).hasMessageContaining("Thing").hasMessageContaining("'first_name'");
    }

    @DialectTest
    void invalidAttributeNameIsRejected(TestTarget target) {
        Junction db = target.open();
        DefinitionException e = definitionError(() -> db.define("Thing", m -> m
                .attribute("bad name;", DataType.string())));
        assertThat(e).hasMessageContaining("Thing").hasMessageContaining("'bad name;'");
    }

    @DialectTest
    void invalidColumnNameIsRejected(TestTarget target) {
        Junction db = target.open();
        DefinitionException e = definitionError(() -> db.define(User.class, m -> m
                .attribute("username", a -> a.column("name\"; DROP TABLE x; --"))));
        assertThat(e).hasMessageContaining("User").hasMessageContaining("'username'")
                .hasMessageContaining("DROP TABLE");
    }

    @DialectTest
    void invalidTableNameIsRejected(TestTarget target) {
        Junction db = target.open();
        DefinitionException e = definitionError(() -> db.define(User.class, m -> m.tableName("bad name;")));
        assertThat(e).hasMessageContaining("User").hasMessageContaining("'bad name;'");
    }

    @DialectTest
    void columnNameLongerThanTheDatabaseAllowsIsRejected(TestTarget target) {
        Junction db = target.open();
        int limit = db.dialect().identifierLimit();
        String tooLong = "c".repeat(limit + 1);
        DefinitionException e = definitionError(() -> db.define("Thing", m -> m
                .attribute(tooLong, DataType.string())));
        assertThat(e).hasMessageContaining("Thing").hasMessageContaining(tooLong)
                .hasMessageContaining(String.valueOf(limit));
    }

    @DialectTest
    void tableNameLongerThanTheDatabaseAllowsIsRejected(TestTarget target) {
        Junction db = target.open();
        int limit = db.dialect().identifierLimit();
        DefinitionException e = definitionError(() -> db.define(User.class, m -> m.tableName("t".repeat(limit + 1))));
        assertThat(e).hasMessageContaining("User").hasMessageContaining(String.valueOf(limit));
    }

    @DialectTest
    void namesExactlyAtTheDatabaseLimitWork(TestTarget target) {
        Junction db = target.open();
        int limit = db.dialect().identifierLimit();
        String column = "c".repeat(limit);
        Model<Row> things = db.define("Thing", m -> m.tableName("t".repeat(limit))
                .attribute(column, DataType.string(), a -> a.unique()));
        db.sync();
        Row created = things.create(Row.of(column, "fits"));
        assertThat(things.findByPk(created.get("id")).orElseThrow().getString(column)).isEqualTo("fits");
    }

    @DialectTest
    void aCollectionOtherThanAListIsRejected(TestTarget target) {
        Junction db = target.open();
        DefinitionException e = definitionError(() -> db.define(Tagged.class));
        assertThat(e).hasMessageContaining("Tagged").hasMessageContaining("'tags'").hasMessageContaining("Set")
                .hasMessageContaining("Map, List and @Json properties as JSON");
    }

    @DialectTest
    void objectPropertyIsRejected(TestTarget target) {
        Junction db = target.open();
        DefinitionException e = definitionError(() -> db.define(Anything.class));
        assertThat(e).hasMessageContaining("Anything").hasMessageContaining("'payload'")
                .hasMessageContaining("Object");
    }

    @DialectTest
    void objectPropertyIsRejectedEvenWithADeclaredType(TestTarget target) {
        Junction db = target.open();
        DefinitionException e = definitionError(() -> db.define(Anything.class, m -> m
                .attribute("payload", DataType.string())));
        assertThat(e).hasMessageContaining("Anything").hasMessageContaining("'payload'")
                .hasMessageContaining("Object");
    }

    @DialectTest
    void typeOptionThatDoesNotFitThePropertyIsRejected(TestTarget target) {
        Junction db = target.open();
        DefinitionException e = definitionError(() -> db.define(User.class, m -> m
                .attribute("age", a -> a.type(DataType.string(3)))));
        assertThat(e).hasMessageContaining("User").hasMessageContaining("'age'").hasMessageContaining("Integer");
    }

    @DialectTest
    void textAnnotationOnANonStringPropertyIsRejected(TestTarget target) {
        Junction db = target.open();
        DefinitionException e = definitionError(() -> db.define(Wordy.class));
        assertThat(e).hasMessageContaining("Wordy").hasMessageContaining("'words'").hasMessageContaining("Integer");
    }

    @DialectTest
    void classWithoutAKeyIsRejected(TestTarget target) {
        Junction db = target.open();
        DefinitionException e = definitionError(() -> db.define(NoKey.class));
        assertThat(e).hasMessageContaining("NoKey").hasMessageContaining("primary key");
    }

    @DialectTest
    void autoIncrementOnANonIntegerIsRejected(TestTarget target) {
        Junction db = target.open();
        DefinitionException e = definitionError(() -> db.define(Country.class));
        assertThat(e).hasMessageContaining("Country").hasMessageContaining("'code'")
                .hasMessageContaining("auto-increment");
    }

    @DialectTest
    void autoIncrementOnPartOfACompositeKeyIsRejected(TestTarget target) {
        Junction db = target.open();
        DefinitionException e = definitionError(() -> db.define(Pair.class));
        assertThat(e).hasMessageContaining("Pair").hasMessageContaining("'left'");
    }

    @DialectTest
    void primitiveGeneratedKeyIsRejected(TestTarget target) {
        Junction db = target.open();
        DefinitionException e = definitionError(() -> db.define(Counter.class));
        assertThat(e).hasMessageContaining("Counter").hasMessageContaining("'id'").hasMessageContaining("Long");
    }

    @DialectTest
    void defaultOfTheWrongTypeIsRejected(TestTarget target) {
        Junction db = target.open();
        DefinitionException e = definitionError(() -> db.define(User.class, m -> m
                .attribute("age", a -> a.defaultValue("eighteen"))));
        assertThat(e).hasMessageContaining("User").hasMessageContaining("'age'").hasMessageContaining("String");
    }

    @DialectTest
    void timestampAttributeOfTheWrongTypeIsRejected(TestTarget target) {
        Junction db = target.open();
        DefinitionException e = definitionError(() -> db.define(Stamped.class));
        assertThat(e).hasMessageContaining("Stamped").hasMessageContaining("'createdAt'");
    }

    @DialectTest
    void sameModelNameTwiceIsRejected(TestTarget target) {
        Junction db = target.open();
        db.define(User.class);
        DefinitionException e = definitionError(() -> db.define("User", m -> m.tableName("OtherUsers")));
        assertThat(e).hasMessageContaining("User").hasMessageContaining("already defined");
    }

    @DialectTest
    void twoModelsOnOneTableAreRejected(TestTarget target) {
        Junction db = target.open();
        db.define("Visitor", m -> m.tableName("Guests"));
        DefinitionException e = definitionError(() -> db.define("Guest", m -> m.tableName("guests")));
        assertThat(e).hasMessageContaining("Guest").hasMessageContaining("Visitor").hasMessageContaining("guests");
    }

    @DialectTest
    void adjustingAPropertyTheClassDoesNotHaveIsRejected(TestTarget target) {
        Junction db = target.open();
        DefinitionException e = definitionError(() -> db.define(User.class, m -> m
                .attribute("nickname", a -> a.unique())));
        assertThat(e).hasMessageContaining("User").hasMessageContaining("'nickname'")
                .hasMessageContaining("username");
    }

    @DialectTest
    void failedDefinitionLeavesTheNameFree(TestTarget target) {
        Junction db = target.open();
        definitionError(() -> db.define(User.class, m -> m.attribute("nickname", a -> a.unique())));
        Model<User> users = db.define(User.class);
        assertThat(db.definitions()).extracting(d -> d.name()).containsExactly("User");
        db.sync();
        assertThat(users.create(new User(null, "ann", 30)).id()).isNotNull();
    }
}
