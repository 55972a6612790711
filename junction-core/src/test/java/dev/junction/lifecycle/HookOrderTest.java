package dev.junction.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.ValidationException;
import dev.junction.query.Where;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** Hooks run in Sequelize's order: validate, then create/update, then save; bulk hooks around the instances'. */
class HookOrderTest {
    record Show(Long id, String title) {
    }

    private static Model<Show> logged(Junction db, List<String> log) {
        Model<Show> shows = db.define(Show.class, m -> m
                .attribute("title", a -> a.notEmpty())
                .hooks(Show.class, h -> h
                        .beforeValidate(s -> note(log, "beforeValidate", s))
                        .afterValidate(s -> note(log, "afterValidate", s))
                        .beforeCreate(s -> note(log, "beforeCreate", s))
                        .afterCreate(s -> note(log, "afterCreate", s))
                        .beforeUpdate(s -> note(log, "beforeUpdate", s))
                        .afterUpdate(s -> note(log, "afterUpdate", s))
                        .beforeSave(s -> note(log, "beforeSave", s))
                        .afterSave(s -> note(log, "afterSave", s))
                        .beforeDestroy(s -> note(log, "beforeDestroy", s))
                        .afterDestroy(s -> note(log, "afterDestroy", s))
                        .beforeBulkCreate(l -> {
                            log.add("beforeBulkCreate " + l.size());
                            return l;
                        })
                        .afterBulkCreate(l -> log.add("afterBulkCreate " + l.stream().map(Show::id).toList()))
                        .beforeBulkUpdate(u -> {
                            log.add("beforeBulkUpdate " + u.values());
                            return u;
                        })
                        .afterBulkUpdate(u -> log.add("afterBulkUpdate"))
                        .beforeBulkDestroy(w -> {
                            log.add("beforeBulkDestroy");
                            return w;
                        })
                        .afterBulkDestroy(w -> log.add("afterBulkDestroy"))));
        db.sync();
        return shows;
    }

    private static Show note(List<String> log, String hook, Show show) {
        log.add(hook + " " + show.title() + (show.id() == null ? "" : "#" + show.id()));
        return show;
    }

    @DialectTest
    void createAndUpdateRunValidateThenTheirOwnThenSave(TestTarget target) {
        List<String> log = new CopyOnWriteArrayList<>();
        Model<Show> shows = logged(target.open(), log);

        Show dune = shows.create(new Show(null, "Dune"));
        long id = dune.id();
        assertThat(log).containsExactly("beforeValidate Dune", "afterValidate Dune", "beforeCreate Dune",
                "beforeSave Dune", "afterCreate Dune#" + id, "afterSave Dune#" + id);

        log.clear();
        shows.update(new Show(id, "Dune 2"));
        assertThat(log).containsExactly("beforeValidate Dune 2#" + id, "afterValidate Dune 2#" + id,
                "beforeUpdate Dune 2#" + id, "beforeSave Dune 2#" + id, "afterUpdate Dune 2#" + id,
                "afterSave Dune 2#" + id);

        log.clear();
        shows.destroy(new Show(id, "Dune 2"));
        assertThat(log).containsExactly("beforeDestroy Dune 2#" + id, "afterDestroy Dune 2#" + id);
    }

    @DialectTest
    void bulkCreateRunsEveryInstancesHooksInsideTheBulkOnes(TestTarget target) {
        List<String> log = new CopyOnWriteArrayList<>();
        Model<Show> shows = logged(target.open(), log);

        List<Show> created = shows.bulkCreate(List.of(new Show(null, "A"), new Show(null, "B")));
        long a = created.get(0).id();
        long b = created.get(1).id();

        assertThat(log).containsExactly("beforeBulkCreate 2",
                "beforeValidate A", "beforeValidate B",
                "afterValidate A", "beforeCreate A", "beforeSave A",
                "afterValidate B", "beforeCreate B", "beforeSave B",
                "afterCreate A#" + a, "afterSave A#" + a, "afterCreate B#" + b, "afterSave B#" + b,
                "afterBulkCreate [" + a + ", " + b + "]");
    }

    @DialectTest
    void updateAndDestroyOfManyRowsRunOnlyTheBulkHooks(TestTarget target) {
        List<String> log = new CopyOnWriteArrayList<>();
        Model<Show> shows = logged(target.open(), log);
        shows.withoutHooks().bulkCreate(List.of(new Show(null, "A"), new Show(null, "B")));

        assertThat(shows.update(Map.of("title", "C"), Where.all())).isEqualTo(2);
        assertThat(shows.destroy(Where.all())).isEqualTo(2);

        assertThat(log).containsExactly("beforeBulkUpdate {title=C}", "afterBulkUpdate", "beforeBulkDestroy",
                "afterBulkDestroy");
    }

    @DialectTest
    void aFailingValidatorStopsBeforeAfterValidate(TestTarget target) {
        List<String> log = new CopyOnWriteArrayList<>();
        Model<Show> shows = logged(target.open(), log);

        assertThatThrownBy(() -> shows.create(new Show(null, ""))).isInstanceOf(ValidationException.class);

        assertThat(log).containsExactly("beforeValidate ");
        assertThat(shows.count()).isZero();
    }

    @DialectTest
    void saveHooksRunAmongCreateAndUpdateHooksInDeclarationOrderAsSequelizeProxiesThem(TestTarget target) {
        Junction db = target.open();
        List<String> log = new CopyOnWriteArrayList<>();
        Model<Show> shows = db.define(Show.class, m -> m.hooks(Show.class, h -> h
                .beforeSave(s -> note(log, "beforeSave", s))
                .beforeCreate(s -> note(log, "beforeCreate", s))
                .beforeUpdate(s -> note(log, "beforeUpdate", s))
                .afterSave(s -> note(log, "afterSave", s))
                .afterCreate(s -> note(log, "afterCreate", s))));
        db.sync();

        Show dune = shows.create(new Show(null, "Dune"));
        shows.update(dune);

        String id = "#" + dune.id();
        assertThat(log).containsExactly("beforeSave Dune", "beforeCreate Dune", "afterSave Dune" + id,
                "afterCreate Dune" + id, "beforeSave Dune" + id, "beforeUpdate Dune" + id, "afterSave Dune" + id);
    }

    @DialectTest
    void aBeforeSaveChangeIsValidatedAgain(TestTarget target) {
        Junction db = target.open();
        Model<Show> shows = db.define(Show.class, m -> m.attribute("title", a -> a.notEmpty())
                .hooks(Show.class, h -> h.beforeSave(s -> new Show(s.id(), ""))));
        db.sync();

        assertThatThrownBy(() -> shows.create(new Show(null, "Dune"))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("title");
        assertThat(shows.count()).isZero();
    }
}
