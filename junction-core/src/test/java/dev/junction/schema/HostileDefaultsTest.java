package dev.junction.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.junction.DefinitionException;
import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Row;
import dev.junction.testing.Backend;
import dev.junction.testing.DialectTest;
import dev.junction.testing.RawSql;
import dev.junction.testing.TestTarget;
import java.util.ArrayList;
import java.util.List;

/**
 * Defaults are the one place values are written into SQL (DDL takes no bind parameters): whatever text a default
 * holds, the table gets exactly the model's columns, and a row inserted without the value holds exactly that text.
 */
class HostileDefaultsTest {
    static final List<String> HOSTILE = List.of("C:\\new\\table", "x\\', `evil` TEXT) #", "it's", "\\'", "''", "\\",
            "\\\\", "ends with a backslash \\", "\"quoted\"", "'); DROP TABLE \"Notes\"; --", "`; DROP TABLE `Notes`; --",
            "# hash", "-- dashes", "/* c */", "line\nbreak\r\ttab", "\\n\\t\\0\\Z\\%\\_", "%_?", "$$ dollar $$ $1",
            "🦀 crab, 👩‍👩‍👧 family", "Ünïcödé ñ שָׁלוֹם", "\u2028\u00a0", "trailing  ", "");

    /** A Note with one string column per hostile default ({@code d0, d1, …}), one text column, and a title. */
    private static Model<Row> notes(Junction db, List<String> defaults) {
        Model<Row> notes = db.define("Note", m -> {
            m.attribute("title", DataType.string(20)).timestamps(false);
            for (int i = 0; i < defaults.size(); i++) {
                String value = defaults.get(i);
                m.attribute("d" + i, DataType.string(100), a -> a.defaultValue(value));
            }
            m.attribute("body", DataType.text(), a -> a.defaultValue("C:\\new\\table, 'x' \\' `y` #"));
        });
        db.sync();
        return notes;
    }

    private static List<String> expectedColumns(int defaults) {
        List<String> columns = new ArrayList<>(List.of("id", "title"));
        for (int i = 0; i < defaults; i++) columns.add("d" + i);
        columns.add("body");
        return columns;
    }

    @DialectTest
    void hostileDefaultsMakeExactlyTheModelsColumns(TestTarget target) {
        Junction db = target.open();
        notes(db, HOSTILE);

        assertThat(db.describe().table("Notes").orElseThrow().columns()).extracting(DatabaseSchema.Column::name)
                .containsExactlyElementsOf(expectedColumns(HOSTILE.size()));
    }

    @DialectTest
    void aRowInsertedWithoutTheValuesHoldsEachDefaultExactly(TestTarget target) throws Exception {
        Junction db = target.open();
        Model<Row> notes = notes(db, HOSTILE);
        RawSql raw = new RawSql(target, db);

        raw.execute("INSERT INTO {Notes} ({title}) VALUES (?)", "by hand");

        Row stored = notes.findOne(dev.junction.query.Where.eq("title", "by hand")).orElseThrow();
        for (int i = 0; i < HOSTILE.size(); i++) {
            assertThat(stored.getString("d" + i)).as("default %s", HOSTILE.get(i)).isEqualTo(HOSTILE.get(i));
        }
        assertThat(stored.getString("body")).isEqualTo("C:\\new\\table, 'x' \\' `y` #");
        assertThat(raw.count("Notes")).isEqualTo(1);
    }

    @DialectTest
    void nonFiniteNumberDefaultsAreRefusedWhenDefined(TestTarget target) {
        Junction db = target.open();
        for (double value : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            assertThat(catchThrowable(() -> db.define("Reading", m -> m.attribute("level", DataType.doubleType(),
                    a -> a.defaultValue(value))))).as("default %s", value).isInstanceOf(DefinitionException.class)
                    .hasMessageContaining("Reading").hasMessageContaining("level").hasMessageContaining("finite");
        }
        assertThat(db.definitions()).isEmpty();
    }

    /** On MariaDB the session has NO_BACKSLASH_ESCAPES, where a backslash in a quoted literal is an ordinary one. */
    @DialectTest
    void defaultsReadBackExactlyInASessionWithoutBackslashEscapes(TestTarget target) throws Exception {
        String url = target.url();
        String session = target.backend() != Backend.MARIADB ? url
                : url + (url.contains("?") ? "&" : "?") + "sessionVariables=sql_mode=NO_BACKSLASH_ESCAPES";
        Junction db = target.open(b -> b.url(session));
        List<String> defaults = List.of("C:\\new\\table", "x\\', `evil` TEXT) #", "\\'", "\\", "it's");
        Model<Row> notes = notes(db, defaults);

        new RawSql(target, db).execute("INSERT INTO {Notes} ({title}) VALUES (?)", "by hand");

        Row stored = notes.findAll().get(0);
        for (int i = 0; i < defaults.size(); i++) {
            assertThat(stored.getString("d" + i)).as("default %s", defaults.get(i)).isEqualTo(defaults.get(i));
        }
        assertThat(stored.getString("body")).isEqualTo("C:\\new\\table, 'x' \\' `y` #");
    }

    @DialectTest
    void aNulOrALoneSurrogateInADefaultIsRefusedWhenDefinedAsInAnyValue(TestTarget target) {
        Junction db = target.open();

        for (String broken : List.of("before\u0000after", "a\uD800b")) {
            assertThatThrownBy(() -> notes(db, List.of(broken))).isInstanceOf(DefinitionException.class)
                    .hasMessageContaining("Note").hasMessageContaining("d0");
            assertThat(db.definitions()).isEmpty();
        }
    }
}
