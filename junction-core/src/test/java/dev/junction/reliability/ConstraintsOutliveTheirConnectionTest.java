package dev.junction.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Row;
import dev.junction.schema.DataType;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;

/**
 * A table's constraints keep working after the connection that created them is gone — as they must, since a pool
 * retires connections (max lifetime, idle timeout) while the tables stay. H2 2.4.240 broke this: an enum column's
 * {@code CHECK (… IN (…))} kept the creating session, and once that session closed every insert failed with "Check
 * constraint invalid".
 */
class ConstraintsOutliveTheirConnectionTest {
    enum Tide { LOW, HIGH }

    private static Model<Row> tides(Junction db) {
        return db.define("TideReading", m -> m.timestamps(false).attribute("tide", DataType.enumOf(Tide.class)));
    }

    @DialectTest
    void anEnumColumnTakesRowsAfterTheConnectionThatCreatedItClosed(TestTarget target) {
        try (Junction first = target.open()) {
            Model<Row> readings = tides(first);
            first.sync();
            readings.create(Row.of("tide", Tide.LOW));
        }
        try (Junction second = target.open()) {
            Model<Row> readings = tides(second);

            readings.create(Row.of("tide", Tide.HIGH));

            assertThat(readings.findAll()).extracting(r -> r.get("tide")).containsExactlyInAnyOrder(Tide.LOW, Tide.HIGH);
        }
    }
}
