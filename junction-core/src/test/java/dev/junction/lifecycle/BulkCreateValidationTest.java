package dev.junction.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Row;
import dev.junction.ValidationException;
import dev.junction.ValidationException.Failure;
import dev.junction.annotation.Column;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.util.List;

/**
 * A bulkCreate names the row of every failure — a missing required value and a value that cannot be stored as well
 * as a broken validator — all in one ValidationException, and writes nothing.
 */
class BulkCreateValidationTest {
    record Buoy(Long id, @Column(allowNull = false) String label, Integer number) { }

    private static Model<Buoy> buoys(Junction db) {
        Model<Buoy> buoys = db.define(Buoy.class, m -> m.attribute("number", a -> a.min(1)));
        db.sync();
        return buoys;
    }

    @DialectTest
    void aMissingRequiredValueNamesItsRowAlongsideTheValidatorsFailures(TestTarget target) {
        Junction db = target.open();
        Model<Buoy> buoys = buoys(db);
        List<Buoy> batch = List.of(new Buoy(null, "N1", 1), new Buoy(null, null, 2), new Buoy(null, "N3", 0),
                new Buoy(null, null, -1));
        assertThatThrownBy(() -> buoys.bulkCreate(batch)).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.failures()).extracting(Failure::row, Failure::attribute, Failure::rule).containsExactly(
                    tuple(1, "label", "notNull"), tuple(2, "number", "min"), tuple(3, "label", "notNull"),
                    tuple(3, "number", "min"));
            assertThat(e.getMessage()).contains("row 1: Buoy.label cannot be null", "row 3: Buoy.label cannot be"
                    + " null");
            assertThat(e.model()).isEqualTo("Buoy");
        });
        assertThat(buoys.count()).isZero();
    }

    @DialectTest
    void aModelWithoutValidatorsNamesTheRowOfAMissingValueToo(TestTarget target) {
        Junction db = target.open();
        Model<Buoy> buoys = db.define(Buoy.class);
        db.sync();
        assertThatThrownBy(() -> buoys.bulkCreate(List.of(new Buoy(null, "N1", 1), new Buoy(null, null, 2))))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.failures()).extracting(Failure::row, Failure::attribute, Failure::rule)
                            .containsExactly(tuple(1, "label", "notNull"));
                    assertThat(e.attribute()).isEqualTo("label");
                });
        assertThat(buoys.count()).isZero();
    }

    @DialectTest
    void aValueThatCannotBeStoredNamesItsRow(TestTarget target) {
        Junction db = target.open();
        buoys(db);
        Model<Row> rows = db.model("Buoy");
        assertThatThrownBy(() -> rows.bulkCreate(List.of(Row.of("label", "N1", "number", 1),
                Row.of("label", "N2", "number", "two"), Row.of("label", "a\u0000b", "number", 3))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.failures())
                        .extracting(Failure::row, Failure::attribute, Failure::rule)
                        .containsExactly(tuple(1, "number", "value"), tuple(2, "label", "value")));
        assertThat(rows.count()).isZero();
    }
}
