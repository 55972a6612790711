package dev.junction.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.query.Where;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** A model without hooks writes with one statement per call, as before hooks existed; with hooks, the same ones. */
class HooklessStatementCountTest {
    record Show(Long id, String title) {
    }

    record Hooked(Long id, String title) {
        static void afterCreate(Hooked h) {
        }
    }

    @DialectTest
    void eachWriteOfAModelWithoutHooksIsOneStatement(TestTarget target) {
        List<String> sql = new CopyOnWriteArrayList<>();
        Junction db = target.open(b -> b.listener((text, parameters, nanos) -> sql.add(text)));
        Model<Show> shows = db.define(Show.class);
        db.sync();
        sql.clear();

        Show dune = shows.create(new Show(null, "Dune"));
        shows.bulkCreate(List.of(new Show(null, "A"), new Show(null, "B")));
        shows.update(new Show(dune.id(), "Dune 2"));
        shows.update(Map.of("title", "C"), Where.eq("title", "A"));
        shows.destroy(dune);
        shows.destroy(Where.eq("title", "B"));

        assertThat(sql).extracting(s -> s.stripLeading().substring(0, 6).toUpperCase(java.util.Locale.ROOT))
                .containsExactly("INSERT", "INSERT", "UPDATE", "UPDATE", "DELETE", "DELETE");
    }

    @DialectTest
    void hooksAddATransactionNotStatements(TestTarget target) {
        List<String> sql = new CopyOnWriteArrayList<>();
        Junction db = target.open(b -> b.listener((text, parameters, nanos) -> sql.add(text)));
        Model<Hooked> shows = db.define(Hooked.class);
        db.sync();
        sql.clear();

        shows.create(new Hooked(null, "Dune"));

        assertThat(sql).hasSize(1);
    }
}
