package dev.junction.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Row;
import dev.junction.query.Order;
import dev.junction.query.Query;
import dev.junction.schema.DataType;
import dev.junction.seed.SeedException;
import dev.junction.seed.Seeder;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;

/** Seed files give json() attributes maps, lists and scalars, in YAML or JSON, for class and Row models. */
class JsonSeedTest {
    record Address(String street, String city) {
    }

    record Venue(Long id, String name, List<Address> branches, Map<String, Object> meta) {
    }

    @TempDir
    Path seeders;

    private void write(String name, String text) {
        try {
            Files.writeString(seeders.resolve(name), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DialectTest
    void yamlMapsListsAndScalarsBecomeJson(TestTarget target) {
        Junction db = target.open();
        Model<Venue> venues = db.define(Venue.class);
        Model<Row> events = db.define("Event", m -> m.attribute("name", DataType.string())
                .attribute("payload", DataType.json()));
        db.sync();
        write("01-venues.yaml", """
                Venue:
                  - name: Hall
                    branches:
                      - { street: Main 1, city: Oslo }
                      - { street: Side 2, city: Bergen }
                    meta: { seats: 120, open: true, rating: 4.5, tags: [jazz, blues], owner: null,
                            big: 123456789012345678901234567890 }
                Event:
                  - { name: a, payload: { k: [1, 2] } }
                  - { name: b, payload: [x, { y: false }] }
                  - { name: c, payload: just text }
                  - { name: d, payload: 7 }
                  - { name: e, payload: null }
                """);
        write("02-more.json", """
                {"Event": [{"name": "f", "payload": {"nested": {"deep": [true, null]}}}]}
                """);
        assertThat(Seeder.of(db, seeders).applyPending()).hasSize(2);
        Venue hall = venues.findAll().get(0);
        assertThat(hall.branches()).containsExactly(new Address("Main 1", "Oslo"), new Address("Side 2", "Bergen"));
        assertThat(hall.meta()).containsEntry("seats", 120).containsEntry("open", true).containsEntry("rating", 4.5)
                .containsEntry("tags", List.of("jazz", "blues")).containsEntry("owner", null)
                .containsEntry("big", new BigInteger("123456789012345678901234567890"));
        List<Object> payloads = events.findAll(Query.all().order(Order.asc("name"))).stream()
                .map(r -> r.get("payload")).toList();
        assertThat(payloads).containsExactly(Map.of("k", List.of(1, 2)), List.of("x", Map.of("y", false)),
                "just text", 7, null, Map.of("nested", Map.of("deep", java.util.Arrays.asList(true, null))));
    }

    @DialectTest
    void aSeedValueOfTheWrongShapeNamesTheFileAndAttribute(TestTarget target) {
        Junction db = target.open();
        db.define(Venue.class);
        db.sync();
        write("01-bad.yaml", """
                Venue:
                  - { name: Hall, branches: { street: not a list } }
                """);
        assertThatThrownBy(() -> Seeder.of(db, seeders).applyPending()).isInstanceOf(SeedException.class)
                .hasMessageContaining("01-bad.yaml").hasMessageContaining("Venue.branches");
        assertThat(db.model(Venue.class).count()).isZero();
    }
}
