package dev.junction.values;

import static dev.junction.query.Where.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Row;
import dev.junction.ValidationException;
import dev.junction.query.Where;
import dev.junction.schema.DataType;
import dev.junction.testing.Backend;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.util.List;

/**
 * NaN and infinities are stored where the database can hold them and refused, as a {@link ValidationException},
 * where it cannot: PostgreSQL and H2 keep all three, SQLite keeps the infinities (NaN would become NULL), MariaDB
 * none.
 */
class DoubleValuesTest {

    private static Model<Row> readings(TestTarget target) {
        Junction db = target.open();
        Model<Row> readings = db.define("Reading", m -> m.attribute("value", DataType.doubleType()).timestamps(false));
        db.sync();
        return readings;
    }

    private static boolean storesNaN(TestTarget target) {
        return target.backend() == Backend.POSTGRESQL || target.backend() == Backend.H2;
    }

    @DialectTest
    void nanIsStoredWhereTheDatabaseCanAndAValidationErrorElsewhere(TestTarget target) {
        Model<Row> readings = readings(target);

        Throwable thrown = catchThrowable(() -> readings.create(Row.of("value", Double.NaN)));

        if (storesNaN(target)) {
            assertThat(thrown).isNull();
            assertThat(readings.findAll(Where.all())).extracting(r -> r.get("value")).containsExactly(Double.NaN);
        } else {
            assertThat(thrown).isInstanceOf(ValidationException.class)
                    .hasMessageContaining("Reading.value is NaN, which " + target.backend().displayName()
                            + " cannot store");
            assertThat(readings.count(Where.all())).isZero();
        }
    }

    @DialectTest
    void infinitiesAreStoredWhereTheDatabaseCanAndAValidationErrorElsewhere(TestTarget target) {
        Model<Row> readings = readings(target);

        Throwable thrown = catchThrowable(() -> readings.bulkCreate(List.of(
                Row.of("value", Double.POSITIVE_INFINITY), Row.of("value", Double.NEGATIVE_INFINITY))));

        if (target.backend() == Backend.MARIADB) {
            assertThat(thrown).isInstanceOf(ValidationException.class)
                    .hasMessageContaining("Reading.value is Infinity, which MariaDB cannot store");
            assertThat(readings.count(Where.all())).isZero();
        } else {
            assertThat(thrown).isNull();
            assertThat(readings.findAll(Where.all())).extracting(r -> r.get("value"))
                    .containsExactlyInAnyOrder(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY);
        }
    }

    @DialectTest
    void aNanFilterFindsNanWhereItIsStoredAndIsAValidationErrorElsewhere(TestTarget target) {
        Model<Row> readings = readings(target);
        readings.create(Row.of("value", 1.5));

        Throwable thrown = catchThrowable(() -> readings.findAll(eq("value", Double.NaN)));

        if (storesNaN(target)) {
            assertThat(thrown).isNull();
        } else {
            assertThat(thrown).isInstanceOf(ValidationException.class).hasMessageContaining("Reading.value is NaN");
        }
    }
}
