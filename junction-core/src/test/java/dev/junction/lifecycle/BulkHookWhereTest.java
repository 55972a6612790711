package dev.junction.lifecycle;

import static dev.junction.query.Where.eq;
import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.query.Query;
import dev.junction.query.Where;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * beforeBulkUpdate and beforeBulkDestroy see the caller's where; the handle's scope and the soft-delete filter are
 * applied to whatever where they return, so a hook that replaces it cannot reach rows the handle does not read.
 */
class BulkHookWhereTest {
    record Beach(Long id, String name, Boolean open) {
    }

    /** Bondi and Coogee open, Manly closed, Bronte open but soft-deleted; every bulk hook widens to every row. */
    private static Model<Beach> beaches(Junction db, List<Object> seen) {
        Model<Beach> beaches = db.define(Beach.class, m -> m.paranoid().defaultScope(eq("open", true))
                .hooks(Beach.class, h -> h
                        .beforeBulkUpdate(b -> {
                            seen.add(b.where());
                            return b.withWhere(Where.all());
                        })
                        .beforeBulkDestroy(w -> {
                            seen.add(w);
                            return Where.all();
                        })));
        db.sync();
        beaches.create(new Beach(null, "Bondi", true));
        beaches.create(new Beach(null, "Coogee", true));
        beaches.create(new Beach(null, "Manly", false));
        Beach bronte = beaches.create(new Beach(null, "Bronte", true));
        beaches.destroy(bronte);
        return beaches;
    }

    @DialectTest
    void aBulkUpdateHookSeesTheCallersWhereAndCannotWidenPastScopeAndSoftDelete(TestTarget target) {
        Junction db = target.open();
        List<Object> seen = new ArrayList<>();
        Model<Beach> beaches = beaches(db, seen);

        assertThat(beaches.update(Map.of("name", "Renamed"), eq("name", "Bondi"))).isEqualTo(2);

        assertThat(seen).containsExactly(eq("name", "Bondi"));
        assertThat(beaches.unscoped().findAll(Query.all().withDeleted())).extracting(Beach::name)
                .containsExactlyInAnyOrder("Renamed", "Renamed", "Manly", "Bronte");
    }

    @DialectTest
    void aBulkDestroyHookSeesTheCallersWhereAndCannotWidenPastScopeAndSoftDelete(TestTarget target) {
        Junction db = target.open();
        List<Object> seen = new ArrayList<>();
        Model<Beach> beaches = beaches(db, seen);

        assertThat(beaches.destroy(eq("name", "Bondi"))).isEqualTo(2);

        assertThat(seen).containsExactly(eq("name", "Bondi"));
        assertThat(beaches.unscoped().findAll()).extracting(Beach::name).containsExactly("Manly");
        assertThat(beaches.unscoped().findAll(Query.all().withDeleted())).hasSize(4);
    }
}
