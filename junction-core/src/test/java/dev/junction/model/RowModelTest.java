package dev.junction.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Row;
import dev.junction.UniqueConstraintException;
import dev.junction.UnknownModelException;
import dev.junction.ValidationException;
import dev.junction.schema.DataType;
import dev.junction.testing.DialectTest;
import dev.junction.testing.RawSql;
import dev.junction.testing.TestTarget;
import java.sql.SQLException;

/** Models defined by name, whose instances are {@link Row}s, and the Row view of every model. */
class RowModelTest {
    record User(Long id, String username) {
    }

    private static Model<Row> tags(Junction db) {
        Model<Row> tags = db.define("Tag", m -> m
                .attribute("name", DataType.string(40), a -> a.unique())
                .attribute("uses", DataType.bigint())
                .attribute("weight", DataType.integer()));
        db.sync();
        return tags;
    }

    @DialectTest
    void modelWithoutAClassGetsAnAutoIncrementId(TestTarget target) {
        Junction db = target.open();
        Model<Row> tags = tags(db);
        assertThat(tags.type()).isEqualTo(Row.class);
        assertThat(tags.definition().tableName()).isEqualTo("Tags");
        assertThat(tags.definition().generatedKey()).hasValueSatisfying(id -> assertThat(id.name()).isEqualTo("id"));
        Row java = tags.create(Row.of("name", "java"));
        Row sql = tags.create(Row.of("name", "sql"));
        assertThat(java.getLong("id")).isNotNull();
        assertThat(sql.getLong("id")).isGreaterThan(java.getLong("id"));
        assertThat(tags.findByPk(java.get("id")).orElseThrow().getString("name")).isEqualTo("java");
    }

    @DialectTest
    void uniqueOptionOfANamedModelIsEnforced(TestTarget target) {
        Model<Row> tags = tags(target.open());
        tags.create(Row.of("name", "java"));
        UniqueConstraintException e = catchThrowableOfType(UniqueConstraintException.class,
                () -> tags.create(Row.of("name", "java")));
        assertThat(e.table()).isEqualTo("Tags");
        assertThat(e.columns()).containsExactly("name");
    }

    @DialectTest
    void looselyTypedValuesAreCoercedToTheAttributeType(TestTarget target) {
        Model<Row> tags = tags(target.open());
        Row created = tags.create(Row.of("name", "java", "uses", 7, "weight", (short) 3));
        Row read = tags.findByPk(created.get("id")).orElseThrow();
        assertThat(read.get("uses")).isEqualTo(7L);
        assertThat(read.get("weight")).isEqualTo(3);
        assertThat(tags.findByPk(((Number) created.get("id")).intValue())).contains(read);
    }

    @DialectTest
    void valueOfTheWrongTypeIsRejectedNamingModelAndAttribute(TestTarget target) {
        Model<Row> tags = tags(target.open());
        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> tags.create(Row.of("name", "java", "weight", "heavy")));
        assertThat(e.model()).isEqualTo("Tag");
        assertThat(e.attribute()).isEqualTo("weight");
        assertThat(e).hasMessageContaining("Tag").hasMessageContaining("weight").hasMessageContaining("heavy");
        assertThat(tags.count()).isZero();
    }

    @DialectTest
    void unknownAttributeIsRejectedNamingIt(TestTarget target) {
        Model<Row> tags = tags(target.open());
        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> tags.create(Row.of("name", "java", "colour", "red")));
        assertThat(e.model()).isEqualTo("Tag");
        assertThat(e.attribute()).isEqualTo("colour");
        assertThat(e).hasMessageContaining("colour").hasMessageContaining("name");
        assertThat(tags.count()).isZero();
    }

    @DialectTest
    void classModelIsReachableAsRowsByModelNameAndByTableName(TestTarget target) throws SQLException {
        Junction db = target.open();
        Model<User> users = db.define(User.class);
        db.sync();
        User ann = users.create(new User(null, "ann"));

        Model<Row> byName = db.model("User");
        Model<Row> byTable = db.model("Users");
        assertThat(byName.type()).isEqualTo(Row.class);
        assertThat(byName.findByPk(ann.id()).orElseThrow().getString("username")).isEqualTo("ann");
        Row bob = byTable.create(Row.of("username", "bob"));
        assertThat(users.findByPk(bob.get("id"))).contains(new User(bob.getLong("id"), "bob"));
        assertThat(new RawSql(target, db).count("Users")).isEqualTo(2);
    }

    @DialectTest
    void unknownModelNameIsAnErrorListingTheModels(TestTarget target) {
        Junction db = target.open();
        db.define(User.class);
        tags(db);
        UnknownModelException e = catchThrowableOfType(UnknownModelException.class, () -> db.model("Nope"));
        assertThat(e).hasMessageContaining("Nope").hasMessageContaining("User").hasMessageContaining("Tag");
    }
}
