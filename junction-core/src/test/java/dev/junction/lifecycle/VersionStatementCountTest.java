package dev.junction.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.query.Where;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A model without a version sends exactly the statements it sent before optimistic locking existed; a versioned
 * one sends as many (the check and the bump ride in the same statement), unless a write is refused.
 */
class VersionStatementCountTest {
    record Show(Long id, String title, Integer views) {
    }

    record Versioned(Long id, String title, Integer views, Integer version) {
    }

    private static List<String> statements(TestTarget target, Consumer<Junction> work) {
        List<String> sql = new CopyOnWriteArrayList<>();
        Junction db = target.open(b -> b.listener((text, parameters, nanos) -> sql.add(text)));
        work.accept(db);
        return sql;
    }

    private static String kind(String sql) {
        return sql.stripLeading().substring(0, 6).toUpperCase(Locale.ROOT);
    }

    @DialectTest
    void aModelWithoutAVersionWritesAsBefore(TestTarget target) {
        List<String> sql = statements(target, db -> {
            Model<Show> shows = db.define(Show.class, m -> m.paranoid());
            db.sync();
            Show dune = shows.create(new Show(null, "Dune", 0));
            dune = shows.update(new Show(dune.id(), "Dune 2", 0));
            shows.update(dune, "title");
            shows.update(Map.of("title", "C"), Where.all());
            shows.increment("views", 1, Where.all());
            shows.destroy(dune);
            shows.restore(dune);
            shows.destroy(dune, true);
        }).stream().filter(s -> !kind(s).equals("CREATE") && !kind(s).equals("SELECT")).toList();

        assertThat(sql).extracting(VersionStatementCountTest::kind)
                .containsExactly("INSERT", "UPDATE", "UPDATE", "UPDATE", "UPDATE", "UPDATE", "UPDATE", "DELETE");
        assertThat(sql).noneMatch(s -> s.toLowerCase(Locale.ROOT).contains("version"));
        assertThat(sql).noneMatch(s -> s.contains("+ 1"));
    }

    @DialectTest
    void aVersionedModelSendsAsManyStatementsWhenNothingIsStale(TestTarget target) {
        List<String> sql = new CopyOnWriteArrayList<>();
        Junction db = target.open(b -> b.listener((text, parameters, nanos) -> sql.add(text)));
        Model<Versioned> shows = db.define(Versioned.class, m -> m.version().paranoid());
        db.sync();
        sql.clear();
        Versioned dune = shows.create(new Versioned(null, "Dune", 0, null));
        dune = shows.update(new Versioned(dune.id(), "Dune 2", 0, dune.version()));
        dune = shows.update(dune, "title");
        shows.destroy(dune);
        shows.destroy(new Versioned(dune.id(), "Dune 2", 0, dune.version() + 1), true);

        assertThat(sql).extracting(VersionStatementCountTest::kind)
                .containsExactly("INSERT", "UPDATE", "UPDATE", "UPDATE", "DELETE");
        assertThat(sql.subList(1, 4)).allMatch(s -> s.contains("+ 1") && s.contains("version` = ?")
                || s.contains("+ 1") && s.contains("version\" = ?"));
        assertThat(sql.get(4)).containsPattern("version.? = \\?");
    }
}
