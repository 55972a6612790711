package dev.junction.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.annotation.Column;
import dev.junction.schema.DataType;
import dev.junction.schema.ModelDefinition;
import dev.junction.schema.ModelSpec;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.util.concurrent.atomic.AtomicReference;

/** A model's definition is frozen once defined: neither its lists nor the spec it came from can change it. */
class DefinitionImmutabilityTest {
    record User(Long id, @Column(unique = true) String username) {
    }

    @DialectTest
    void definitionListsCannotBeModified(TestTarget target) {
        Junction db = target.open();
        ModelDefinition definition = db.define(User.class).definition();
        var username = definition.attribute("username").orElseThrow();
        assertThatThrownBy(() -> definition.attributes().add(username))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> definition.attributes().remove(0))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> definition.primaryKey().clear())
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> definition.uniqueKeys().clear())
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> definition.uniqueKeys().get(0).attributes().clear())
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> db.definitions().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @DialectTest
    void changingTheSpecAfterDefineChangesNothing(TestTarget target) {
        Junction db = target.open();
        AtomicReference<ModelSpec> kept = new AtomicReference<>();
        Model<User> users = db.define(User.class, kept::set);
        kept.get().attribute("extra", DataType.string()).tableName("Elsewhere").timestamps(false);
        assertThat(users.definition().attribute("extra")).isEmpty();
        assertThat(users.definition().tableName()).isEqualTo("Users");
        assertThat(users.definition().timestamps()).isTrue();
        db.sync();
        assertThat(db.describe().table("Users").orElseThrow().column("extra")).isEmpty();
    }
}
