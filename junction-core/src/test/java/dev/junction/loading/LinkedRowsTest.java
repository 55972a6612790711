package dev.junction.loading;

import static dev.junction.query.Include.include;
import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Row;
import dev.junction.association.BelongsToMany;
import dev.junction.association.Linked;
import dev.junction.query.Include;
import dev.junction.query.Loaded;
import dev.junction.schema.DataType;
import dev.junction.testing.DialectTest;
import dev.junction.testing.RowFavorites;
import dev.junction.testing.TestTarget;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An include keeps each link's join row compactly (the two keys are the parent's and the target's, up to two own
 * values in place, more in an array): whatever it is asked for, the rows it hands out are the rows there are —
 * the same as {@code getLinked} reads, key by key — and the targets are the same instances in the same order.
 */
class LinkedRowsTest {

    private record World(Model<Row> users, BelongsToMany<Row, Row> favorites) {
        static World on(Junction db) {
            db.define("UserFavorites", m -> m.attribute("rating", DataType.integer())
                    .attribute("note", DataType.string(40)).attribute("mood", DataType.string(20)));
            RowFavorites world = RowFavorites.define(db);
            Model<Row> users = world.users();
            Model<Row> shows = world.shows();
            BelongsToMany<Row, Row> favorites = world.favorites();
            Row alice = users.create(Row.of("name", "alice"));
            Row bob = users.create(Row.of("name", "bob"));
            users.create(Row.of("name", "carol")); // no favourites
            Row dune = shows.create(Row.of("title", "Dune"));
            Row heat = shows.create(Row.of("title", "Heat"));
            favorites.add(alice, List.of(dune), Map.of("rating", 5, "note", "epic", "mood", "awed"));
            favorites.add(alice, List.of(heat), Map.of("rating", 4));
            favorites.add(bob, List.of(dune), Map.of("note", "slow"));
            return new World(users, favorites);
        }

        /** Each user's links as the include loaded them: target title → join row. */
        Map<String, Map<String, Map<String, Object>>> included(Include<Row, Row> include) {
            Map<String, Map<String, Map<String, Object>>> out = new HashMap<>();
            for (Loaded<Row> user : users.findAll(include)) {
                Map<String, Map<String, Object>> links = new HashMap<>();
                List<Row> targets = user.get(favorites);
                List<Linked<Row>> linked = user.linked(favorites);
                assertThat(linked).hasSameSizeAs(targets);
                for (int i = 0; i < linked.size(); i++) {
                    assertThat(linked.get(i).target()).isSameAs(targets.get(i));
                    links.put((String) targets.get(i).get("title"), new HashMap<>(linked.get(i).through()));
                }
                out.put((String) user.get().get("name"), links);
            }
            return out;
        }

        /** The same read by getLinked, keeping only {@code names} of each join row (all when null). */
        Map<String, Map<String, Map<String, Object>>> read(List<String> names) {
            Map<String, Map<String, Map<String, Object>>> out = new HashMap<>();
            for (Row user : users.findAll()) {
                Map<String, Map<String, Object>> links = new HashMap<>();
                for (Linked<Row> link : favorites.getLinked(user)) {
                    Map<String, Object> row = new HashMap<>(link.through());
                    if (names != null) row.keySet().retainAll(names);
                    links.put((String) link.target().get("title"), row);
                }
                out.put((String) user.get("name"), links);
            }
            return out;
        }
    }

    @DialectTest
    void everyJoinAttributeByDefault(TestTarget target) {
        World w = World.on(target.open());
        Map<String, Map<String, Map<String, Object>>> included = w.included(include(w.favorites()));
        assertThat(included).isEqualTo(w.read(null));
        assertThat(included.get("alice").get("Dune")).containsEntry("note", "epic").containsEntry("mood", "awed")
                .containsKeys("UserId", "ShowId", "createdAt", "updatedAt");
        assertThat(included.get("carol")).isEmpty();
    }

    @DialectTest
    void anyChoiceOfJoinAttributes(TestTarget target) {
        World w = World.on(target.open());
        for (List<String> names : List.of(List.<String>of(), List.of("note"), List.of("UserId", "ShowId"),
                List.of("rating", "note"), List.of("ShowId", "rating", "note", "mood"))) {
            Map<String, Map<String, Map<String, Object>>> included = w.included(
                    include(w.favorites()).throughAttributes(names.toArray(String[]::new)));
            assertThat(included).as("through attributes %s", names).isEqualTo(w.read(names));
        }
    }
}
