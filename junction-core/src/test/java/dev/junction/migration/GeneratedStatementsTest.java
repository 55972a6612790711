package dev.junction.migration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.Junction;
import dev.junction.schema.DataType;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated files need no line-based splitting: a default or backfill holding {@code ;}, a newline and {@code --}
 * is one string literal of one statement, and the Migrator's splitter runs it as such.
 */
class GeneratedStatementsTest {
    private static final String DEFAULT = "closed;\n-- on Mondays; 'really'";
    private static final String BACKFILL = "a;b\nc -- d";

    @TempDir
    Path root;

    private static void signs(Junction db, boolean withNote) {
        db.define("Sign", m -> {
            m.timestamps(false).attribute("text", DataType.string(60), a -> a.defaultValue(DEFAULT));
            if (withNote) m.attribute("note", DataType.string(60), a -> a.notNull());
        });
    }

    @DialectTest
    void aDefaultAndABackfillWithSemicolonsNewlinesAndDashesRoundTrip(TestTarget target) throws Exception {
        Evolution e = new Evolution(target, root, db -> signs(db, false));
        e.sql.execute(e.q("INSERT INTO {Signs} ({id}) VALUES (1)"));
        assertThat(e.sql.column(e.q("SELECT {text} FROM {Signs}"))).containsExactly(DEFAULT);

        GeneratedMigration migration = e.generate(db -> signs(db, true),
                GenerateOptions.defaults().backfill("Signs.note", BACKFILL));
        e.up(migration);

        assertThat(e.second.check().differences()).isEmpty();
        assertThat(e.sql.rows(e.q("SELECT {text}, {note} FROM {Signs}"))).containsExactly(DEFAULT + "|" + BACKFILL);
        e.down(migration);
        assertThat(Evolution.describe(e.first)).isEqualTo(e.firstSchema());
    }

    private static void boards(Junction db, int length) {
        db.define("Board", m -> m.timestamps(false).attribute("text", DataType.string(length),
                a -> a.defaultValue("closed;\nDELETE FROM Boards")));
    }

    @DialectTest
    void aStatementLeftCommentedOutIsCommentedOnEveryLine(TestTarget target) throws Exception {
        Evolution e = new Evolution(target, root, db -> boards(db, 40));
        e.sql.execute(e.q("INSERT INTO {Boards} ({id}) VALUES (1)"));
        GeneratedMigration migration = e.generate(db -> boards(db, 30));
        assertThat(migration.warnings()).anyMatch(w -> w.startsWith("Narrowing Boards.text"));
        if (target.backend() != dev.junction.testing.Backend.SQLITE) { // SQLite rebuilds the table as it was
            assertThat(java.nio.file.Files.readAllLines(e.file(migration, ".up.sql")))
                    .allMatch(line -> line.startsWith("--"));
        }

        e.up(migration);

        assertThat(e.sql.column(e.q("SELECT {text} FROM {Boards}"))).containsExactly("closed;\nDELETE FROM Boards");
    }
}
