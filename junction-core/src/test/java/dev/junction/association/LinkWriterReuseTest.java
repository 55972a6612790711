package dev.junction.association;

import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Row;
import dev.junction.schema.DataType;
import dev.junction.schema.SyncMode;
import dev.junction.testing.DialectTest;
import dev.junction.testing.RowFavorites;
import dev.junction.testing.TestTarget;
import java.util.List;
import java.util.Map;

/**
 * A many-to-many's writes keep what they rendered from call to call (the statements' texts, the writer itself), by
 * the shape of the call and only while the models stay as they are: different join values given call after call
 * each write exactly theirs, and a join model that gains a column is written with it from the next call on.
 */
class LinkWriterReuseTest {

    private record World(Junction db, Model<Row> users, Model<Row> shows, BelongsToMany<Row, Row> favorites,
                         Model<Row> links) {
        static World on(Junction db) {
            db.define("UserFavorites", m -> m.attribute("rating", DataType.integer())
                    .attribute("note", DataType.string(40)));
            RowFavorites world = RowFavorites.define(db);
            return new World(db, world.users(), world.shows(), world.favorites(), db.model("UserFavorites"));
        }

        /** The one link's row, read back from the table. */
        Row link() {
            List<Row> all = links.findAll();
            assertThat(all).hasSize(1);
            return all.get(0);
        }
    }

    @DialectTest
    void transactionBoundCopiesWriteInTheirTransactionAndTheAssociationOutsideIt(TestTarget target) {
        World w = World.on(target.open());
        Row alice = w.users().create(Row.of("name", "alice"));
        Row dune = w.shows().create(Row.of("title", "Dune"));
        Row arrival = w.shows().create(Row.of("title", "Arrival"));
        Row solaris = w.shows().create(Row.of("title", "Solaris"));
        w.favorites().add(alice, List.of(dune), Map.of("rating", 1)); // the association's writer, kept

        try (dev.junction.Transaction tx = w.db().begin()) {
            w.favorites().in(tx).add(alice, List.of(arrival), Map.of("rating", 2));
            w.favorites().in(tx).set(alice, List.of(arrival, solaris), Map.of());
            Row bob = w.users().in(tx).create(Row.of("name", "bob"));
            w.favorites().in(tx).add(bob, List.of(dune), Map.of()); // a plain add, one statement: in it too
            assertThat(w.favorites().in(tx).get(alice)).extracting(s -> s.get("title"))
                    .containsExactlyInAnyOrder("Arrival", "Solaris");
            tx.rollback();
        }
        w.favorites().add(alice, List.of(solaris), Map.of("rating", 3)); // outside it, after it ended: committed
        try (dev.junction.Transaction tx = w.db().begin()) {
            w.favorites().in(tx).remove(alice, dune);
            tx.commit();
        }

        assertThat(w.links().findAll()).as("bob's link went with the transaction").hasSize(1);
        assertThat(w.favorites().getLinked(alice)).extracting(l -> l.target().get("title"),
                l -> ((Number) l.through().get("rating")).intValue())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Solaris", 3));
    }

    @DialectTest
    void addsOfDifferentJoinValuesEachWriteTheirOwn(TestTarget target) {
        World w = World.on(target.open());
        Row alice = w.users().create(Row.of("name", "alice"));
        Row dune = w.shows().create(Row.of("title", "Dune"));

        w.favorites().add(alice, List.of(dune), Map.of("rating", 3));
        w.favorites().add(alice, List.of(dune), Map.of("note", "again"));
        assertThat(w.link().get("note")).isEqualTo("again");
        assertThat(((Number) w.link().get("rating")).intValue()).isEqualTo(3); // not given: left as it was

        w.favorites().add(alice, List.of(dune), Map.of("rating", 5, "note", "both"));
        w.favorites().add(alice, List.of(dune), Map.of());
        assertThat(w.link().get("note")).isEqualTo("both");
        assertThat(((Number) w.link().get("rating")).intValue()).isEqualTo(5);

        w.favorites().add(alice, List.of(dune), Map.of("note", "last"));
        assertThat(w.link().get("note")).isEqualTo("last");
        assertThat(((Number) w.link().get("rating")).intValue()).isEqualTo(5);
    }

    @DialectTest
    void aJoinModelThatGainsAColumnIsWrittenWithItFromTheNextAdd(TestTarget target) {
        World w = World.on(target.open());
        Row alice = w.users().create(Row.of("name", "alice"));
        Row dune = w.shows().create(Row.of("title", "Dune"));
        Row heat = w.shows().create(Row.of("title", "Heat"));
        w.favorites().add(alice, dune);

        Model<Row> moods = w.db().define("Mood", m -> m.attribute("name", DataType.string(40)));
        w.db().model("UserFavorites").belongsTo(moods);
        w.db().sync(SyncMode.ALTER);
        Row calm = moods.create(Row.of("name", "calm"));

        w.favorites().add(alice, List.of(heat), Map.of("MoodId", calm.get("id")));
        Row heatLink = w.links().findAll().stream().filter(l -> l.get("ShowId").equals(heat.get("id")))
                .findFirst().orElseThrow();
        assertThat(((Number) heatLink.get("MoodId")).longValue()).isEqualTo(((Number) calm.get("id")).longValue());
        assertThat(w.favorites().count(alice)).isEqualTo(2);
    }
}
