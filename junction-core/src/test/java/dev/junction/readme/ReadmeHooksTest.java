package dev.junction.readme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The README's "Hooks" example, as written there, on every database. */
class ReadmeHooksTest {
    static final class Audit {
        static final List<String> LINES = new CopyOnWriteArrayList<>();

        static void log(String line) {
            LINES.add(line);
        }
    }

    record Show(Long id, String title) {
        static void afterDestroy(Show show) { Audit.log("gone: " + show.title()); }   // found at define
    }

    @DialectTest
    void theHooksExample(TestTarget target) {
        Junction db = target.open();
        Audit.LINES.clear();
        Model<Show> shows = db.define(Show.class, m -> m.hooks(Show.class, h -> h
                .beforeSave(s -> new Show(s.id(), s.title().strip()))        // records: return a new instance
                .beforeCreate(s -> {
                    if (s.title().isEmpty()) throw new IllegalArgumentException("untitled");   // stops the write
                    return s;
                })));
        db.sync();
        assertThat(shows.create(new Show(null, "  Dune ")).title()).isEqualTo("Dune");

        assertThatThrownBy(() -> shows.create(new Show(null, ""))).isInstanceOf(IllegalArgumentException.class);
        Show dune = shows.findAll().get(0);
        assertThat(dune.title()).isEqualTo("Dune");
        shows.destroy(dune);
        assertThat(Audit.LINES).containsExactly("gone: Dune");
        assertThat(shows.withoutHooks().create(new Show(null, "")).title()).isEmpty();
    }
}
