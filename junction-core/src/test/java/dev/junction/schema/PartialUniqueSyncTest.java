package dev.junction.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Row;
import dev.junction.UniqueConstraintException;
import dev.junction.testing.Backend;
import dev.junction.testing.DialectTest;
import dev.junction.testing.RawSql;
import dev.junction.testing.TestTarget;
import java.util.Map;

/**
 * A partial unique index ({@code … WHERE col IS NULL}) counts as a model's unique key only for a paranoid model whose
 * soft-delete column it names (PostgreSQL, SQLite): a model that is not paranoid still gets its full UNIQUE from
 * {@code sync(ALTER)} beside a user's partial index, and a model that became paranoid over a full UNIQUE is told,
 * by {@code check()} and by {@code sync(ALTER)}'s warnings, that its key is not the partial one it wants.
 */
class PartialUniqueSyncTest {
    private static boolean partial(TestTarget target) {
        return target.backend() == Backend.POSTGRESQL || target.backend() == Backend.SQLITE;
    }

    @DialectTest
    void aModelThatIsNotParanoidGetsItsFullUniqueBesideAUsersPartialIndex(TestTarget target) throws Exception {
        Junction db = target.open();
        db.define("Beach", m -> m.attribute("name", DataType.string(40)).attribute("note", DataType.string(40)));
        db.sync();
        if (partial(target)) {
            new RawSql(target, db).script(
                    "CREATE UNIQUE INDEX beach_name_unnoted ON \"Beaches\" (name) WHERE note IS NULL");
        }
        Junction again = target.open();
        Model<Row> beaches = again.define("Beach", m -> m.attribute("name", DataType.string(40), a -> a.unique())
                .attribute("note", DataType.string(40)));

        assertThat(again.check().differences()).extracting(SchemaDifference::kind).containsExactly(
                SchemaDifference.Kind.UNIQUE);
        assertThat(again.sync(SyncMode.ALTER).statements()).singleElement().asString().contains("UNIQUE")
                .doesNotContain("IS NULL");

        assertThat(again.check().matches()).as(again.check().toString()).isTrue();
        beaches.create(new Row(Map.of("name", "Bondi", "note", "north end")));
        assertThatThrownBy(() -> beaches.create(new Row(Map.of("name", "Bondi", "note", "south end"))))
                .isInstanceOf(UniqueConstraintException.class);
    }

    @DialectTest
    void aModelThatBecameParanoidOverAFullUniqueIsToldItIsNotPartial(TestTarget target) {
        Junction db = target.open();
        db.define("Beach", m -> m.attribute("name", DataType.string(40), a -> a.unique()));
        db.sync();
        Junction again = target.open();
        again.define("Beach", m -> m.paranoid().attribute("name", DataType.string(40), a -> a.unique()));

        SyncReport report = again.sync(SyncMode.ALTER);

        assertThat(report.statements()).singleElement().asString().contains("deletedAt");
        if (partial(target)) {
            assertThat(again.check().differences()).singleElement().satisfies(d -> {
                assertThat(d.kind()).isEqualTo(SchemaDifference.Kind.UNIQUE);
                assertThat(d.expected()).isEqualTo("(name) WHERE deletedAt IS NULL");
                assertThat(d.actual()).isEqualTo("(name)");
            });
            assertThat(report.warnings()).anySatisfy(w -> assertThat(w).contains("WHERE deletedAt IS NULL"));
        } else {
            assertThat(again.check().matches()).as(again.check().toString()).isTrue();
            assertThat(report.warnings()).isEmpty();
        }
    }

    @DialectTest
    void aParanoidModelsOwnPartialKeysMatch(TestTarget target) {
        Junction db = target.open();
        db.define("Beach", m -> m.paranoid().attribute("name", DataType.string(40), a -> a.unique()));
        db.sync();

        assertThat(db.check().matches()).as(db.check().toString()).isTrue();
        assertThat(db.sync(SyncMode.ALTER).statements()).isEmpty();
        assertThat(db.describe().table("Beaches").orElseThrow().uniqueConstraints()).singleElement()
                .extracting(DatabaseSchema.Unique::liveColumn).isEqualTo(partial(target) ? "deletedAt" : null);
    }
}
