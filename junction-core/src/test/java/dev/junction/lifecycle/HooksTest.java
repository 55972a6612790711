package dev.junction.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.DefinitionException;
import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Row;
import dev.junction.ValidationException;
import dev.junction.query.Where;
import dev.junction.schema.DataType;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.util.List;
import java.util.Map;

/** Before-hooks change or stop a write; after-hooks run in its transaction; withoutHooks skips them. */
class HooksTest {
    record Show(Long id, String title) {
        Show withTitle(String title) {
            return new Show(id, title);
        }
    }

    /** A show whose title is trimmed before every save and may not say "forbidden". */
    private static Model<Show> shows(Junction db) {
        Model<Show> shows = db.define(Show.class, m -> m.hooks(Show.class, h -> h
                .beforeSave(s -> s.withTitle(s.title().strip()))
                .beforeCreate(s -> {
                    if (s.title().contains("forbidden")) throw new IllegalStateException("no: " + s.title());
                    return s;
                })));
        db.sync();
        return shows;
    }

    @DialectTest
    void aBeforeHookReturnsTheInstanceThatIsWrittenAndReturned(TestTarget target) {
        Junction db = target.open();
        Model<Show> shows = shows(db);

        Show created = shows.create(new Show(null, "  Dune  "));

        assertThat(created.title()).isEqualTo("Dune");
        assertThat(shows.findByPk(created.id()).orElseThrow().title()).isEqualTo("Dune");
        Show updated = shows.update(created.withTitle(" Arrival "));
        assertThat(updated.title()).isEqualTo("Arrival");
        assertThat(shows.findByPk(created.id()).orElseThrow().title()).isEqualTo("Arrival");
    }

    @DialectTest
    void aBeforeHookThatThrowsStopsTheWriteAndItsExceptionReachesTheCaller(TestTarget target) {
        Junction db = target.open();
        Model<Show> shows = shows(db);

        assertThatThrownBy(() -> shows.create(new Show(null, "forbidden fruit")))
                .isExactlyInstanceOf(IllegalStateException.class).hasMessage("no: forbidden fruit");
        assertThatThrownBy(() -> shows.bulkCreate(List.of(new Show(null, "ok"), new Show(null, "forbidden"))))
                .isExactlyInstanceOf(IllegalStateException.class);

        assertThat(shows.count()).isZero();
    }

    @DialectTest
    void anAfterCreateThatThrowsRollsTheInsertBack(TestTarget target) {
        Junction db = target.open();
        Model<Show> shows = db.define(Show.class, m -> m.hooks(Show.class, h -> h.afterCreate(s -> {
            if (s.title().equals("Dune")) throw new IllegalStateException("after " + s.id());
        })));
        db.sync();

        assertThatThrownBy(() -> shows.create(new Show(null, "Dune"))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> shows.bulkCreate(List.of(new Show(null, "Arrival"), new Show(null, "Dune"))))
                .isInstanceOf(IllegalStateException.class);

        assertThat(shows.count()).isZero();
        assertThat(shows.create(new Show(null, "Arrival")).id()).isNotNull();
        assertThat(shows.count()).isEqualTo(1);
    }

    @DialectTest
    void anAfterUpdateOrAfterDestroyThatThrowsRollsTheWriteBack(TestTarget target) {
        Junction db = target.open();
        Model<Show> shows = db.define(Show.class, m -> m.hooks(Show.class, h -> h
                .afterUpdate(s -> {
                    throw new IllegalStateException("after update");
                })
                .afterDestroy(s -> {
                    throw new IllegalStateException("after destroy");
                })
                .afterBulkUpdate(u -> {
                    throw new IllegalStateException("after bulk update");
                })
                .afterBulkDestroy(w -> {
                    throw new IllegalStateException("after bulk destroy");
                })));
        db.sync();
        Show dune = shows.create(new Show(null, "Dune"));

        assertThatThrownBy(() -> shows.update(dune.withTitle("Arrival"))).hasMessage("after update");
        assertThatThrownBy(() -> shows.update(Map.of("title", "Solaris"), Where.all()))
                .hasMessage("after bulk update");
        assertThatThrownBy(() -> shows.destroy(dune)).hasMessage("after destroy");
        assertThatThrownBy(() -> shows.destroy(Where.all())).hasMessage("after bulk destroy");

        assertThat(shows.findAll()).containsExactly(dune);
    }

    @DialectTest
    void aBeforeDestroyThatThrowsKeepsTheRow(TestTarget target) {
        Junction db = target.open();
        Model<Show> shows = db.define(Show.class, m -> m.hooks(Show.class, h -> h
                .beforeDestroy(s -> {
                    throw new IllegalStateException("keep " + s.title());
                })
                .beforeBulkDestroy(w -> {
                    throw new IllegalStateException("keep all");
                })));
        db.sync();
        Show dune = shows.create(new Show(null, "Dune"));

        assertThatThrownBy(() -> shows.destroy(dune)).hasMessage("keep Dune");
        assertThatThrownBy(() -> shows.destroy(Where.all())).hasMessage("keep all");

        assertThat(shows.count()).isEqualTo(1);
    }

    @DialectTest
    void bulkHooksMayChangeWhatAnUpdateOrDestroyOfManyRowsTouches(TestTarget target) {
        Junction db = target.open();
        Model<Show> shows = db.define(Show.class, m -> m.hooks(Show.class, h -> h
                .beforeBulkUpdate(u -> u.withValues(Map.of("title", u.values().get("title") + "!")))
                .beforeBulkDestroy(w -> Where.and(w, Where.ne("title", "Keep!")))));
        db.sync();
        shows.bulkCreate(List.of(new Show(null, "a"), new Show(null, "b")));

        assertThat(shows.update(Map.of("title", "Keep"), Where.eq("title", "a"))).isEqualTo(1);
        assertThat(shows.destroy(Where.all())).isEqualTo(1);

        assertThat(shows.findAll()).extracting(Show::title).containsExactly("Keep!");
    }

    @DialectTest
    void withoutHooksSkipsEveryHookAlsoInATransaction(TestTarget target) {
        Junction db = target.open();
        Model<Show> shows = db.define(Show.class, m -> m.hooks(Show.class, h -> h
                .beforeCreate(s -> {
                    throw new IllegalStateException("hooked");
                })
                .beforeBulkCreate(l -> {
                    throw new IllegalStateException("hooked");
                })
                .beforeUpdate(s -> {
                    throw new IllegalStateException("hooked");
                })
                .beforeDestroy(s -> {
                    throw new IllegalStateException("hooked");
                })));
        db.sync();
        Model<Show> plain = shows.withoutHooks();

        Show dune = plain.create(new Show(null, "Dune"));
        plain.bulkCreate(List.of(new Show(null, "Arrival")));
        db.transaction(tx -> plain.in(tx).update(dune.withTitle("Dune 2")));
        boolean destroyed = db.transaction(tx -> plain.in(tx).destroy(dune));
        assertThat(destroyed).isTrue();

        assertThatThrownBy(() -> shows.create(new Show(null, "x"))).hasMessage("hooked");
        assertThat(plain.findAll()).extracting(Show::title).containsExactly("Arrival");
    }

    @DialectTest
    void aModelDefinedByNameTakesRowHooks(TestTarget target) {
        Junction db = target.open();
        Model<Row> tags = db.define("Tag", m -> m.attribute("name", DataType.string(40))
                .hooks(Row.class, h -> h.beforeCreate(r -> {
                    Row lower = new Row(r);
                    lower.put("name", r.get("name").toString().toLowerCase(java.util.Locale.ROOT));
                    return lower;
                })));
        db.sync();

        assertThat(tags.create(Row.of("name", "BEACH")).get("name")).isEqualTo("beach");
        assertThat(tags.findAll()).extracting(r -> r.get("name")).containsExactly("beach");
    }

    @DialectTest
    void theRowViewOfAClassModelRunsItsHooksOnInstancesOfTheClass(TestTarget target) {
        Junction db = target.open();
        shows(db);

        Row created = db.model("Show").create(Row.of("title", "  Dune "));

        assertThat(created.get("title")).isEqualTo("Dune");
        assertThatThrownBy(() -> db.model("Show").create(Row.of("title", "forbidden")))
                .isInstanceOf(IllegalStateException.class);
        assertThat(db.model("Show").findAll()).extracting(r -> r.get("title")).containsExactly("Dune");
    }

    @DialectTest
    void anUpdateThroughTheRowViewWritesWhatTheRowHeldAndWhatTheHookChanged(TestTarget target) {
        Junction db = target.open();
        Model<Show> shows = db.define(Show.class, m -> m.attribute("rating", DataType.integer(), a -> { })
                .hooks(Show.class, h -> h.beforeUpdate(s -> s.withTitle(s.title().strip()))));
        db.sync();
        Row dune = db.model("Show").create(Row.of("title", "Dune", "rating", 5));

        Row updated = db.model("Show").update(Row.of("id", dune.get("id"), "title", " Dune 2 "));

        assertThat(updated.get("title")).isEqualTo("Dune 2");
        Row stored = db.model("Show").findAll().get(0);
        assertThat(stored.get("title")).isEqualTo("Dune 2");
        assertThat(stored.getInteger("rating")).as("a column the class does not hold, not written").isEqualTo(5);
        assertThat(shows.count()).isEqualTo(1);
    }

    @DialectTest
    void aBeforeHookReturningNullIsAValidationExceptionNamingModelAndHook(TestTarget target) {
        Junction db = target.open();
        Model<Show> shows = db.define(Show.class, m -> m.hooks(Show.class, h -> h.beforeValidate(s -> null)));
        db.sync();

        assertThatThrownBy(() -> shows.create(new Show(null, "Dune"))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("Show.beforeValidate hook returned null");
        assertThat(shows.count()).isZero();
    }

    @DialectTest
    void aNullHookIsAValidationExceptionAndHooksOfAnotherClassADefinitionException(TestTarget target) {
        Junction db = target.open();

        assertThatThrownBy(() -> db.define(Show.class, m -> m.hooks(Show.class, h -> h.beforeCreate(null))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("beforeCreate: hook must not be null");
        assertThatThrownBy(() -> db.define(Show.class, m -> m.hooks(Row.class, h -> h.afterCreate(r -> { }))))
                .isInstanceOf(DefinitionException.class).hasMessageContaining("Model Show")
                .hasMessageContaining("hooks(Show.class");
    }

    /** A POJO model: a hook may change the instance in place. */
    public static class Beach {
        public Long id;
        public String name;
    }

    @DialectTest
    void aPojoMayBeChangedInPlace(TestTarget target) {
        Junction db = target.open();
        Model<Beach> beaches = db.define(Beach.class, m -> m.hooks(Beach.class, h -> h.beforeCreate(b -> {
            b.name = b.name.toUpperCase(java.util.Locale.ROOT);
            return b;
        })));
        db.sync();
        Beach bondi = new Beach();
        bondi.name = "bondi";

        beaches.create(bondi);

        assertThat(beaches.findAll()).extracting(b -> b.name).containsExactly("BONDI");
    }
}
