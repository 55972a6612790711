package dev.junction.migration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.Junction;
import dev.junction.Row;
import dev.junction.schema.DataType;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/**
 * Altering a column keeps what the change does not touch: an auto-increment key still generates keys after its type
 * changes, up and down.
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
}
