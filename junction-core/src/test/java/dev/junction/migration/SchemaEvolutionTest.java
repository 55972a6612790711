package dev.junction.migration;

import static dev.junction.association.Associations.as;
import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Row;
import dev.junction.schema.DataType;
import dev.junction.schema.ReferentialAction;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated migration changes a database full of rows: columns and join tables added, a NOT NULL column filled,
 * renames that keep the data, a widened column; up keeps every row and makes {@code check()} match the new models,
 * down gives back the old schema exactly.
 */
class SchemaEvolutionTest {
    @TempDir
    Path root;

    private static void usersAndShows(Junction db) {
        db.define("User", m -> m.timestamps(false).attribute("name", DataType.string(40)));
        db.define("Show", m -> m.timestamps(false).attribute("title", DataType.string(80)));
    }

    private static Evolution withUsersAndShows(TestTarget target, Path root) throws Exception {
        Evolution e = new Evolution(target, root, SchemaEvolutionTest::usersAndShows);
        e.sql.execute(e.q("INSERT INTO {Users} ({name}) VALUES (?), (?)"), "alice", "bob");
        e.sql.execute(e.q("INSERT INTO {Shows} ({title}) VALUES (?)"), "Dune");
        return e;
    }

    @DialectTest
    void aColumnAJoinTableAndANotNullColumnWithBackfillGoUpAndDown(TestTarget target) throws Exception {
        Evolution e = withUsersAndShows(target, root);
        GeneratedMigration migration = e.generate(db -> {
            Model<Row> users = db.define("User", m -> m.timestamps(false).attribute("name", DataType.string(40))
                    .attribute("nickname", DataType.string(20))
                    .attribute("age", DataType.integer(), a -> a.notNull()));
            Model<Row> shows = db.define("Show", m -> m.timestamps(false).attribute("title", DataType.string(80)));
            users.belongsToMany(shows, as("Favorites").through("Favorites"));
        }, GenerateOptions.defaults().backfill("Users.age", "0"));

        e.up(migration);

        assertThat(e.second.check().differences()).isEmpty();
        assertThat(e.sql.column(e.q("SELECT {name} FROM {Users} WHERE {age} = 0 ORDER BY {id}")))
                .containsExactly("alice", "bob");
        e.sql.execute(e.q("INSERT INTO {Favorites} ({UserId}, {ShowId}, {createdAt}, {updatedAt})"
                + " SELECT u.{id}, s.{id}, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM {Users} u, {Shows} s"));
        assertThat(migration.changes()).contains("add column Users.age INTEGER NOT NULL",
                "create table Favorites (model Favorites)");

        e.down(migration);

        assertThat(Evolution.describe(e.first)).isEqualTo(e.firstSchema());
        assertThat(e.sql.column(e.q("SELECT {name} FROM {Users} ORDER BY {id}"))).containsExactly("alice", "bob");
    }

    @DialectTest
    void aDeclaredColumnRenameKeepsTheData(TestTarget target) throws Exception {
        Evolution e = withUsersAndShows(target, root);
        GeneratedMigration migration = e.generate(db -> {
            db.define("User", m -> m.timestamps(false).attribute("fullName", DataType.string(40),
                    a -> a.renamedFrom("name")));
            db.define("Show", m -> m.timestamps(false).attribute("title", DataType.string(80)));
        });
        assertThat(migration.changes()).containsExactly("rename column Users.name to fullName");

        e.up(migration);

        assertThat(e.sql.column(e.q("SELECT {fullName} FROM {Users} ORDER BY {id}"))).containsExactly("alice", "bob");
        assertThat(e.second.check().differences()).isEmpty();
        e.down(migration);
        assertThat(Evolution.describe(e.first)).isEqualTo(e.firstSchema());
        assertThat(e.sql.column(e.q("SELECT {name} FROM {Users} ORDER BY {id}"))).containsExactly("alice", "bob");
    }

    private static void beachesAndCastles(Junction db, String beachTable, ReferentialAction onDelete) {
        db.define("Beach", m -> {
            m.timestamps(false).attribute("name", DataType.string(20));
            if (!beachTable.equals("Beaches")) m.tableName(beachTable).renamedFrom("Beaches");
        });
        db.define("Sandcastle", m -> m.timestamps(false).attribute("name", DataType.string(20))
                .attribute("BeachId", DataType.integer(), a -> a.references("Beach", "id", onDelete,
                        ReferentialAction.CASCADE)));
    }

    private static Evolution withBeaches(TestTarget target, Path root) throws Exception {
        Evolution e = new Evolution(target, root, db -> beachesAndCastles(db, "Beaches", ReferentialAction.SET_NULL));
        e.sql.execute(e.q("INSERT INTO {Beaches} ({id}, {name}) VALUES (1, ?), (2, ?)"), "Bondi", "Manly");
        e.sql.execute(e.q("INSERT INTO {Sandcastles} ({name}, {BeachId}) VALUES (?, 1), (?, 2)"), "Keep", "Tower");
        return e;
    }

    @DialectTest
    void aDeclaredTableRenameKeepsTheRowsAndTheKeysPointingAtIt(TestTarget target) throws Exception {
        Evolution e = withBeaches(target, root);
        GeneratedMigration migration = e.generate(db -> beachesAndCastles(db, "Shores", ReferentialAction.SET_NULL));
        assertThat(migration.changes()).containsExactly("rename table Beaches to Shores");

        e.up(migration);

        assertThat(e.sql.column(e.q("SELECT {name} FROM {Shores} ORDER BY {id}"))).containsExactly("Bondi", "Manly");
        assertThat(e.second.check().differences()).isEmpty();
        e.executeWithKeys("DELETE FROM {Shores} WHERE {id} = 1");
        assertThat(e.sql.column(e.q("SELECT {name} FROM {Sandcastles} WHERE {BeachId} IS NULL")))
                .containsExactly("Keep");
        e.down(migration);
        assertThat(Evolution.describe(e.first)).isEqualTo(e.firstSchema());
    }

    @DialectTest
    void aChangedForeignKeyActionIsMigrated(TestTarget target) throws Exception {
        Evolution e = withBeaches(target, root);
        GeneratedMigration migration = e.generate(db -> beachesAndCastles(db, "Beaches", ReferentialAction.CASCADE));

        e.up(migration);

        assertThat(e.second.check().differences()).isEmpty();
        e.executeWithKeys("DELETE FROM {Beaches} WHERE {id} = 1");
        assertThat(e.sql.column(e.q("SELECT {name} FROM {Sandcastles}"))).containsExactly("Tower");
        e.down(migration);
        assertThat(Evolution.describe(e.first)).isEqualTo(e.firstSchema());
        e.executeWithKeys("DELETE FROM {Beaches} WHERE {id} = 2");
        assertThat(e.sql.column(e.q("SELECT {name} FROM {Sandcastles} WHERE {BeachId} IS NULL")))
                .containsExactly("Tower");
    }

    @DialectTest
    void wideningKeepsTheData(TestTarget target) throws Exception {
        Evolution e = withBeaches(target, root);
        GeneratedMigration migration = e.generate(db -> {
            db.define("Beach", m -> m.timestamps(false).attribute("name", DataType.text()));
            db.define("Sandcastle", m -> m.timestamps(false).attribute("name", DataType.string(200))
                    .attribute("BeachId", DataType.integer(), a -> a.references("Beach", "id",
                            ReferentialAction.SET_NULL, ReferentialAction.CASCADE)));
        });
        assertThat(migration.warnings()).isEmpty();

        e.up(migration);

        assertThat(e.second.check().differences()).isEmpty();
        assertThat(e.sql.column(e.q("SELECT {name} FROM {Beaches} ORDER BY {id}"))).containsExactly("Bondi", "Manly");
        e.sql.execute(e.q("INSERT INTO {Sandcastles} ({name}) VALUES (?)"), "x".repeat(150));
        e.sql.execute(e.q("DELETE FROM {Sandcastles} WHERE {BeachId} IS NULL"));
        e.down(migration);
        assertThat(Evolution.describe(e.first)).isEqualTo(e.firstSchema());
        assertThat(e.sql.column(e.q("SELECT {name} FROM {Sandcastles} ORDER BY {id}"))).containsExactly("Keep", "Tower");
    }

    @DialectTest
    void becomingNotNullFillsTheNullsWithTheBackfill(TestTarget target) throws Exception {
        Evolution e = withBeaches(target, root);
        e.sql.execute(e.q("UPDATE {Beaches} SET {name} = NULL WHERE {id} = 2"));
        GeneratedMigration migration = e.generate(db -> {
            db.define("Beach", m -> m.timestamps(false).attribute("name", DataType.string(20), a -> a.notNull()));
            db.define("Sandcastle", m -> m.timestamps(false).attribute("name", DataType.string(20))
                    .attribute("BeachId", DataType.integer(), a -> a.references("Beach", "id",
                            ReferentialAction.SET_NULL, ReferentialAction.CASCADE)));
        }, GenerateOptions.defaults().backfill("Beaches.name", "unnamed"));
        assertThat(migration.changes()).containsExactly("Beaches.name becomes NOT NULL");

        e.up(migration);

        assertThat(e.second.check().differences()).isEmpty();
        assertThat(e.sql.column(e.q("SELECT {name} FROM {Beaches} ORDER BY {id}")))
                .containsExactly("Bondi", "unnamed");
        assertThat(e.sql.column(e.q("SELECT {name} FROM {Sandcastles} ORDER BY {id}"))).containsExactly("Keep", "Tower");
        e.down(migration);
        assertThat(Evolution.describe(e.first)).isEqualTo(e.firstSchema());
    }
}
