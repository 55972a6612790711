package dev.junction.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Row;
import dev.junction.ValidationException;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.util.ArrayList;
import java.util.List;

/**
 * A hooked class-backed model written through its Row view with a row holding only some attributes: the hooks get
 * a whole instance — an update's or destroy's absent attributes read from the stored row — never a
 * NullPointerException for a primitive component.
 */
class PartialRowHooksTest {
    record Show(Long id, String title, int rating) {
    }

    private static Model<Show> shows(Junction db, List<Show> seen) {
        Model<Show> shows = db.define(Show.class, m -> m.hooks(Show.class, h -> h
                .beforeUpdate(s -> {
                    seen.add(s);
                    return new Show(s.id(), s.title().toUpperCase(java.util.Locale.ROOT), s.rating());
                })
                .afterUpdate(seen::add)
                .beforeDestroy(seen::add)
                .afterDestroy(seen::add)));
        db.sync();
        return shows;
    }

    @DialectTest
    void destroyingByAPartialRowHandsTheHooksTheStoredInstance(TestTarget target) {
        Junction db = target.open();
        List<Show> seen = new ArrayList<>();
        Model<Show> shows = shows(db, seen);
        Show dune = shows.create(new Show(null, "Dune", 7));

        assertThat(db.model("Show").destroy(Row.of("id", dune.id()))).isTrue();

        assertThat(seen).containsExactly(dune, dune);
        assertThat(shows.findAll()).isEmpty();
    }

    @DialectTest
    void updatingByAPartialRowMergesTheStoredRowForTheHooksAndWritesWhatTheRowAndHookChanged(TestTarget target) {
        Junction db = target.open();
        List<Show> seen = new ArrayList<>();
        Model<Show> shows = shows(db, seen);
        Show dune = shows.create(new Show(null, "Dune", 7));

        db.model("Show").update(Row.of("id", dune.id(), "title", "Arrival"));

        assertThat(seen).containsExactly(new Show(dune.id(), "Arrival", 7), new Show(dune.id(), "ARRIVAL", 7));
        assertThat(shows.findByPk(dune.id())).contains(new Show(dune.id(), "ARRIVAL", 7));
    }

    @DialectTest
    void anExplicitNullForAPrimitiveReachesValidationNotTheRecord(TestTarget target) {
        Junction db = target.open();
        List<Show> seen = new ArrayList<>();
        Model<Show> shows = shows(db, seen);
        Show dune = shows.create(new Show(null, "Dune", 7));

        assertThatThrownBy(() -> db.model("Show").update(Row.of("id", dune.id(), "rating", null)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("Show.rating");
        assertThat(shows.findByPk(dune.id())).contains(dune);
    }

    @DialectTest
    void creatingFromARowWithoutAPrimitiveAttributeIsAValidationError(TestTarget target) {
        Junction db = target.open();
        Model<Show> shows = db.define(Show.class, m -> m.hooks(Show.class, h -> h.beforeValidate(s -> s)));
        db.sync();

        assertThatThrownBy(() -> db.model("Show").create(Row.of("title", "Dune")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("Show.rating");
        assertThat(shows.findAll()).isEmpty();
    }
}
