package dev.junction.crud;

import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.testing.Backend;
import dev.junction.testing.DialectTest;
import dev.junction.testing.RawSql;
import dev.junction.testing.TestTarget;
import java.util.ArrayList;
import java.util.List;

/**
 * bulkCreate writes many rows as INSERT would, whatever the model's table is: on PostgreSQL {@code COPY} refuses
 * views ("cannot copy to view") and bypasses rules, so rows going to an updatable view, or to a table whose INSERT
 * rule redirects them, take the INSERT path at any size (the views and rules are made by hand on PostgreSQL; the
 * other databases have no COPY path to fall back from).
 */
class BulkCreateIntoViewsTest {
    record Tag(Long id, String name) {
    }

    record Note(Long id, String body) {
    }

    private static List<Tag> tags(long from, long to) {
        List<Tag> out = new ArrayList<>();
        for (long i = from; i < to; i++) out.add(new Tag(i, "tag" + i));
        return out;
    }

    @DialectTest
    void aModelOnAnUpdatableViewTakesFiftyRowsAsItTakesFortyNine(TestTarget target) throws Exception {
        if (target.backend() != Backend.POSTGRESQL) return; // an updatable view made by hand
        Junction db = target.open();
        RawSql raw = new RawSql(target, db);
        raw.script("CREATE TABLE \"TagStore\" (\"id\" BIGINT PRIMARY KEY, \"name\" VARCHAR(255), \"hidden\" BOOLEAN"
                + " NOT NULL DEFAULT false)");
        raw.script("CREATE VIEW \"Tags\" AS SELECT \"id\", \"name\" FROM \"TagStore\" WHERE NOT \"hidden\"");
        Model<Tag> tags = db.define(Tag.class, m -> m.timestamps(false));

        tags.bulkCreate(tags(1, 50));
        tags.bulkCreate(tags(100, 160));

        assertThat(tags.count()).isEqualTo(109);
        assertThat(raw.count("TagStore")).isEqualTo(109);
    }

    @DialectTest
    void rowsForATableWhoseInsertRuleRedirectsThemGoWhereTheRuleSends(TestTarget target) throws Exception {
        if (target.backend() != Backend.POSTGRESQL) return; // rules are PostgreSQL's
        Junction db = target.open();
        Model<Note> notes = db.define(Note.class, m -> m.timestamps(false));
        db.sync();
        RawSql raw = new RawSql(target, db);
        raw.script("CREATE TABLE \"NoteArchive\" (\"id\" BIGINT PRIMARY KEY, \"body\" VARCHAR(255))",
                "CREATE RULE \"NotesToArchive\" AS ON INSERT TO \"Notes\" DO INSTEAD INSERT INTO \"NoteArchive\""
                        + " VALUES (NEW.\"id\", NEW.\"body\")");
        List<Note> many = new ArrayList<>();
        for (long i = 1; i <= 60; i++) many.add(new Note(i, "note" + i));

        notes.bulkCreate(many);

        assertThat(notes.count()).isZero();
        assertThat(raw.count("NoteArchive")).isEqualTo(60);
    }
}
