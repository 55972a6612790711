package dev.junction.migration;

import static dev.junction.association.Associations.as;
import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Row;
import dev.junction.association.Through;
import dev.junction.schema.DataType;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.io.TempDir;

/**
 * After a table or an enum column is renamed, a later migration still finds the constraints the database named
 * after the old names (PostgreSQL's {@code <table>_pkey} and {@code <table>_<column>_check}): the rename renames them.
 */
class RenamedTableConstraintsTest {
    enum Mood { GOOD, BAD }

    enum MoreMoods { GOOD, BAD, MEH }

    @TempDir
    Path root;

    /** Users and shows linked through {@code table} (renamed from Viewings), with a link attribute {@code column}. */
    private static Consumer<Junction> viewings(String table, boolean unique, String column,
                                               Class<? extends Enum<?>> moods) {
        return db -> {
            Model<Row> users = db.define("User", m -> m.timestamps(false).attribute("name", DataType.string(40)));
            Model<Row> shows = db.define("Show", m -> m.timestamps(false).attribute("title", DataType.string(80)));
            Model<Row> viewing = db.define("Viewing", m -> {
                m.timestamps(false).tableName(table).attribute(column, DataType.enumOf(moods),
                        a -> { if (!column.equals("mood")) a.renamedFrom("mood"); });
                if (!table.equals("Viewings")) m.renamedFrom("Viewings");
            });
            users.belongsToMany(shows, as("Watched").through(Through.of(viewing).unique(unique)));
        };
    }

    private Evolution withLinks(TestTarget target) throws Exception {
        Evolution e = new Evolution(target, root, viewings("Viewings", true, "mood", Mood.class));
        e.sql.execute(e.q("INSERT INTO {Users} ({id}, {name}) VALUES (1, ?)"), "alice");
        e.sql.execute(e.q("INSERT INTO {Shows} ({id}, {title}) VALUES (1, ?)"), "Dune");
        e.sql.execute(e.q("INSERT INTO {Viewings} ({UserId}, {ShowId}, {mood}) VALUES (1, 1, ?)"), "GOOD");
        return e;
    }

    @DialectTest
    void aRenamedJoinTableSwitchesItsUniqueInTheNextMigration(TestTarget target) throws Exception {
        Evolution e = withLinks(target);
        GeneratedMigration rename = e.generate(viewings("Views", true, "mood", Mood.class));
        e.up(rename);

        GeneratedMigration nonUnique = e.generate(viewings("Views", false, "mood", Mood.class));
        assertThat(nonUnique.changes()).contains("primary key of Views becomes [id]");
        e.up(nonUnique);

        assertThat(e.second.check().differences()).isEmpty();
        e.sql.execute(e.q("INSERT INTO {Views} ({UserId}, {ShowId}, {mood}) VALUES (1, 1, ?)"), "BAD");
        assertThat(e.sql.column(e.q("SELECT {mood} FROM {Views} ORDER BY {mood}"))).containsExactly("BAD", "GOOD");
        e.sql.execute(e.q("DELETE FROM {Views} WHERE {mood} = ?"), "BAD");
        e.down(nonUnique);
        e.down(rename);
        assertThat(Evolution.describe(e.first)).isEqualTo(e.firstSchema());
        assertThat(e.sql.column(e.q("SELECT {mood} FROM {Viewings}"))).containsExactly("GOOD");
    }

    @DialectTest
    void aRenamedEnumColumnTakesANewConstantInTheNextMigration(TestTarget target) throws Exception {
        Evolution e = withLinks(target);
        GeneratedMigration rename = e.generate(viewings("Views", true, "feeling", Mood.class));
        e.up(rename);

        GeneratedMigration moreMoods = e.generate(viewings("Views", true, "feeling", MoreMoods.class));
        if (target.backend() == dev.junction.testing.Backend.H2) return; // H2 names the CHECK itself: a warning only
        e.up(moreMoods);

        e.sql.execute(e.q("UPDATE {Views} SET {feeling} = ?"), "MEH");
        assertThat(e.sql.column(e.q("SELECT {feeling} FROM {Views}"))).containsExactly("MEH");
        e.sql.execute(e.q("UPDATE {Views} SET {feeling} = ?"), "GOOD");
        e.down(moreMoods);
        e.down(rename);
        assertThat(Evolution.describe(e.first)).isEqualTo(e.firstSchema());
    }
}
