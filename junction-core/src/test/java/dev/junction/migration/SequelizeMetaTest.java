package dev.junction.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.junction.migration.MigrationStatus.State;
import dev.junction.testing.Backend;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database sequelize-cli migrated: its {@code SequelizeMeta} entries count as applied, so Junction continues where
 * sequelize-cli stopped, and never undoes them.
 */
class SequelizeMetaTest {
    @TempDir
    Path root;

    /** The table as sequelize-cli (umzug's SequelizeStorage) makes it, with two migrations recorded. */
    private MigrationFixture migratedBySequelize(TestTarget target) throws Exception {
        MigrationFixture f = new MigrationFixture(root, target);
        String options = target.backend() == Backend.MARIADB ? " ENGINE=InnoDB" : "";
        f.raw.script(f.raw.sql("CREATE TABLE IF NOT EXISTS {SequelizeMeta} ({name} VARCHAR(255) NOT NULL UNIQUE,"
                        + " PRIMARY KEY ({name}))" + options),
                f.raw.sql("CREATE TABLE {Users} ({id} INTEGER PRIMARY KEY)"),
                f.raw.sql("CREATE TABLE {Shows} ({id} INTEGER PRIMARY KEY)"));
        f.raw.execute("INSERT INTO {SequelizeMeta} ({name}) VALUES (?)", "20240101120000-create-user.js");
        f.raw.execute("INSERT INTO {SequelizeMeta} ({name}) VALUES (?)", "20240102120000-create-show.js");
        f.createAndDrop("20240102120000-create-show", "Shows");
        f.createAndDrop("20240103120000-create-notes", "notes");
        return f;
    }

    @DialectTest
    void statusListsSequelizesEntriesFirstAsAppliedBySequelize(TestTarget target) throws Exception {
        MigrationFixture f = migratedBySequelize(target);

        assertThat(f.migrator().status()).extracting(MigrationStatus::name, MigrationStatus::state).containsExactly(
                tuple("20240101120000-create-user.js", State.APPLIED_BY_SEQUELIZE),
                tuple("20240102120000-create-show", State.APPLIED_BY_SEQUELIZE),
                tuple("20240103120000-create-notes", State.PENDING));
    }

    @DialectTest
    void migrateRunsOnlyWhatSequelizeDidNotApply(TestTarget target) throws Exception {
        MigrationFixture f = migratedBySequelize(target);

        assertThat(f.migrator().migrate().names()).containsExactly("20240103120000-create-notes");

        assertThat(f.tables()).anyMatch("notes"::equalsIgnoreCase);
        assertThat(f.ledger()).containsExactly("20240103120000-create-notes|APPLIED|1");
        assertThat(f.raw.count("SequelizeMeta")).isEqualTo(2);
    }

    @DialectTest
    void migrateToAMigrationSequelizeAppliedRunsNothing(TestTarget target) throws Exception {
        MigrationFixture f = migratedBySequelize(target);

        MigrationReport report = f.migrator().migrate("20240102120000-create-show");

        assertThat(report.ran()).isEmpty();
        assertThat(report.notes()).containsExactly("20240102120000-create-show is applied already (by sequelize-cli)");
        assertThat(f.tables()).noneMatch("notes"::equalsIgnoreCase);
    }

    @DialectTest
    void undoNeverUndoesWhatSequelizeApplied(TestTarget target) throws Exception {
        MigrationFixture f = migratedBySequelize(target);
        f.migrator().migrate();

        assertThat(f.migrator().undo().names()).containsExactly("20240103120000-create-notes");
        assertThatThrownBy(() -> f.migrator().undo()).isInstanceOf(MigrationException.class)
                .hasMessageContaining("applied by sequelize-cli; undo it with sequelize-cli");
        assertThatThrownBy(() -> f.migrator().undo("20240102120000-create-show"))
                .hasMessageContaining("applied by sequelize-cli");
        assertThat(f.migrator().undoAll().notes()).anyMatch(n -> n.contains("sequelize-cli applied stay applied"));
        assertThat(f.tables()).anyMatch("Shows"::equalsIgnoreCase).anyMatch("Users"::equalsIgnoreCase);
    }

    @DialectTest
    void checkDoesNotReportTheLedgersAsExtraTables(TestTarget target) throws Exception {
        MigrationFixture f = migratedBySequelize(target);
        f.migrator().migrate();

        assertThat(f.db.check().differences()).noneMatch(d -> d.table() != null
                && (d.table().equalsIgnoreCase("JunctionMeta") || d.table().equalsIgnoreCase("SequelizeMeta")));
    }

    @DialectTest
    void entriesOfCommonJsAndTypeScriptMigrationsCountAsAppliedToo(TestTarget target) throws Exception {
        MigrationFixture f = migratedBySequelize(target);
        // sequelize-cli runs *.js, *.cjs, *.ts and *.cts migrations and records each under its file name.
        f.raw.execute("INSERT INTO {SequelizeMeta} ({name}) VALUES (?)", "20240103120000-create-notes.cjs");
        f.raw.execute("INSERT INTO {SequelizeMeta} ({name}) VALUES (?)", "20240104120000-create-tags.ts");
        f.raw.script(f.raw.sql("CREATE TABLE {notes} ({id} INTEGER PRIMARY KEY)"),
                f.raw.sql("CREATE TABLE {tags} ({id} INTEGER PRIMARY KEY)"));
        f.createAndDrop("20240104120000-create-tags", "tags");
        f.createAndDrop("20240105120000-create-links", "links");

        assertThat(f.migrator().migrate().names()).containsExactly("20240105120000-create-links");

        assertThat(f.migrator().status()).extracting(MigrationStatus::name, MigrationStatus::state).containsExactly(
                tuple("20240101120000-create-user.js", State.APPLIED_BY_SEQUELIZE),
                tuple("20240102120000-create-show", State.APPLIED_BY_SEQUELIZE),
                tuple("20240103120000-create-notes", State.APPLIED_BY_SEQUELIZE),
                tuple("20240104120000-create-tags", State.APPLIED_BY_SEQUELIZE),
                tuple("20240105120000-create-links", State.APPLIED));
        assertThatThrownBy(() -> f.migrator().undo("20240104120000-create-tags.ts"))
                .hasMessageContaining("applied by sequelize-cli");
    }
}
