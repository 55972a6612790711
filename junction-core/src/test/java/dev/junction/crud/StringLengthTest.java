package dev.junction.crud;

import static dev.junction.query.Where.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Row;
import dev.junction.ValidationException;
import dev.junction.query.Where;
import dev.junction.schema.DataType;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.util.List;
import java.util.Map;

/**
 * Text longer than a {@code string(n)} column is refused before anything is written, naming model and attribute —
 * alike on every database (SQLite would store it; the others would refuse it with an error of their own, after
 * earlier rows of the same call were sent).
 */
class StringLengthTest {

    private static Model<Row> beaches(TestTarget target) {
        Junction db = target.open();
        Model<Row> beaches = db.define("Beach", m -> m.attribute("name", DataType.string(5)).timestamps(false));
        db.sync();
        return beaches;
    }

    @DialectTest
    void textThatFitsIsStored(TestTarget target) {
        Model<Row> beaches = beaches(target);

        beaches.create(Row.of("name", "Bondi"));

        assertThat(beaches.findOne(eq("name", "Bondi"))).isPresent();
    }

    @DialectTest
    void createWithLongerTextIsAValidationError(TestTarget target) {
        Model<Row> beaches = beaches(target);

        Throwable thrown = catchThrowable(() -> beaches.create(Row.of("name", "Copacabana")));

        assertThat(thrown).isInstanceOf(ValidationException.class)
                .hasMessageContaining("Beach.name is 10 characters long; its column holds at most 5");
        assertThat(((ValidationException) thrown).attribute()).isEqualTo("name");
        assertThat(beaches.count(Where.all())).isZero();
    }

    @DialectTest
    void bulkCreateWritesNothingWhenOneRowIsTooLong(TestTarget target) {
        Model<Row> beaches = beaches(target);

        Throwable thrown = catchThrowable(() -> beaches.bulkCreate(List.of(Row.of("name", "Bondi"),
                Row.of("name", "Manly"), Row.of("name", "Copacabana"))));

        assertThat(thrown).isInstanceOf(ValidationException.class).hasMessageContaining("Beach.name");
        assertThat(beaches.count(Where.all())).isZero();
    }

    @DialectTest
    void updatesAreCheckedToo(TestTarget target) {
        Model<Row> beaches = beaches(target);
        Row bondi = beaches.create(Row.of("name", "Bondi"));

        Throwable byInstance = catchThrowable(() -> {
            Row renamed = new Row(bondi);
            renamed.put("name", "Bondi Beach");
            beaches.update(renamed);
        });
        Throwable byCondition = catchThrowable(() -> beaches.update(Map.of("name", "Bondi Beach"), eq("name", "Bondi")));

        assertThat(byInstance).isInstanceOf(ValidationException.class).hasMessageContaining("Beach.name is 11");
        assertThat(byCondition).isInstanceOf(ValidationException.class).hasMessageContaining("Beach.name is 11");
        assertThat(beaches.findAll(Where.all())).extracting(r -> r.get("name")).containsExactly("Bondi");
    }

    @DialectTest
    void aFilterWithLongerTextSimplyMatchesNothing(TestTarget target) {
        Model<Row> beaches = beaches(target);
        beaches.create(Row.of("name", "Bondi"));

        assertThat(beaches.findAll(eq("name", "Copacabana"))).isEmpty();
    }
}
