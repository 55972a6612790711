package dev.junction.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.junction.Junction;
import dev.junction.Row;
import dev.junction.schema.DataType;
import dev.junction.testing.Backend;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/**
 * Altering a column keeps what the change does not touch: an auto-increment key still generates keys after its type
 * changes, up and down; a narrowing (the down of a widening) fails on a value that does not fit rather than cut it;
 * a column with a default changes its type across kinds, default and all.
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
        Evolution e = new Evolution(target, root, db -> beaches(db, DataType.integer()));
        e.sql.execute(e.q("INSERT INTO {Beaches} ({name}) VALUES (?)"), "Bondi");
        GeneratedMigration migration = e.generate(db -> beaches(db, DataType.bigint()));

        e.up(migration);

        Row manly = e.second.model("Beach").create(Row.of("name", "Manly"));
        assertThat(manly.get("id")).isNotNull();
        assertThat(e.second.check().differences()).isEmpty();
        e.down(migration);
        Row coogee = e.first.model("Beach").create(Row.of("name", "Coogee"));
        assertThat(coogee.get("id")).isNotNull();
        assertThat(e.sql.column(e.q("SELECT {name} FROM {Beaches} ORDER BY {id}")))
                .containsExactly("Bondi", "Manly", "Coogee");
        assertThat(Evolution.describe(e.first)).isEqualTo(e.firstSchema());
    }

    @DialectTest
    void aKeyWidenedToBigintDrawsKeysBeyondTheIntegerRange(TestTarget target) throws Exception {
        Evolution e = new Evolution(target, root, db -> beaches(db, DataType.integer()));
        GeneratedMigration migration = e.generate(db -> beaches(db, DataType.bigint()));
        e.up(migration);
        switch (target.backend()) {
            case POSTGRESQL -> e.sql.column("SELECT setval(pg_get_serial_sequence('\"Beaches\"', 'id'), 2147483647)");
            case MARIADB -> e.sql.execute(e.q("ALTER TABLE {Beaches} AUTO_INCREMENT = 2147483648"));
            case H2 -> e.sql.execute(e.q("ALTER TABLE {Beaches} ALTER COLUMN {id} RESTART WITH 2147483648"));
            case SQLITE -> e.sql.execute(e.q("INSERT INTO {Beaches} ({id}, {name}) VALUES (2147483647, 'Last')"));
        }

        Row far = e.second.model("Beach").create(Row.of("name", "Far"));

        assertThat(((Number) far.get("id")).longValue()).isEqualTo(2147483648L);
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
        Evolution e = new Evolution(target, root, db -> names(db, DataType.string(10)));
        GeneratedMigration migration = e.generate(db -> names(db, wider));
        e.up(migration);
        e.sql.execute(e.q("INSERT INTO {Beaches} ({name}) VALUES (?)"), longName);

        Throwable failure = catchThrowable(() -> e.down(migration));

        assertThat(e.sql.column(e.q("SELECT {name} FROM {Beaches}"))).containsExactly(longName);
        // SQLite keeps any length in a VARCHAR(10); the others refuse the narrowing.
        if (target.backend() != Backend.SQLITE) assertThat(failure).isInstanceOf(MigrationException.class);
    }

    @DialectTest
    void bytesGivenMoreRoomKeepThemUpAndTheDownRefusesWhatNoLongerFits(TestTarget target) throws Exception {
        Evolution e = new Evolution(target, root, db -> digests(db, DataType.binary(8)));
        e.sql.execute(e.q("INSERT INTO {Digests} ({hash}) VALUES (?)"), (Object) new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        GeneratedMigration migration = e.generate(db -> digests(db, DataType.binary(16)));

        String upScript = java.nio.file.Files.readString(e.file(migration, "up.sql"));
        e.up(migration);
        e.second.model("Digest").create(Row.of("hash", new byte[16]));
        Throwable down = catchThrowable(() -> e.down(migration));

        assertThat(e.sql.column(e.q("SELECT {hash} FROM {Digests} ORDER BY {id}"))).extracting(v -> ((byte[]) v).length)
                .containsExactly(8, 16);
        // VARBINARY(8) on H2 and MariaDB cannot take the 16 bytes back; BYTEA and BLOB have no limit to change.
        boolean limited = target.backend() == Backend.H2 || target.backend() == Backend.MARIADB;
        if (limited) assertThat(down).isInstanceOf(MigrationException.class); else assertThat(down).isNull();
        assertThat(upScript.contains("Digests")).as("the up script alters the table: " + upScript).isEqualTo(limited);
        assertThat(e.second.check().differences()).isEmpty();
    }

    @DialectTest
    void fewerBytesAreANarrowingLeftOutUnlessDataLossIsAllowed(TestTarget target) throws Exception {
        Evolution e = new Evolution(target, root, db -> digests(db, DataType.binary(16)));

        GeneratedMigration migration = e.generate(db -> digests(db, DataType.binary(8)));

        assertThat(migration.warnings()).anyMatch(w -> w.startsWith("Narrowing Digests.hash"));
    }

    private static void digests(Junction db, DataType type) {
        db.define("Digest", m -> m.timestamps(false).attribute("hash", type));
    }

    private static void lockers(Junction db, DataType type, Object defaultValue) {
        db.define("Locker", m -> m.timestamps(false).attribute("code", type, a -> a.defaultValue(defaultValue)));
    }

    @DialectTest
    void aColumnWithADefaultChangesItsTypeAcrossKindsUpAndDown(TestTarget target) throws Exception {
        Evolution e = new Evolution(target, root, db -> lockers(db, DataType.string(10), "7"));
        e.sql.execute(e.q("INSERT INTO {Lockers} ({code}) VALUES (?)"), "42");
        GeneratedMigration migration = e.generate(db -> lockers(db, DataType.integer(), 7),
                GenerateOptions.defaults().allowDataLoss(true));

        e.up(migration);

        assertThat(e.second.check().differences()).isEmpty();
        e.sql.execute(e.q("INSERT INTO {Lockers} ({id}) VALUES (100)"));
        assertThat(e.sql.column(e.q("SELECT {code} + 1 FROM {Lockers} ORDER BY {id}")))
                .map(v -> ((Number) v).intValue()).containsExactly(43, 8);
        e.down(migration);
        assertThat(Evolution.describe(e.first)).isEqualTo(e.firstSchema());
        assertThat(e.sql.column(e.q("SELECT {code} FROM {Lockers} ORDER BY {id}"))).containsExactly("42", "7");
    }
}
