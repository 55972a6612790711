package dev.junction.readme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Row;
import dev.junction.UnsupportedByDatabaseException;
import dev.junction.annotation.Json;
import dev.junction.query.Where;
import dev.junction.schema.DataType;
import dev.junction.testing.Backend;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.util.List;
import java.util.Map;

/** The README's "JSON" example, as written there, on every database (H2 refusing the filters, as it says). */
class ReadmeJsonTest {
    record Address(String street, String city) { }
    record Venue(Long id, String name, Map<String, Object> meta, List<String> tags, @Json Address address) { }

    @DialectTest
    void theJsonExample(TestTarget target) {
        Junction db = target.open();
        Model<Venue> venues = db.define(Venue.class);             // meta, tags: JSON by inference; address by @Json
        db.sync();
        venues.create(new Venue(null, "Hall", Map.of("seats", 120, "stage", Map.of("width", 12)), List.of("jazz"),
                new Address("Main St 1", "Oslo")));

        if (target.backend() == Backend.H2) {
            assertThatThrownBy(() -> venues.findAll(Where.json("meta", "seats").gt(100)))
                    .isInstanceOf(UnsupportedByDatabaseException.class);
        } else {
            List<Venue> big = venues.findAll(Where.json("meta", "seats").gt(100));      // numbers compare as numbers
            List<Venue> wide = venues.findAll(Where.jsonPath("meta.stage.width", 12)); // json(…).eq(12)
            List<Venue> oslo = venues.findAll(Where.json("address", "city").eq("Oslo")
                    .and(Where.json("tags", "0").eq("jazz")));
            assertThat(big).hasSize(1);
            assertThat(wide).hasSize(1);
            assertThat(oslo).hasSize(1);
        }

        Model<Row> events = db.define("Event", m -> m.attribute("payload", DataType.json()));
        db.sync();
        events.create(Row.of("payload", List.of("any", Map.of("json", true))));
        assertThat(venues.findAll().get(0).address()).isEqualTo(new Address("Main St 1", "Oslo"));
        assertThat(events.findAll().get(0).get("payload")).isEqualTo(List.of("any", Map.of("json", true)));
    }
}
