package dev.junction.migration;

import static dev.junction.association.Associations.as;
import static dev.junction.association.Associations.defaults;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Row;
import dev.junction.migration.MigrationStatus.State;
import dev.junction.schema.DataType;
import dev.junction.schema.ReferentialAction;
import dev.junction.testing.Backend;
import dev.junction.testing.DialectTest;
import dev.junction.testing.RawSql;
import dev.junction.testing.TestTarget;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files {@code --flyway} generates are run by Flyway itself (community edition), unchanged: the first migration
 * and a second one (a renamed column, a new column, a NOT NULL column with a backfill, a new join table — a table
 * rebuild on SQLite) on a database with rows; Flyway skips the {@code U…} undo files, and {@code db.check()} ignores
 * Flyway's {@code flyway_schema_history}.
 */
class FlywayCompatibilityTest {
    @TempDir
    Path root;

    private static void first(Junction db) {
        Model<Row> users = db.define("User", m -> m.attribute("name", DataType.string(40)));
        Model<Row> tickets = db.define("Ticket", m -> m.attribute("seat", DataType.string(8)));
        db.define("Show", m -> m.attribute("title", DataType.string(80)));
        users.hasMany(tickets, defaults().onDelete(ReferentialAction.CASCADE));
    }

    private static void second(Junction db) {
        Model<Row> users = db.define("User", m -> m
                .attribute("fullName", DataType.string(40), a -> a.renamedFrom("name"))
                .attribute("bio", DataType.text())
                .attribute("age", DataType.integer(), a -> a.notNull()));
        Model<Row> tickets = db.define("Ticket", m -> m.attribute("seat", DataType.string(8)));
        Model<Row> shows = db.define("Show", m -> m.attribute("title", DataType.string(80)));
        users.hasMany(tickets, defaults().onDelete(ReferentialAction.CASCADE));
        users.belongsToMany(shows, as("Favorites").through("Favorites"));
    }

    /** Flyway on the test's own database, reading the dialect's folder. */
    private Flyway flyway(TestTarget target) {
        return flyway(target, "");
    }

    /** Flyway on the test's own database with {@code parameters} ({@code a=b&c=d}, or none) added to its URL. */
    private Flyway flyway(TestTarget target, String parameters) {
        var config = target.config().build();
        String url = parameters.isEmpty() ? config.url()
                : config.url() + (config.url().contains("?") ? "&" : "?") + parameters;
        return Flyway.configure().dataSource(url, config.user(), config.password())
                .locations("filesystem:" + folder(target)).load();
    }

    /** The test database's migrations folder, {@code <root>/h2} and so on. */
    private Path folder(TestTarget target) {
        return root.resolve(target.backend().name().toLowerCase(java.util.Locale.ROOT));
    }

    private static GenerateOptions flywayNaming() {
        return GenerateOptions.defaults().flyway(true);
    }

    @DialectTest
    void flywayAppliesBothGeneratedMigrationsAndTheRowsSurvive(TestTarget target) throws Exception {
        Junction v1 = target.open();
        first(v1);
        MigrationGenerator.of(v1, root).generate("init", flywayNaming());
        assertThat(flyway(target).migrate().migrationsExecuted).isEqualTo(1);
        Object alice = v1.model("User").create(Row.of("name", "alice")).get("id");
        v1.model("Ticket").create(Row.of("seat", "A1", "UserId", alice));
        v1.model("Show").create(Row.of("title", "Dune"));

        Junction v2 = target.open();
        second(v2);
        MigrationGenerator.of(v2, root).generate("profiles", flywayNaming().backfill("Users.age", 0));
        MigrateResult result = flyway(target).migrate();

        assertThat(result.migrationsExecuted).isEqualTo(1);
        assertThat(Arrays.stream(flyway(target).info().applied()).map(i -> i.getVersion().getVersion() + " "
                + i.getDescription() + " " + i.getState().isApplied())).containsExactly("1 init true",
                "2 profiles true");
        assertThat(v2.check().differences()).isEmpty();
        RawSql sql = new RawSql(target, v2);
        assertThat(sql.rows("SELECT {fullName}, {age} FROM {Users}")).containsExactly("alice|0");
        assertThat(sql.rows("SELECT {seat} FROM {Tickets} WHERE {UserId} = ?", alice)).containsExactly("A1");
        assertThat(sql.rows("SELECT {title} FROM {Shows}")).containsExactly("Dune");
    }

    @DialectTest
    void onSqliteTheSecondMigrationIsATableRebuildThatKeepsTheRowsReferringToIt(TestTarget target)
            throws Exception {
        Junction v1 = target.open();
        first(v1);
        MigrationGenerator.of(v1, root).generate("init", flywayNaming());
        flyway(target).migrate();
        Object alice = v1.model("User").create(Row.of("name", "alice")).get("id");
        v1.model("Ticket").create(Row.of("seat", "A1", "UserId", alice));

        Junction v2 = target.open();
        second(v2);
        GeneratedMigration m = MigrationGenerator.of(v2, root).generate("profiles",
                flywayNaming().backfill("Users.age", 0));
        flyway(target).migrate();

        String up = Files.readString(folder(target).resolve("V2__profiles.sql"));
        // Only SQLite cannot add a NOT NULL column without a default: it copies Users into a new table and drops the
        // old one, which with foreign keys on would cascade to Tickets. sqlite-jdbc's default URL has them off.
        assertThat(up.contains("new_Users")).as(up).isEqualTo(target.backend() == Backend.SQLITE);
        assertThat(m.files()).isNotEmpty();
        assertThat(new RawSql(target, v2).rows("SELECT {seat}, {UserId} FROM {Tickets}"))
                .containsExactly("A1|" + alice);
        assertThat(v2.check().differences()).isEmpty();
    }

    @DialectTest
    void onSqliteWithForeignKeysOnARebuildFailsInsteadOfDeletingTheRowsReferringToTheTable(TestTarget target)
            throws Exception {
        if (target.backend() != Backend.SQLITE) return; // the others alter the table in place
        Junction v1 = target.open();
        first(v1);
        MigrationGenerator.of(v1, root).generate("init", flywayNaming());
        flyway(target).migrate();
        Object alice = v1.model("User").create(Row.of("name", "alice")).get("id");
        v1.model("Ticket").create(Row.of("seat", "A1", "UserId", alice));
        Junction v2 = target.open();
        second(v2);
        MigrationGenerator.of(v2, root).generate("profiles", flywayNaming().backfill("Users.age", 0));
        RawSql sql = new RawSql(target, v2);

        // With foreign keys on, dropping Users (the rebuild's swap) would delete alice's tickets by their cascade.
        assertThatThrownBy(() -> flyway(target, "foreign_keys=true").migrate()).isInstanceOf(FlywayException.class)
                .hasStackTraceContaining("junction_sqlite_rebuild_needs_foreign_keys_off");
        assertThat(sql.rows("SELECT {seat}, {UserId} FROM {Tickets}")).containsExactly("A1|" + alice);
        assertThat(sql.rows("SELECT {name} FROM {Users}")).containsExactly("alice");

        assertThat(flyway(target).migrate().migrationsExecuted).isEqualTo(1);
        assertThat(sql.rows("SELECT {seat}, {UserId} FROM {Tickets}")).containsExactly("A1|" + alice);
        assertThat(v2.check().differences()).isEmpty();
    }

    @DialectTest
    void flywayIgnoresTheUndoFilesAndJunctionReadsTheSameFolder(TestTarget target) throws Exception {
        Junction v1 = target.open();
        first(v1);
        MigrationGenerator.of(v1, root).generate("init", flywayNaming());
        Junction v2 = target.open();
        second(v2);
        MigrationGenerator.of(v2, root).generate("profiles", flywayNaming().backfill("Users.age", 0));
        Path folder = folder(target);

        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted()).containsExactly("U1__init.sql",
                    "U2__profiles.sql", "V1__init.sql", "V2__profiles.sql");
        }
        assertThat(Arrays.stream(flyway(target).info().all()).map(MigrationInfo::getScript))
                .containsExactly("V1__init.sql", "V2__profiles.sql");
        assertThat(flyway(target).migrate().migrationsExecuted).isEqualTo(2);
        assertThat(v2.check().differences()).isEmpty();

        assertThat(Migrator.of(v2, root).status()).extracting(MigrationStatus::name, MigrationStatus::state)
                .containsExactly(tuple("V1__init", State.PENDING), tuple("V2__profiles", State.PENDING));
    }

    @DialectTest
    void checkDoesNotReportFlywaysHistoryTableAsExtra(TestTarget target) throws Exception {
        Junction db = target.open();
        first(db);
        db.sync();
        Files.createDirectories(folder(target));
        flyway(target).baseline();

        assertThat(new RawSql(target, db).count("flyway_schema_history")).isPositive();
        assertThat(db.check().differences()).isEmpty();
    }
}
