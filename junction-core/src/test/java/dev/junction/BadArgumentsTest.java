package dev.junction;

import static dev.junction.query.Where.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.junction.query.Query;
import dev.junction.schema.DataType;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.time.Duration;

/**
 * Out-of-range arguments of the public API (not nulls: {@link NullArgumentsTest}) are Junction's typed errors naming
 * the call — a {@link DefinitionException} for a declaration, a {@link ValidationException} for a value — never an
 * {@code IllegalArgumentException}; and nothing is written.
 */
class BadArgumentsTest {
    record Tag(Long id, String name) {
    }

    @DialectTest
    void aTypeOutOfRangeIsADefinitionErrorAndDefinesNothing(TestTarget target) {
        Junction db = target.open();

        assertThat(catchThrowable(() -> db.define("Tag", m -> m.attribute("name", DataType.string(0)))))
                .isInstanceOf(DefinitionException.class).hasMessageContaining("DataType.string")
                .hasMessageContaining("was 0");
        assertThat(catchThrowable(() -> db.define("Tag", m -> m.attribute("hash", DataType.binary(0)))))
                .isInstanceOf(DefinitionException.class).hasMessageContaining("DataType.binary")
                .hasMessageContaining("was 0");
        assertThat(catchThrowable(() -> db.define("Tag", m -> m.attribute("price", DataType.decimal(4, 6)))))
                .isInstanceOf(DefinitionException.class).hasMessageContaining("DataType.decimal")
                .hasMessageContaining("(4, 6)");
        assertThat(db.definitions()).isEmpty();
    }

    @DialectTest
    void aNegativePageOrAnOddRowIsAValidationErrorAndWritesNothing(TestTarget target) {
        Junction db = target.open();
        Model<Tag> tags = db.define(Tag.class);
        db.sync();
        tags.create(new Tag(null, "beach"));

        assertThat(catchThrowable(() -> tags.findAll(Query.where(eq("name", "beach")).limit(-1))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("limit");
        assertThat(catchThrowable(() -> Query.all().offset(-5))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("offset");
        assertThat(catchThrowable(() -> db.model("Tags").create(Row.of("name", "sea", "id"))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("odd number");
        assertThat(catchThrowable(() -> tags.bulkCreate(java.util.List.of(new Tag(null, "sea")),
                BulkOptions.updateOnDuplicate()))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("updateOnDuplicate");
        assertThat(tags.count(dev.junction.query.Where.all())).isEqualTo(1);
    }

    @DialectTest
    void aPoolSettingOutOfRangeIsAValidationError(TestTarget target) {
        assertThat(catchThrowable(() -> target.config().maxPoolSize(0).build()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("maxPoolSize");
        assertThat(catchThrowable(() -> target.config()
                .leakDetection(Duration.ofMillis(500)).build()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("leakDetection");
    }
}
