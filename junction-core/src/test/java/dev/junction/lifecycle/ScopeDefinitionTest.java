package dev.junction.lifecycle;

import static dev.junction.query.Where.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.DefinitionException;
import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.ValidationException;
import dev.junction.query.Include;
import dev.junction.query.Query;
import dev.junction.query.Where;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** Bad scope declarations and arguments, and what scopes cost: bound values, the same SQL without them. */
class ScopeDefinitionTest {
    record Pier(Long id, String name, Boolean open) { }

    @DialectTest
    void badDeclarationsAreDefinitionErrorsNamingTheModel(TestTarget target) {
        Junction db = target.open();
        assertThatThrownBy(() -> db.define(Pier.class, m -> m.defaultScope((Where) null)))
                .isInstanceOf(DefinitionException.class).hasMessageContaining("defaultScope");
        assertThatThrownBy(() -> db.define(Pier.class, m -> m.defaultScope((Query) null)))
                .isInstanceOf(DefinitionException.class).hasMessageContaining("defaultScope");
        assertThatThrownBy(() -> db.define(Pier.class, m -> m.scope(null, eq("open", true))))
                .isInstanceOf(DefinitionException.class).hasMessageContaining("ModelSpec.scope");
        assertThatThrownBy(() -> db.define(Pier.class, m -> m.scope("open", (Where) null)))
                .isInstanceOf(DefinitionException.class).hasMessageContaining("ModelSpec.scope");
        assertThatThrownBy(() -> db.define(Pier.class, m -> m.scope("open", eq("open", true))
                .scope("open", eq("open", false))))
                .isInstanceOf(DefinitionException.class).hasMessage("Model Pier: scope 'open' is declared twice");
        assertThatThrownBy(() -> db.define(Pier.class, m -> m.scope("defaultScope", eq("open", true))))
                .isInstanceOf(DefinitionException.class).hasMessageContaining("Pier")
                .hasMessageContaining("defaultScope(…)");
        assertThatThrownBy(() -> db.define(Pier.class, m -> m.scope(" ", eq("open", true))))
                .isInstanceOf(DefinitionException.class).hasMessageContaining("Pier");
        Model<Pier> piers = db.define(Pier.class, m -> m.defaultScope(eq("open", true)));
        assertThat(piers.definition().scopes().defaultScope().where()).isEqualTo(eq("open", true));
    }

    @DialectTest
    void nullScopeNamesAreValidationErrors(TestTarget target) {
        Junction db = target.open();
        Model<Pier> piers = db.define(Pier.class, m -> m.scope("open", eq("open", true)));
        assertThatThrownBy(() -> piers.scoped((String[]) null)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("Pier.scoped");
        assertThatThrownBy(() -> piers.scoped("open", null)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("Pier.scoped");
        assertThat(piers.scoped().definition().name()).isEqualTo("Pier");
    }

    @DialectTest
    void anAttributeTheModelLacksIsRefusedByName(TestTarget target) {
        Junction db = target.open();
        Model<Pier> piers = db.define(Pier.class, m -> m.defaultScope(eq("closed", true)));
        db.sync();
        assertThatThrownBy(piers::findAll).isInstanceOf(ValidationException.class)
                .hasMessageContaining("Pier").hasMessageContaining("'closed'");
        assertThat(piers.unscoped().findAll()).isEmpty();
    }

    @DialectTest
    void scopeValuesAreBoundAndModelsWithoutScopesRunTheSameStatements(TestTarget target) {
        List<String> sql = new CopyOnWriteArrayList<>();
        List<List<Object>> parameters = new CopyOnWriteArrayList<>();
        Junction db = target.open(b -> b.listener((text, values, nanos) -> {
            sql.add(text);
            parameters.add(new ArrayList<>(values));
        }));
        Model<Pier> scoped = db.define(Pier.class, m -> m.defaultScope(eq("name", "x' OR 'a'='a")));
        Model<dev.junction.Row> plain = db.define("Jetty", m -> m.attribute("name",
                dev.junction.schema.DataType.string(20)));
        db.sync();
        sql.clear();
        parameters.clear();
        scoped.findAll();
        assertThat(sql).hasSize(1);
        assertThat(sql.get(0)).contains("WHERE").doesNotContain("OR 'a'");
        assertThat(parameters.get(0)).containsExactly("x' OR 'a'='a");
        sql.clear();
        plain.findAll();
        plain.findByPk(1);
        plain.count();
        plain.findAll(Query.all(), List.<Include<?, ?>>of());
        plain.update(Map.of("name", "y"), Where.all());
        plain.destroy(Where.all());
        assertThat(sql).hasSize(6);
        assertThat(sql.get(0)).doesNotContain("WHERE");
        assertThat(sql.get(1)).containsOnlyOnce("WHERE").doesNotContain(" AND ");
        assertThat(sql.get(2)).doesNotContain("WHERE");
        assertThat(sql.get(3)).isEqualTo(sql.get(0));
        assertThat(sql.get(4)).doesNotContain("WHERE");
        assertThat(sql.get(5)).doesNotContain("WHERE");
    }
}
