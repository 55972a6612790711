package dev.junction.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.ConnectionException;
import dev.junction.ForeignKeyConstraintException;
import dev.junction.Junction;
import dev.junction.JunctionConfig;
import dev.junction.Model;
import dev.junction.NotNullConstraintException;
import dev.junction.Row;
import dev.junction.UniqueConstraintException;
import dev.junction.query.Where;
import dev.junction.testing.Backend;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

class ConstraintErrorsTest {

    private static Model<Row> lockers(Junction db) {
        Model<Row> lockers = db.define("Locker", m -> m.timestamps(false)
                .attribute("code", DataType.string(20), a -> a.unique())
                .attribute("row", DataType.integer(), a -> a.unique("position"))
                .attribute("col", DataType.integer(), a -> a.unique("position")));
        db.sync();
        return lockers;
    }

    /** Beach ← Tower, RESTRICT on delete. */
    private static Model<Row> towers(Junction db) {
        db.define("Beach", m -> m.timestamps(false));
        Model<Row> towers = db.define("Tower", m -> m.timestamps(false)
                .attribute("BeachId", DataType.integer(),
                        a -> a.references("Beach", "id", ReferentialAction.RESTRICT, ReferentialAction.CASCADE)));
        db.sync();
        return towers;
    }

    @DialectTest
    void uniqueViolationNamesTableAndColumn(TestTarget target) {
        Model<Row> lockers = lockers(target.open());
        lockers.create(Row.of("code", "A1"));

        assertThatThrownBy(() -> lockers.create(Row.of("code", "A1")))
                .isInstanceOfSatisfying(UniqueConstraintException.class, e -> {
                    assertThat(e.table()).isEqualTo("Lockers");
                    assertThat(e.columns()).containsExactly("code");
                })
                .hasMessageContaining("Lockers")
                .hasMessageContaining("code");
    }

    /** SQLite names the columns but never the constraint. */
    @DialectTest
    void uniqueViolationNamesTheConstraintWhereTheDatabaseSaysIt(TestTarget target) {
        Model<Row> lockers = lockers(target.open());
        lockers.create(Row.of("code", "A1"));

        assertThatThrownBy(() -> lockers.create(Row.of("code", "A1")))
                .isInstanceOfSatisfying(UniqueConstraintException.class, e -> {
                    if (target.backend() == Backend.SQLITE) {
                        assertThat(e.constraint()).isNull();
                    } else {
                        assertThat(e.constraint()).isEqualTo("Lockers_code_key");
                        assertThat(e).hasMessageContaining("Lockers_code_key");
                    }
                });
    }

    @DialectTest
    void compositeUniqueViolationNamesBothColumns(TestTarget target) {
        Model<Row> lockers = lockers(target.open());
        lockers.create(Row.of("code", "A1", "row", 1, "col", 2));

        assertThatThrownBy(() -> lockers.create(Row.of("code", "B2", "row", 1, "col", 2)))
                .isInstanceOfSatisfying(UniqueConstraintException.class, e -> {
                    assertThat(e.table()).isEqualTo("Lockers");
                    assertThat(e.columns()).containsExactlyInAnyOrder("row", "col");
                })
                .hasMessageContaining("Lockers");
    }

    @DialectTest
    void uniqueViolationByUpdateNamesTableAndColumn(TestTarget target) {
        Model<Row> lockers = lockers(target.open());
        lockers.create(Row.of("code", "A1"));
        lockers.create(Row.of("code", "B2"));

        assertThatThrownBy(() -> lockers.update(Map.of("code", "A1"), Where.eq("code", "B2")))
                .isInstanceOfSatisfying(UniqueConstraintException.class, e -> {
                    assertThat(e.table()).isEqualTo("Lockers");
                    assertThat(e.columns()).containsExactly("code");
                });
    }

    @DialectTest
    void primaryKeyViolationIsAUniqueViolationOnTheKey(TestTarget target) {
        Junction db = target.open();
        Model<Row> plots = db.define("Plot", m -> m.timestamps(false)
                .attribute("zone", DataType.string(10), a -> a.primaryKey())
                .attribute("area", DataType.integer(), a -> a.primaryKey()));
        db.sync();
        plots.create(Row.of("zone", "N", "area", 1));

        assertThatThrownBy(() -> plots.create(Row.of("zone", "N", "area", 1)))
                .isInstanceOfSatisfying(UniqueConstraintException.class, e -> {
                    assertThat(e.table()).isEqualTo("Plots");
                    assertThat(e.columns()).containsExactlyInAnyOrder("zone", "area");
                });
    }

    @DialectTest
    void foreignKeyViolationOnInsertOfChildWithMissingParent(TestTarget target) {
        Model<Row> towers = towers(target.open());

        assertThatThrownBy(() -> towers.create(Row.of("BeachId", 42)))
                .isInstanceOfSatisfying(ForeignKeyConstraintException.class,
                        e -> assertThat(e.table()).isEqualTo("Towers"))
                .hasMessageContaining("Towers");
    }

    /** SQLite says only "FOREIGN KEY constraint failed": neither constraint nor column, so it is left out here. */
    @DialectTest
    void foreignKeyViolationNamesConstraintAndColumnWhereTheDatabaseSaysWhich(TestTarget target) {
        Model<Row> towers = towers(target.open());
        boolean databaseSaysWhich = target.backend() != Backend.SQLITE;

        assertThatThrownBy(() -> towers.create(Row.of("BeachId", 42)))
                .isInstanceOfSatisfying(ForeignKeyConstraintException.class, e -> {
                    if (databaseSaysWhich) {
                        assertThat(e.constraint()).isEqualTo("Towers_BeachId_fkey");
                        assertThat(e.columns()).containsExactly("BeachId");
                        assertThat(e).hasMessageContaining("BeachId");
                    } else {
                        assertThat(e.constraint()).isNull();
                        assertThat(e.columns()).isEmpty();
                    }
                });
    }

    @DialectTest
    void foreignKeyViolationOnDeleteOfReferencedParentWithRestrict(TestTarget target) {
        Junction db = target.open();
        Model<Row> towers = towers(db);
        Model<Row> beaches = db.model("Beach");
        Row beach = beaches.create(Row.of());
        towers.create(Row.of("BeachId", beach.get("id")));

        assertThatThrownBy(() -> beaches.destroy(beach))
                .isInstanceOfSatisfying(ForeignKeyConstraintException.class,
                        e -> assertThat(e.table()).isEqualTo("Beaches"))
                .hasMessageContaining("Beaches");
        assertThat(beaches.count()).isEqualTo(1);
    }

    /**
     * The model validates required attributes before writing, so the database's own NOT NULL check is reached when
     * the table has a NOT NULL column the model does not know: here an older model made it, a newer one dropped it.
     */
    @DialectTest
    void notNullViolationFromTheDatabaseNamesTableAndColumn(TestTarget target) {
        Junction old = target.open();
        old.define("Beach", m -> m.timestamps(false)
                .attribute("name", DataType.string(40))
                .attribute("rating", DataType.integer(), a -> a.notNull()));
        old.sync();
        Junction db = target.open();
        Model<Row> beaches = db.define("Beach", m -> m.timestamps(false).attribute("name", DataType.string(40)));

        assertThatThrownBy(() -> beaches.create(Row.of("name", "Bondi")))
                .isInstanceOfSatisfying(NotNullConstraintException.class, e -> {
                    assertThat(e.table()).isEqualTo("Beaches");
                    assertThat(e.columns()).containsExactly("rating");
                })
                .hasMessageContaining("Beaches")
                .hasMessageContaining("rating");
    }

    @DialectTest
    void unreachableDatabaseIsAConnectionException(TestTarget target) throws Exception {
        Path notADirectory = Files.createTempFile("junction-not-a-directory", ".tmp");
        try {
            String url = switch (target.backend()) {
                case H2 -> "jdbc:h2:" + notADirectory + "/db";
                case SQLITE -> "jdbc:sqlite:" + notADirectory + "/db.sqlite";
                case POSTGRESQL -> "jdbc:postgresql://127.0.0.1:1/test";
                case MARIADB -> "jdbc:mariadb://127.0.0.1:1/test";
            };
            JunctionConfig config = JunctionConfig.builder().url(url).user("nobody").password("none").build();

            assertThatThrownBy(() -> Junction.open(config).close())
                    .isInstanceOf(ConnectionException.class)
                    .hasMessageContaining(target.backend().displayName())
                    .hasMessageContaining(url);
        } finally {
            Files.deleteIfExists(notADirectory);
        }
    }
}
