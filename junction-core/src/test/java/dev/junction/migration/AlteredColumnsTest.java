package dev.junction.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.junction.Junction;
import dev.junction.Row;
import dev.junction.schema.DataType;
import dev.junction.testing.Backend;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.io.TempDir;

/**
 * Altering a column keeps what the change does not touch: an auto-increment key still generates keys after its type
 * changes, up and down; a narrowing (the down of a widening) fails on a value that does not fit rather than cut it;
 * an enum column's constants change after the column is renamed.
 */
class AlteredColumnsTest {
    @TempDir
    Path root;

    private static void beaches(Junction db, DataType keyType) {
        db.define("Beach", m -> m.timestamps(false)
                .attribute("id", keyType, a -> a.primaryKey().autoIncrement(true))
                .attribute("name", DataType.string(20)));
    }

    @DialectTest
    void aWidenedAutoIncrementKeyStillGeneratesKeysUpAndDown(TestTarget target) throws Exception {
        MigratedVersions v = new MigratedVersions(target, root, db -> beaches(db, DataType.integer()));
        v.sql.execute(v.q("INSERT INTO {Beaches} ({name}) VALUES (?)"), "Bondi");
        v.generate(db -> beaches(db, DataType.bigint()));

        v.up();

        Row manly = v.second.model("Beach").create(Row.of("name", "Manly"));
        assertThat(manly.get("id")).isNotNull();
        assertThat(v.second.check().differences()).isEmpty();
        v.down();
        Row coogee = v.first.model("Beach").create(Row.of("name", "Coogee"));
        assertThat(coogee.get("id")).isNotNull();
        assertThat(v.sql.column(v.q("SELECT {name} FROM {Beaches} ORDER BY {id}")))
                .containsExactly("Bondi", "Manly", "Coogee");
        assertThat(v.first.describe()).isEqualTo(v.firstSchema);
    }

    private static void names(Junction db, DataType type) {
        db.define("Beach", m -> m.timestamps(false).attribute("name", type));
    }

    @DialectTest
    void theDownOfALongerStringFailsOnAValueThatNoLongerFitsRatherThanCutIt(TestTarget target) throws Exception {
        narrowingBackKeepsALongValue(target, DataType.string(40));
    }

    @DialectTest
    void theDownOfAStringBecomingTextFailsOnAValueThatNoLongerFitsRatherThanCutIt(TestTarget target)
            throws Exception {
        narrowingBackKeepsALongValue(target, DataType.text());
    }

    private void narrowingBackKeepsALongValue(TestTarget target, DataType wider) throws Exception {
        String longName = "Bondi Beach, New South Wales";
        MigratedVersions v = new MigratedVersions(target, root, db -> names(db, DataType.string(10)));
        v.generate(db -> names(db, wider));
        v.up();
        v.sql.execute(v.q("INSERT INTO {Beaches} ({name}) VALUES (?)"), longName);

        Throwable failure = catchThrowable(v::down);

        assertThat(v.sql.column(v.q("SELECT {name} FROM {Beaches}"))).containsExactly(longName);
        // SQLite keeps any length in a VARCHAR(10); the others refuse the narrowing.
        if (target.backend() != Backend.SQLITE) assertThat(failure).isInstanceOf(MigrationException.class);
    }

    enum Before { CALM, WINDY }

    enum After { CALM, WINDY, STORMY }

    @DialectTest
    void aRenamedEnumColumnTakesNewConstantsUpAndDown(TestTarget target) throws Exception {
        MigratedVersions v = new MigratedVersions(target, root, db -> db.define("Beach", m -> m.timestamps(false)
                .attribute("weather", DataType.enumOf(Before.class))));
        v.sql.execute(v.q("INSERT INTO {Beaches} ({weather}) VALUES (?)"), "WINDY");
        GeneratedMigration migration = v.generate(db -> db.define("Beach", m -> m.timestamps(false)
                .attribute("sky", DataType.enumOf(After.class), a -> a.renamedFrom("weather"))));

        v.up();

        assertThat(v.sql.column(v.q("SELECT {sky} FROM {Beaches}"))).containsExactly("WINDY");
        if (target.backend() == Backend.H2) {
            // H2 names the CHECK itself: the file only warns (see ConstraintChangesTest).
            assertThat(migration.warnings()).anyMatch(w -> w.startsWith("The constants of Beaches.sky"));
            return;
        }
        v.sql.execute(v.q("INSERT INTO {Beaches} ({sky}) VALUES (?)"), "STORMY");
        assertThatThrownBy(() -> v.sql.execute(v.q("INSERT INTO {Beaches} ({sky}) VALUES (?)"), "FOGGY"))
                .isInstanceOf(SQLException.class);
        v.sql.execute(v.q("DELETE FROM {Beaches} WHERE {sky} = ?"), "STORMY");
        v.down();
        assertThat(v.first.describe()).isEqualTo(v.firstSchema);
        assertThat(v.sql.column(v.q("SELECT {weather} FROM {Beaches}"))).containsExactly("WINDY");
        assertThatThrownBy(() -> v.sql.execute(v.q("INSERT INTO {Beaches} ({weather}) VALUES (?)"), "STORMY"))
                .isInstanceOf(SQLException.class);
    }
}
