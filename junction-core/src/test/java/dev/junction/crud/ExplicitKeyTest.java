package dev.junction.crud;

import static dev.junction.query.Where.gt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Row;
import dev.junction.ValidationException;
import dev.junction.testing.DialectTest;
import dev.junction.testing.RawSql;
import dev.junction.testing.TestTarget;
import java.util.List;
import java.util.stream.LongStream;

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
        Model<Row> rows = beachRows(target);
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

    @DialectTest
    void anExplicitKeyIsStoredAndReturnedAsGiven(TestTarget target) {
        Junction db = target.open();
        Model<Beach> beaches = db.define(Beach.class);
        db.sync();
        assertThat(beaches.create(new Beach(5L, "Five")).id()).isEqualTo(5L);
        assertThat(beaches.findByPk(5L)).map(Beach::name).contains("Five");
    }

    @DialectTest
    void anExplicitKeyBelowOneIsRejectedBeforeAnythingIsWritten(TestTarget target) {
        Model<Row> rows = beachRows(target);
        for (long key : new long[] {0, -3}) {
            assertThatThrownBy(() -> rows.create(Row.of("id", key, "name", "zero")))
                    .isInstanceOfSatisfying(ValidationException.class, e -> {
                        assertThat(e.model()).isEqualTo("Beach");
                        assertThat(e.attribute()).isEqualTo("id");
                    })
                    .hasMessageContaining("Beach.id").hasMessageContaining("1 or more");
        }
        assertThatThrownBy(() -> rows.bulkCreate(List.of(Row.of("id", 4, "name", "four"), Row.of("id", 0, "name", "zero"))))
                .isInstanceOf(ValidationException.class);
        assertThat(rows.count()).isZero();
        assertThat(rows.create(Row.of("name", "generated")).getLong("id")).isPositive();
    }

    @DialectTest
    void aRolledBackExplicitKeyNeverMovesTheGeneratorBackwards(TestTarget target) {
        Junction db = target.open();
        Model<Beach> beaches = db.define(Beach.class);
        db.sync();
        LongStream.rangeClosed(1, 10).forEach(n -> beaches.create(new Beach(null, "b" + n)));
        try {
            db.useTransaction(tx -> {
                beaches.destroy(gt("id", 5));
                beaches.create(new Beach(6L, "again"));
                throw new IllegalStateException("roll back");
            });
        } catch (IllegalStateException expected) {
            // the transaction rolled back: rows 6 to 10 are there again
        }
        List<Long> next = LongStream.rangeClosed(1, 4).mapToObj(n -> beaches.create(new Beach(null, "n" + n)).id())
                .toList();
        assertThat(next).allSatisfy(id -> assertThat(id).isGreaterThan(10L)).doesNotHaveDuplicates();
        assertThat(beaches.count()).isEqualTo(14);
    }

    @DialectTest
    void aCreateWhoseKeyResyncFailsWritesNothing(TestTarget target) throws Exception {
        Junction db = target.open();
        Model<Beach> beaches = db.define(Beach.class);
        db.sync();
        RawSql raw = new RawSql(target, db);
        switch (target.backend()) { // cap the generator behind Junction's back, so that moving it past 100 fails
            case POSTGRESQL -> raw.script("ALTER SEQUENCE \"Beaches_id_seq\" MAXVALUE 50");
            case H2 -> raw.script(raw.sql("ALTER TABLE {Beaches} ALTER COLUMN {id} SET MAXVALUE 50"));
            default -> { } // MariaDB and SQLite keep track of explicit keys themselves: nothing to resync
        }
        Throwable thrown = catchThrowable(() -> beaches.create(new Beach(100L, "Beyond")));
        assertThat(beaches.findByPk(100L).isPresent()).as("the row exists exactly when create succeeded")
                .isEqualTo(thrown == null);
    }

    /** The Beach model, synced, as Rows. */
    private static Model<Row> beachRows(TestTarget target) {
        Junction db = target.open();
        db.define(Beach.class);
        db.sync();
        return db.model("Beaches");
    }
}
