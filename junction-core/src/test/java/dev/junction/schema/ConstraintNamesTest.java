package dev.junction.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.ForeignKeyConstraintException;
import dev.junction.Junction;
import dev.junction.Row;
import dev.junction.UniqueConstraintException;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.util.List;
import java.util.function.Function;

/**
 * Constraint names are made from table and column names, so long names overflow the database's identifier limit
 * (63 on PostgreSQL, 64 on MariaDB, 256 on H2); Junction shortens them deterministically.
 */
class ConstraintNamesTest {

    /** A name of exactly {@code length} characters, ending in {@code tail}. */
    private static String longName(String tail, int length) {
        String filler = "Lifeguard_station_on_the_northern_end_of_the_beach_".repeat(10);
        return filler.substring(0, length - tail.length()) + tail;
    }

    /** The longest names the database accepts for table and columns (at most 200, for SQLite's generous limit). */
    private static int nameLength(Junction db) {
        return Math.min(db.dialect().identifierLimit(), 200);
    }

    private static void defineLongNames(Junction db) {
        int length = nameLength(db);
        db.define("Beach", m -> m.timestamps(false));
        db.define("Station", m -> m.timestamps(false).tableName(longName("T", length))
                .attribute(longName("A", length), DataType.integer(), a -> a.references("Beach").unique())
                .attribute(longName("B", length), DataType.integer(), a -> a.references("Beach").unique()));
    }

    private static DatabaseSchema.Table stationTable(Junction db) {
        return db.describe().table(longName("T", nameLength(db))).orElseThrow();
    }

    private static <C> List<String> names(List<C> constraints, Function<C, String> name) {
        return constraints.stream().map(name).toList();
    }

    @DialectTest
    void longConstraintNamesFitTheIdentifierLimit(TestTarget target) {
        Junction db = target.open();
        defineLongNames(db);

        db.sync();

        DatabaseSchema.Table table = stationTable(db);
        int limit = db.dialect().identifierLimit();
        assertThat(table.foreignKeys()).hasSize(2)
                .allSatisfy(fk -> assertThat(fk.name().length()).isLessThanOrEqualTo(limit));
        assertThat(table.uniqueConstraints()).hasSize(2)
                .allSatisfy(u -> assertThat(u.name().length()).isLessThanOrEqualTo(limit));
    }

    @DialectTest
    void longNamesSharingAHeadGetDistinctConstraintNames(TestTarget target) {
        Junction db = target.open();
        defineLongNames(db);

        db.sync();

        DatabaseSchema.Table table = stationTable(db);
        assertThat(table.uniqueConstraints()).extracting(DatabaseSchema.Unique::name).doesNotHaveDuplicates();
        if (!db.dialect().inlineForeignKeysOnly()) {
            // SQLite keeps no foreign key names to compare.
            assertThat(table.foreignKeys()).extracting(DatabaseSchema.ForeignKey::name).doesNotHaveDuplicates();
        }
    }

    @DialectTest
    void constraintNamesAreTheSameOnEveryRun(TestTarget target) {
        Junction first = target.open();
        defineLongNames(first);
        first.sync();
        DatabaseSchema.Table before = stationTable(first);
        Junction second = target.open();
        defineLongNames(second);

        second.sync(SyncMode.FORCE);

        DatabaseSchema.Table after = stationTable(second);
        assertThat(after.foreignKeys()).extracting(DatabaseSchema.ForeignKey::name)
                .containsExactlyInAnyOrderElementsOf(names(before.foreignKeys(), DatabaseSchema.ForeignKey::name));
        assertThat(after.uniqueConstraints()).extracting(DatabaseSchema.Unique::name)
                .containsExactlyInAnyOrderElementsOf(names(before.uniqueConstraints(), DatabaseSchema.Unique::name));
    }

    @DialectTest
    void violationsOfShortenedConstraintsNameTheirColumns(TestTarget target) {
        Junction db = target.open();
        defineLongNames(db);
        db.sync();
        String columnA = longName("A", nameLength(db));
        String columnB = longName("B", nameLength(db));
        var stations = db.model("Station");
        var beach = db.model("Beach").create(Row.of());
        stations.create(Row.of(columnA, beach.get("id")));

        assertThatThrownBy(() -> stations.create(Row.of(columnA, beach.get("id"))))
                .isInstanceOfSatisfying(UniqueConstraintException.class,
                        e -> assertThat(e.columns()).containsExactly(columnA));
        if (!db.dialect().inlineForeignKeysOnly()) {
            assertThatThrownBy(() -> stations.create(Row.of(columnB, 999)))
                    .isInstanceOfSatisfying(ForeignKeyConstraintException.class,
                            e -> assertThat(e.columns()).containsExactly(columnB));
        }
    }
}
