package dev.junction.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.DefinitionException;
import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Row;
import dev.junction.StaleInstanceException;
import dev.junction.annotation.Version;
import dev.junction.schema.Attribute;
import dev.junction.schema.DataType;
import dev.junction.schema.ModelSpec;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

/** How a model declares its version counter, and the declarations that are refused. */
class VersionDeclarationTest {
    record Doc(Long id, String title, @Version Long rev) {
    }

    record Page(Long id, String title, Integer rev) {
    }

    /** A class keeping its options in {@code init}, as Sequelize's {@code Model.init}. */
    record Ticket(Long id, String title, Integer version) {
        static void init(ModelSpec spec) {
            spec.version();
        }
    }

    /** A POJO with the annotation on a field. */
    public static class Memo {
        public Long id;
        public String text;
        @Version
        public int version;
    }

    record Note(Long id, String text) {
    }

    record TextVersion(Long id, String version) {
    }

    record TwoVersions(Long id, @Version Integer a, @Version Integer b) {
    }

    record Marked(Long id, @Version Integer rev, Integer other) {
    }

    @DialectTest
    void theAnnotationMakesAPropertyTheVersion(TestTarget target) {
        Junction db = target.open();
        Model<Doc> docs = db.define(Doc.class);
        db.sync();
        Attribute rev = docs.definition().attribute("rev").orElseThrow();
        assertThat(rev.role()).isEqualTo(Attribute.Role.VERSION);
        assertThat(rev.allowNull()).isFalse();
        assertThat(rev.defaultValue()).isEqualTo(0L);
        Doc read = docs.create(new Doc(null, "a", null));
        assertThat(read.rev()).isZero();
        assertThat(docs.update(new Doc(read.id(), "b", read.rev())).rev()).isEqualTo(1L);
        assertThatThrownBy(() -> docs.update(new Doc(read.id(), "c", read.rev())))
                .isInstanceOf(StaleInstanceException.class);
    }

    @DialectTest
    void versionNamesTheCounterAttribute(TestTarget target) {
        Junction db = target.open();
        Model<Page> pages = db.define(Page.class, m -> m.version("rev"));
        db.sync();
        Page read = pages.create(new Page(null, "a", null));
        assertThat(pages.update(new Page(read.id(), "b", 0)).rev()).isEqualTo(1);
        assertThatThrownBy(() -> pages.update(read)).isInstanceOf(StaleInstanceException.class);
    }

    @DialectTest
    void aClassInitAndAPojoFieldDeclareItToo(TestTarget target) {
        Junction db = target.open();
        Model<Ticket> tickets = db.define(Ticket.class);
        Model<Memo> memos = db.define(Memo.class);
        db.sync();
        Ticket ticket = tickets.create(new Ticket(null, "a", null));
        tickets.update(ticket);
        assertThatThrownBy(() -> tickets.update(ticket)).isInstanceOf(StaleInstanceException.class);
        Memo memo = new Memo();
        memo.text = "a";
        memo = memos.create(memo);
        assertThat(memos.update(memo).version).isEqualTo(1);
        memo.version = 0;
        Memo stale = memo;
        assertThatThrownBy(() -> memos.update(stale)).isInstanceOf(StaleInstanceException.class);
    }

    @DialectTest
    void aClassWithoutThePropertyGetsANotNullColumnDefaultZero(TestTarget target) throws Exception {
        Junction db = target.open();
        Model<Note> notes = db.define(Note.class, m -> m.version());
        Model<Row> counters = db.define("Counter", m -> m.attribute("n", DataType.integer()).version());
        db.sync();
        assertThat(db.check().matches()).as(db.check().toString()).isTrue();
        Note note = notes.create(new Note(null, "a"));
        notes.update(new Note(note.id(), "b"));
        assertThat(db.model("Note").findByPk(note.id()).orElseThrow().get("version")).isEqualTo(1);
        assertThat(counters.create(Row.of("n", 1)).get("version")).isEqualTo(0);
        try (Connection c = target.jdbc(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO " + quote(target, "Counters") + " (" + quote(target, "n") + ", "
                    + quote(target, "createdAt") + ", " + quote(target, "updatedAt") + ") VALUES (2, "
                    + "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            try (ResultSet rs = s.executeQuery("SELECT " + quote(target, "version") + " FROM "
                    + quote(target, "Counters") + " WHERE " + quote(target, "n") + " = 2")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isZero();
            }
            assertThatThrownBy(() -> s.executeUpdate("UPDATE " + quote(target, "Counters") + " SET "
                    + quote(target, "version") + " = NULL")).isInstanceOf(java.sql.SQLException.class);
        }
    }

    private static String quote(TestTarget target, String name) {
        return target.backend() == dev.junction.testing.Backend.MARIADB ? "`" + name + "`" : "\"" + name + "\"";
    }

    @DialectTest
    void badDeclarationsAreDefinitionErrorsNamingModelAndAttribute(TestTarget target) {
        Junction db = target.open();
        assertThatThrownBy(() -> db.define(TextVersion.class, m -> m.version()))
                .isInstanceOf(DefinitionException.class).hasMessageContaining("TextVersion")
                .hasMessageContaining("'version'").hasMessageContaining("Integer or Long");
        assertThatThrownBy(() -> db.define(TwoVersions.class)).isInstanceOf(DefinitionException.class)
                .hasMessageContaining("TwoVersions").hasMessageContaining("'a'").hasMessageContaining("'b'");
        assertThatThrownBy(() -> db.define(Marked.class, m -> m.version("other")))
                .isInstanceOf(DefinitionException.class).hasMessageContaining("Marked")
                .hasMessageContaining("other").hasMessageContaining("rev");
        assertThatThrownBy(() -> db.define(Page.class, m -> m.version("id")))
                .isInstanceOf(DefinitionException.class).hasMessageContaining("Page").hasMessageContaining("'id'");
        assertThatThrownBy(() -> db.define(Note.class, m -> m.version("createdAt")))
                .isInstanceOf(DefinitionException.class).hasMessageContaining("Note")
                .hasMessageContaining("createdAt");
        assertThatThrownBy(() -> db.define(Note.class, m -> m.version(null)))
                .isInstanceOf(dev.junction.JunctionException.class).hasMessageContaining("version");
    }
}
