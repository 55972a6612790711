package dev.junction.lifecycle;

import static dev.junction.query.Where.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.DefinitionException;
import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Models;
import dev.junction.ValidationException;
import dev.junction.query.Query;
import dev.junction.schema.ModelSpec;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;

/** A model class's own {@code static void init(ModelSpec)}: its definition options kept in its file. */
class ClassInitHookTest {
    record Cove(Long id, String name, Boolean closed) {
        static void init(ModelSpec spec) {
            spec.paranoid()
                    .attribute("name", a -> a.notEmpty())
                    .defaultScope(eq("closed", false))
                    .scope("closed", eq("closed", true));
        }

        static void associate(Models models) {
            models.model(Cove.class).hasMany(models.model(Rock.class));
        }
    }

    record Rock(Long id, String name, Long CoveId) {
    }

    record Broken(Long id, String name) {
        void init(ModelSpec spec) {
            spec.paranoid();
        }
    }

    @DialectTest
    void defineAllAppliesEachClassesInitBeforeItsAssociations(TestTarget target) {
        Junction db = target.open();
        db.defineAll(Cove.class, Rock.class);
        db.sync();
        Model<Cove> coves = db.model(Cove.class);
        Cove open = coves.create(new Cove(null, "Open Cove", false));
        Cove shut = coves.create(new Cove(null, "Shut Cove", true));
        Cove gone = coves.create(new Cove(null, "Gone Cove", false));
        coves.destroy(gone);

        assertThat(coves.definition().paranoid()).isTrue();
        assertThat(coves.findAll()).containsExactly(open);
        assertThat(coves.scoped("closed").findAll()).containsExactly(shut);
        assertThat(coves.unscoped().findAll(Query.all().withDeleted())).hasSize(3);
        assertThatThrownBy(() -> coves.create(new Cove(null, "", false))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("name");
    }

    @DialectTest
    void optionsGivenToDefineComeAfterInit(TestTarget target) {
        Junction db = target.open();
        Model<Cove> coves = db.define(Cove.class, m -> m.defaultScope(eq("closed", true)));
        db.sync();
        coves.create(new Cove(null, "Open Cove", false));
        Cove shut = coves.create(new Cove(null, "Shut Cove", true));
        assertThat(coves.findAll()).containsExactly(shut);
    }

    @DialectTest
    void anInitThatIsNotStaticIsRefusedNamingTheClass(TestTarget target) {
        Junction db = target.open();
        assertThatThrownBy(() -> db.define(Broken.class)).isInstanceOf(DefinitionException.class)
                .hasMessageContaining("Broken").hasMessageContaining("init(ModelSpec) must be static");
    }
}
