package dev.junction.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.DefinitionException;
import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.query.Where;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Static methods named after hook points, next to {@code associate}, are hooks; a wrong signature is refused. */
class StaticHooksTest {
    static final List<String> LOG = new CopyOnWriteArrayList<>();

    record Show(Long id, String title) {
        static Show beforeCreate(Show show) {
            LOG.add("static beforeCreate " + show.title());
            return new Show(show.id(), show.title().strip());
        }

        static void afterCreate(Show show) {
            LOG.add("static afterCreate " + show.title());
            if (show.title().equals("boom")) throw new IllegalStateException("boom");
        }

        static Where beforeBulkDestroy(Where where) {
            LOG.add("static beforeBulkDestroy");
            return where;
        }

        /** Not a hook name: ignored. */
        static void beforeCreating(Show show) {
            throw new AssertionError();
        }
    }

    @DialectTest
    void staticHooksRunBeforeTheSpecsAndMayReplaceTheInstance(TestTarget target) {
        Junction db = target.open();
        List<String> log = new CopyOnWriteArrayList<>();
        Model<Show> shows = db.define(Show.class, m -> m.hooks(Show.class, h -> h.beforeCreate(s -> {
            log.add("spec beforeCreate " + s.title());
            return s;
        })));
        db.sync();
        LOG.clear();

        Show created = shows.create(new Show(null, "  Dune "));

        assertThat(created.title()).isEqualTo("Dune");
        assertThat(LOG).containsExactly("static beforeCreate   Dune ", "static afterCreate Dune");
        assertThat(log).containsExactly("spec beforeCreate Dune");
        assertThatThrownBy(() -> shows.create(new Show(null, "boom"))).hasMessage("boom");
        assertThat(shows.findAll()).containsExactly(created);
        shows.destroy(Where.all());
        assertThat(LOG).endsWith("static beforeBulkDestroy");
    }

    record NotStatic(Long id, String title) {
        void beforeCreate(NotStatic n) {
        }
    }

    record WrongParameter(Long id, String title) {
        static void afterCreate(String title) {
        }
    }

    record WrongReturn(Long id, String title) {
        static String beforeCreate(WrongReturn w) {
            return "";
        }
    }

    record AfterReturns(Long id, String title) {
        static AfterReturns afterCreate(AfterReturns a) {
            return a;
        }
    }

    record BulkWrongType(Long id, String title) {
        static void afterBulkCreate(BulkWrongType one) {
        }
    }

    @DialectTest
    void aWrongSignatureIsADefinitionExceptionNamingClassAndHook(TestTarget target) {
        Junction db = target.open();

        assertThatThrownBy(() -> db.define(NotStatic.class)).isInstanceOf(DefinitionException.class)
                .hasMessageContaining(NotStatic.class.getName()).hasMessageContaining("beforeCreate")
                .hasMessageContaining("must be static");
        assertThatThrownBy(() -> db.define(WrongParameter.class)).isInstanceOf(DefinitionException.class)
                .hasMessageContaining("afterCreate").hasMessageContaining("must take one WrongParameter");
        assertThatThrownBy(() -> db.define(WrongReturn.class)).isInstanceOf(DefinitionException.class)
                .hasMessageContaining("must return WrongReturn or void");
        assertThatThrownBy(() -> db.define(AfterReturns.class)).isInstanceOf(DefinitionException.class)
                .hasMessageContaining("afterCreate: must return void");
        assertThatThrownBy(() -> db.define(BulkWrongType.class)).isInstanceOf(DefinitionException.class)
                .hasMessageContaining("afterBulkCreate: must take one List");
        assertThat(db.definitions()).isEmpty();
    }
}
