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
 * Review of issue 19's COPY path: a model whose table is an updatable view takes INSERTs (PostgreSQL rewrites them
 * onto the base table), so bulkCreate wrote to it before the bulk path; {@code COPY} refuses views ("cannot copy to
 * view"), so from 50 rows on the call now fails where 49 rows succeed.
 */
class ReviewCopyTargetsTest {
    record Tag(Long id, String name) {
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
        List<Tag> few = new ArrayList<>();
        for (long i = 1; i <= 49; i++) few.add(new Tag(i, "tag" + i));
        List<Tag> many = new ArrayList<>();
        for (long i = 100; i < 160; i++) many.add(new Tag(i, "tag" + i));

        tags.bulkCreate(few);
        tags.bulkCreate(many);

        assertThat(tags.count()).isEqualTo(109);
    }
}
