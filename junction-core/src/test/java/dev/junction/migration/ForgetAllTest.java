package dev.junction.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.junction.migration.MigrationStatus.State;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/**
 * Forgetting every applied migration (what {@code db:drop} does once the tables are gone): Junction's ledger is
 * dropped, every migration is pending again and runs again; sequelize-cli's ledger and a table Junction did not make
 * are left alone.
 */
class ForgetAllTest {
    @TempDir
    Path root;

    private MigrationFixture twoMigrated(TestTarget target) {
        MigrationFixture f = new MigrationFixture(root, target);
        f.createAndDrop("20260101000000-create-notes", "notes");
        f.createAndDrop("20260102000000-create-tags", "tags");
        f.migrator().migrate();
        return f;
    }

    @DialectTest
    void forgetAllMakesEveryMigrationPendingAgainWithoutRunningAnything(TestTarget target) throws Exception {
        MigrationFixture f = twoMigrated(target);

        assertThat(f.migrator().forgetAll()).isEqualTo(2);

        assertThat(f.tables()).noneMatch("JunctionMeta"::equalsIgnoreCase).anyMatch("notes"::equalsIgnoreCase);
        assertThat(f.migrator().status()).extracting(MigrationStatus::name, MigrationStatus::state).containsExactly(
                tuple("20260101000000-create-notes", State.PENDING), tuple("20260102000000-create-tags",
                        State.PENDING));
        assertThat(f.migrator().forgetAll()).isZero();
    }

    @DialectTest
    void afterTheTablesAreDroppedTheMigrationsRunAgain(TestTarget target) throws Exception {
        MigrationFixture f = twoMigrated(target);
        f.raw.script(f.raw.sql("DROP TABLE {notes}"), f.raw.sql("DROP TABLE {tags}"));

        f.migrator().forgetAll();

        assertThat(f.migrator().migrate().names()).containsExactly("20260101000000-create-notes",
                "20260102000000-create-tags");
        assertThat(f.tables()).anyMatch("notes"::equalsIgnoreCase).anyMatch("tags"::equalsIgnoreCase);
    }

    @DialectTest
    void sequelizesLedgerStays(TestTarget target) throws Exception {
        MigrationFixture f = twoMigrated(target);
        f.raw.script(f.raw.sql("CREATE TABLE {SequelizeMeta} ({name} VARCHAR(255) NOT NULL PRIMARY KEY)"));
        f.raw.execute("INSERT INTO {SequelizeMeta} ({name}) VALUES (?)", "20240101120000-create-user.js");

        f.migrator().forgetAll();

        assertThat(f.raw.count("SequelizeMeta")).isEqualTo(1);
        assertThat(f.migrator().status()).extracting(MigrationStatus::state).containsExactly(
                State.APPLIED_BY_SEQUELIZE, State.PENDING, State.PENDING);
    }

    @DialectTest
    void aJunctionMetaJunctionDidNotMakeIsLeftAlone(TestTarget target) throws Exception {
        MigrationFixture f = new MigrationFixture(root, target);
        f.raw.script(f.raw.sql("CREATE TABLE {JunctionMeta} ({id} INTEGER PRIMARY KEY)"));

        assertThatThrownBy(() -> f.migrator().forgetAll()).isInstanceOf(MigrationException.class)
                .hasMessageContaining("is not Junction's record of applied migrations");
        assertThat(f.tables()).anyMatch("JunctionMeta"::equalsIgnoreCase);
    }
}
