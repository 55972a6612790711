package dev.junction.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Row;
import dev.junction.UniqueConstraintException;
import dev.junction.query.Where;
import dev.junction.schema.DataType;
import dev.junction.testing.Backend;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/**
 * The migration generator writes a paranoid model's unique keys as {@code sync} makes them: partial unique indexes
 * over live rows on PostgreSQL and SQLite, plain constraints on H2 and MariaDB — from scratch and when a model becomes
 * paranoid, both ways.
 */
class ParanoidMigrationTest {
    @TempDir
    Path root;

    private static void beaches(Junction db, boolean paranoid) {
        db.define("Beach", m -> {
            m.attribute("name", DataType.string(20), a -> a.unique());
            if (paranoid) m.paranoid();
        });
    }

    private static boolean partial(TestTarget target) {
        return target.backend() == Backend.POSTGRESQL || target.backend() == Backend.SQLITE;
    }

    /** Creates Bondi, soft-deletes it and creates it again: allowed exactly where unique keys can be partial. */
    private static void recreateAfterSoftDelete(TestTarget target, Model<Row> beaches) {
        beaches.destroy(beaches.create(Row.of("name", "Bondi")));
        if (partial(target)) {
            beaches.create(Row.of("name", "Bondi"));
            assertThatThrownBy(() -> beaches.create(Row.of("name", "Bondi")))
                    .isInstanceOf(UniqueConstraintException.class);
        } else {
            assertThatThrownBy(() -> beaches.create(Row.of("name", "Bondi")))
                    .isInstanceOf(UniqueConstraintException.class);
        }
    }

    @DialectTest
    void aFirstMigrationMakesTheTableSyncWouldMake(TestTarget target) throws Exception {
        Evolution e = new Evolution(target, root, db -> beaches(db, true));
        assertThat(e.first.sync().statements()).isEmpty();
        assertThat(e.first.check().matches()).as(e.first.check().toString()).isTrue();
        recreateAfterSoftDelete(target, e.first.model("Beach"));
    }

    @DialectTest
    void aModelThatBecomesParanoidGetsItsUniqueKeyOverLiveRowsAndGivesItBack(TestTarget target) throws Exception {
        Evolution e = new Evolution(target, root, db -> beaches(db, false));
        GeneratedMigration migration = e.generate(db -> beaches(db, true));
        e.up(migration);
        assertThat(e.second.check().matches()).as(e.second.check().toString()).isTrue();
        recreateAfterSoftDelete(target, e.second.model("Beach"));
        e.second.model("Beach").destroy(Where.all(), true);
        e.down(migration);
        assertThat(Evolution.describe(e.first)).isEqualTo(e.firstSchema());
    }
}
