package dev.junction.migration;

import static dev.junction.association.Associations.as;
import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Row;
import dev.junction.association.Through;
import dev.junction.schema.DataType;
import dev.junction.schema.ReferentialAction;
import dev.junction.testing.Backend;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.nio.file.Path;
import dev.junction.schema.DatabaseSchema;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

/**
 * Changes that rebuild a table on SQLite, and a join table's {@code unique} switch, keep every row and every foreign
 * key, those of other tables pointing at the changed table included.
 */
class ChangingTablesTest {
    @TempDir
    Path root;

    private static void viewings(Junction db, boolean unique) {
        Model<Row> users = db.define("User", m -> m.timestamps(false).attribute("name", DataType.string(40)));
        Model<Row> shows = db.define("Show", m -> m.timestamps(false).attribute("title", DataType.string(80)));
        users.belongsToMany(shows, as("Watched").through(Through.of("Viewings").unique(unique)));
    }

    private Evolution withViewings(TestTarget target, boolean unique) throws Exception {
        Evolution e = new Evolution(target, root, db -> viewings(db, unique));
        e.sql.execute(e.q("INSERT INTO {Users} ({id}, {name}) VALUES (1, ?), (2, ?)"), "alice", "bob");
        e.sql.execute(e.q("INSERT INTO {Shows} ({id}, {title}) VALUES (1, ?)"), "Dune");
        e.sql.execute(e.q("INSERT INTO {Viewings} ({UserId}, {ShowId}, {createdAt}, {updatedAt}) VALUES"
                + " (1, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP), (2, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"));
        return e;
    }

    @DialectTest
    void aJoinTableBecomesNonUniqueAndBack(TestTarget target) throws Exception {
        Evolution e = withViewings(target, true);
        GeneratedMigration migration = e.generate(db -> viewings(db, false));

        e.up(migration);

        assertThat(e.second.check().differences()).isEmpty();
        e.sql.execute(e.q("INSERT INTO {Viewings} ({UserId}, {ShowId}, {createdAt}, {updatedAt}) VALUES"
                + " (1, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"));
        assertThat(e.sql.column(e.q("SELECT {UserId} FROM {Viewings} ORDER BY {UserId}"))).hasSize(3);
        e.sql.execute(e.q("DELETE FROM {Viewings} WHERE {id} = (SELECT MAX({id}) FROM {Viewings})"));
        e.down(migration);
        assertThat(Evolution.describe(e.first)).isEqualTo(e.firstSchema());
        assertThat(e.sql.column(e.q("SELECT {UserId} FROM {Viewings} ORDER BY {UserId}"))).hasSize(2);
    }

    @DialectTest
    void aNonUniqueJoinTableBecomesUniqueWhenDataLossIsAllowed(TestTarget target) throws Exception {
        Evolution e = withViewings(target, false);
        GeneratedMigration migration = e.generate(db -> viewings(db, true),
                GenerateOptions.defaults().allowDataLoss(true));

        e.up(migration);

        assertThat(e.second.check().differences()).isEmpty();
        assertThat(e.sql.column(e.q("SELECT {UserId} FROM {Viewings} ORDER BY {UserId}"))).hasSize(2);
        e.down(migration);
        // PostgreSQL appends an added column: the surrogate id comes back last, elsewhere first as it was.
        assertThat(columnsByName(Evolution.describe(e.first))).isEqualTo(columnsByName(e.firstSchema()));
        if (target.backend() != Backend.POSTGRESQL) assertThat(Evolution.describe(e.first)).isEqualTo(e.firstSchema());
    }

    private static void beaches(Junction db, boolean notNullRating) {
        db.define("Beach", m -> m.timestamps(false).attribute("name", DataType.string(20), a -> a.unique())
                .attribute("rating", DataType.integer(), a -> a.allowNull(!notNullRating)));
        db.define("Sandcastle", m -> m.timestamps(false).attribute("name", DataType.string(20))
                .attribute("BeachId", DataType.integer(), a -> a.references("Beach", "id", ReferentialAction.CASCADE,
                        ReferentialAction.CASCADE)));
    }

    @DialectTest
    void aRebuiltTableKeepsItsRowsAndTheKeysOfOtherTables(TestTarget target) throws Exception {
        Evolution e = new Evolution(target, root, db -> beaches(db, false));
        e.sql.execute(e.q("INSERT INTO {Beaches} ({id}, {name}) VALUES (1, ?), (2, ?)"), "Bondi", "Manly");
        e.sql.execute(e.q("INSERT INTO {Sandcastles} ({name}, {BeachId}) VALUES (?, 1), (?, 2)"), "Keep", "Tower");
        GeneratedMigration migration = e.generate(db -> beaches(db, true),
                GenerateOptions.defaults().backfill("Beach.rating", 3));
        if (target.backend() == Backend.SQLITE) {
            assertThat(java.nio.file.Files.readString(e.file(migration, ".up.sql")))
                    .contains("CREATE TABLE `new_Beaches`", "INSERT INTO `new_Beaches` (`id`, `name`, `rating`)"
                            + " SELECT `id`, `name`, COALESCE(`rating`, 3) FROM `Beaches`", "DROP TABLE `Beaches`",
                            "ALTER TABLE `new_Beaches` RENAME TO `Beaches`");
        }

        e.up(migration);

        assertThat(e.second.check().differences()).isEmpty();
        assertThat(e.sql.column(e.q("SELECT {rating} FROM {Beaches} ORDER BY {id}"))).map(Object::toString)
                .containsExactly("3", "3");
        assertThat(e.sql.column(e.q("SELECT {name} FROM {Sandcastles} ORDER BY {id}"))).containsExactly("Keep", "Tower");
        if (target.backend() == Backend.SQLITE) {
            assertThat(foreignKeyTargets(target)).containsExactly("Beaches.id");
        }
        e.executeWithKeys("DELETE FROM {Beaches} WHERE {id} = 1");
        assertThat(e.sql.column(e.q("SELECT {name} FROM {Sandcastles}"))).containsExactly("Tower");
        e.down(migration);
        assertThat(Evolution.describe(e.first)).isEqualTo(e.firstSchema());
    }

    private static DatabaseSchema columnsByName(DatabaseSchema schema) {
        return new DatabaseSchema(schema.tables().stream().map(t -> new DatabaseSchema.Table(t.name(),
                t.columns().stream().sorted(Comparator.comparing(DatabaseSchema.Column::name)).toList(),
                t.primaryKey(), t.uniqueConstraints(), t.foreignKeys(), t.indexes())).toList());
    }

    private static List<String> foreignKeyTargets(TestTarget target) throws Exception {
        List<String> targets = new ArrayList<>();
        try (var c = target.jdbc(); var s = c.createStatement();
             var rs = s.executeQuery("PRAGMA foreign_key_list('Sandcastles')")) {
            while (rs.next()) targets.add(rs.getString("table") + "." + rs.getString("to"));
        }
        return targets;
    }
}
