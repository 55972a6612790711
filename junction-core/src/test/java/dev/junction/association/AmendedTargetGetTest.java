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

/**
 * A plain {@code get} reuses the SQL it rendered, but not across a change of the models: when a later association
 * gives the target a column, the next {@code get} selects it too.
 */
class AmendedTargetGetTest {

    @DialectTest
    void aGetAfterTheTargetGainedAColumnReadsIt(TestTarget target) {
        Junction db = target.open();
        RowFavorites f = RowFavorites.define(db);
        Row alice = f.users().create(Row.of("name", "alice"));
        Row dune = f.shows().create(Row.of("title", "Dune"));
        f.favorites().add(alice, dune);
        assertThat(f.favorites().get(alice)).singleElement()
                .satisfies(s -> assertThat(s).doesNotContainKey("StudioId"));

        Model<Row> studios = db.define("Studio", m -> m.attribute("name", DataType.string(40)));
        f.shows().belongsTo(studios);
        db.sync(SyncMode.ALTER);
        Row ghibli = studios.create(Row.of("name", "Ghibli"));
        f.shows().update(java.util.Map.of("StudioId", ghibli.get("id")), dev.junction.query.Where.all());

        assertThat(f.favorites().get(alice)).singleElement()
                .satisfies(s -> assertThat(s).containsEntry("title", "Dune").containsKey("StudioId"));
        assertThat(((Number) f.favorites().get(alice).get(0).get("StudioId")).longValue())
                .isEqualTo(((Number) ghibli.get("id")).longValue());
    }
}
