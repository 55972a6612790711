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

    @DialectTest
    void theReadmeMigrationGoesUpAndDownWithTheRows(TestTarget target) throws Exception {
        Evolution e = new Evolution(target, root, ReadmeMigrationsTest::before);
        e.first.model("User").create(Row.of("name", "alice"));
        e.first.model("Show").create(Row.of("title", "Dune"));

        GeneratedMigration m = e.generate(ReadmeMigrationsTest::after,
                GenerateOptions.defaults().backfill("Users.age", 0));
        assertThat(m.toString()).startsWith("Migration " + m.name() + ":\n  rename table Shows to Series\n"
                + "  rename column Users.name to fullName\n  add column Users.age INTEGER NOT NULL");

        e.up(m);
        assertThat(e.second.check().differences()).isEmpty();
        assertThat(e.sql.column(e.q("SELECT {fullName} FROM {Users} WHERE {age} = 0"))).containsExactly("alice");
        assertThat(e.sql.column(e.q("SELECT {title} FROM {Series}"))).containsExactly("Dune");

        e.down(m);
        assertThat(Evolution.describe(e.first)).isEqualTo(e.firstSchema());
        assertThat(e.sql.column(e.q("SELECT {name} FROM {Users}"))).containsExactly("alice");
    }
}
