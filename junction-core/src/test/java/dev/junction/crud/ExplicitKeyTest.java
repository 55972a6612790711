package dev.junction.crud;

import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Row;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.util.List;

/** Rows created with explicit values for a generated key never make a later generated key collide. */
class ExplicitKeyTest {
    record Beach(Long id, String name) { }

    @DialectTest
    void generatedKeysContinueAfterAnExplicitOne(TestTarget target) {
        Junction db = target.open();
        Model<Beach> beaches = db.define(Beach.class);
        db.sync();
        beaches.create(new Beach(100L, "Given"));
        Beach next = beaches.create(new Beach(null, "Generated"));
        assertThat(next.id()).isGreaterThan(100L);
    }

    @DialectTest
    void bulkCreatedExplicitKeysAreSkippedByTheGenerator(TestTarget target) {
        Junction db = target.open();
        db.define(Beach.class);
        db.sync();
        Model<Row> rows = db.model("Beaches");
        rows.bulkCreate(List.of(Row.of("id", 7, "name", "a"), Row.of("id", 42, "name", "b")));
        Row generated = rows.create(Row.of("name", "c"));
        assertThat(generated.getLong("id")).isGreaterThan(42L);
        assertThat(rows.count()).isEqualTo(3);
    }

    @DialectTest
    void aThrowingListenerDoesNotChangeTheOutcome(TestTarget target) {
        Junction db = target.open(b -> b.listener((sql, params, nanos) -> {
            throw new IllegalStateException("listener bug");
        }));
        Model<Beach> beaches = db.define(Beach.class);
        db.sync();
        assertThat(beaches.create(new Beach(null, "Calm")).id()).isNotNull();
    }
}
