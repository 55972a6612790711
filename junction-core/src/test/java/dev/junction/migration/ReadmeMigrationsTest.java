package dev.junction.migration;

import static dev.junction.association.Associations.as;
import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Row;
import dev.junction.schema.DataType;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's "Migrations" example — a column rename, a table rename, a new join table and a NOT NULL column with
 * a backfill — generated, applied up and down on a database with rows, on every database.
 */
class ReadmeMigrationsTest {
    @TempDir
    Path root;

    private static void before(Junction db) {
        db.define("User", m -> m.attribute("name", DataType.string(40)));
        db.define("Show", m -> m.attribute("title", DataType.string(80)));
    }

    /** As printed in the README. */
    private static void after(Junction db) {
        Model<Row> users = db.define("User", m -> m
                .attribute("fullName", DataType.string(40), a -> a.renamedFrom("name"))   // column rename, data kept
                .attribute("age", DataType.integer(), a -> a.notNull()));                  // new NOT NULL column
        Model<Row> shows = db.define("Show", m -> m.tableName("Series").renamedFrom("Shows") // table rename
                .attribute("title", DataType.string(80)));
        users.belongsToMany(shows, as("Favorites").through("Favorites"));                  // new join table
    }

    /**
     * generate → migrate → status → undo, as the README's CLI session does, with rows present: the renamed column
     * keeps its data, the new join table takes links, the new NOT NULL column holds the backfill, {@code check()}
     * matches the new models; undo brings back the old schema with its rows.
     */
    @DialectTest
    void theReadmeMigrationGoesUpAndDownWithTheRows(TestTarget target) throws Exception {
        Evolution e = new Evolution(target, root, ReadmeMigrationsTest::before);
        e.first.model("User").create(Row.of("name", "alice"));
        e.first.model("User").create(Row.of("name", "bob"));
        e.first.model("Show").create(Row.of("title", "Dune"));

        GeneratedMigration m = e.generate(ReadmeMigrationsTest::after,      // junction migration:generate --name
                GenerateOptions.defaults().backfill("Users.age", "0"));   //   profiles --backfill Users.age=0
        assertThat(m.toString()).startsWith("Migration " + m.name() + ":\n  rename table Shows to Series\n"
                + "  rename column Users.name to fullName\n  add column Users.age INTEGER NOT NULL");

        if (target.backend() == dev.junction.testing.Backend.POSTGRESQL) readmeExcerptsAreGenerated(e, m);
        e.up(m);                                                          // junction db:migrate
        assertThat(Migrator.of(e.first, root).status()).extracting(MigrationStatus::state)   // db:migrate:status
                .containsOnly(MigrationStatus.State.APPLIED).hasSize(2);
        assertThat(e.second.check().differences()).isEmpty();
        assertThat(e.sql.rows(e.q("SELECT {fullName}, {age} FROM {Users} ORDER BY {fullName}")))
                .containsExactly("alice|0", "bob|0");
        assertThat(e.sql.column(e.q("SELECT {title} FROM {Series}"))).containsExactly("Dune");
        e.sql.execute(e.q("INSERT INTO {Favorites} ({UserId}, {ShowId}, {createdAt}, {updatedAt})"
                + " SELECT {Users}.{id}, {Series}.{id}, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM {Users}, {Series}"));
        assertThat(e.sql.rows(e.q("SELECT {fullName}, {title} FROM {Favorites} JOIN {Users} ON {Users}.{id} ="
                + " {Favorites}.{UserId} JOIN {Series} ON {Series}.{id} = {Favorites}.{ShowId} ORDER BY {fullName}")))
                .containsExactly("alice|Dune", "bob|Dune");

        e.down(m);                                                        // junction db:migrate:undo
        assertThat(Evolution.describe(e.first)).isEqualTo(e.firstSchema());
        assertThat(e.sql.column(e.q("SELECT {name} FROM {Users} ORDER BY {name}"))).containsExactly("alice", "bob");
        assertThat(e.sql.column(e.q("SELECT {title} FROM {Shows}"))).containsExactly("Dune");
    }

    /** Each whole statement of the README's excerpts of the PostgreSQL files is in the generated file. */
    private static void readmeExcerptsAreGenerated(Evolution e, GeneratedMigration m) throws Exception {
        String readme = java.nio.file.Files.readString(Path.of("..", "README.md"));
        int from = readme.indexOf("`migrations/postgresql/20261204163000-profiles.up.sql`");
        String excerpts = readme.substring(from, readme.indexOf("$ junction db:migrate\n", from));
        String up = java.nio.file.Files.readString(e.file(m, ".up.sql"));
        String down = java.nio.file.Files.readString(e.file(m, ".down.sql"));
        String downExcerpt = excerpts.substring(excerpts.indexOf("and its `.down.sql`"));
        String upExcerpt = excerpts.substring(0, excerpts.indexOf("and its `.down.sql`"));
        java.util.List<String> upLines = upExcerpt.lines().filter(l -> l.endsWith(";") && !l.contains("…")).toList();
        java.util.List<String> downLines = downExcerpt.lines().filter(l -> l.endsWith(";")).toList();
        assertThat(upLines).hasSize(6).allMatch(up::contains);
        assertThat(downLines).hasSize(5).allMatch(down::contains);
    }
}
