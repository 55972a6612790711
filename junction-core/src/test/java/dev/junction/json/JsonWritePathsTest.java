package dev.junction.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.BulkOptions;
import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Row;
import dev.junction.query.Order;
import dev.junction.query.Query;
import dev.junction.query.Where;
import dev.junction.schema.DataType;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.util.List;
import java.util.Map;

/** Every write path takes json() values: partial update, patch, update by filter, upserts, join-table extras. */
class JsonWritePathsTest {
    record Venue(Long id, String name, Map<String, Object> meta, List<String> tags) {
    }

    private static Model<Venue> venues(Junction db) {
        Model<Venue> venues = db.define(Venue.class, m -> m.attribute("name", DataType.string(), a -> a.unique()));
        db.sync();
        return venues;
    }

    private static Venue named(Model<Venue> venues, String name) {
        return venues.findOne(Where.eq("name", name)).orElseThrow();
    }

    @DialectTest
    void partialUpdatePatchAndUpdateByFilterWriteJson(TestTarget target) {
        Model<Venue> venues = venues(target.open());
        Venue hall = venues.create(new Venue(null, "Hall", Map.of("a", 1), List.of("x")));
        venues.update(new Venue(hall.id(), "Hall", Map.of("a", 2), List.of("ignored")), "meta");
        assertThat(named(venues, "Hall").meta()).isEqualTo(Map.of("a", 2));
        assertThat(named(venues, "Hall").tags()).containsExactly("x");
        Venue patched = venues.patch(hall.id(), Map.of("tags", List.of("y", "z")));
        assertThat(patched.tags()).containsExactly("y", "z");
        assertThat(venues.update(Map.of("meta", Map.of("b", List.of(true))), Where.eq("name", "Hall"))).isEqualTo(1);
        assertThat(named(venues, "Hall").meta()).isEqualTo(Map.of("b", List.of(true)));
    }

    @DialectTest
    void upsertsWriteJson(TestTarget target) {
        Model<Venue> venues = venues(target.open());
        venues.bulkCreate(List.of(new Venue(null, "A", Map.of("v", 1), List.of("a")),
                new Venue(null, "B", Map.of("v", 1), List.of("b"))));
        venues.bulkCreate(List.of(new Venue(null, "A", Map.of("v", 2), List.of("a2")),
                new Venue(null, "C", Map.of("v", 3), List.of())), BulkOptions.updateOnDuplicate("meta", "tags"));
        List<Venue> all = venues.findAll(Query.all().order(Order.asc("name")));
        assertThat(all).extracting(Venue::name).containsExactly("A", "B", "C");
        assertThat(all.get(0).meta()).isEqualTo(Map.of("v", 2));
        assertThat(all.get(0).tags()).containsExactly("a2");
        assertThat(all.get(1).meta()).isEqualTo(Map.of("v", 1));
        assertThat(all.get(2).tags()).isEmpty();
    }

    record Fan(Long id, String name) {
    }

    @DialectTest
    void aJoinTableCarriesJsonThroughValues(TestTarget target) {
        Junction db = target.open();
        Model<Fan> fans = db.define(Fan.class);
        Model<Venue> venues = db.define(Venue.class);
        db.define("Visit", m -> m.attribute("notes", DataType.json()));
        var visits = fans.belongsToMany(venues, dev.junction.association.Associations.through("Visit"));
        db.sync();
        Fan ann = fans.create(new Fan(null, "Ann"));
        Venue hall = venues.create(new Venue(null, "Hall", Map.of(), List.of()));
        visits.add(ann, List.of(hall), Map.of("notes", Map.of("stars", 5)));
        Row link = db.model("Visit").findAll().get(0);
        assertThat(link.get("notes")).isEqualTo(Map.of("stars", 5));
    }
}
