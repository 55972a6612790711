package dev.junction.model;

import static dev.junction.query.Where.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.DefinitionException;
import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.UniqueConstraintException;
import dev.junction.annotation.Column;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Classes built through a constructor that takes their fields in declaration order — what a Kotlin data class is
 * to Java (final fields, no no-argument constructor, annotations on the constructor's parameters).
 */
class ConstructorModelTest {
    static final class Harbour {
        private static final int UNUSED = 0;
        private final Long id;
        private final String name;
        private final int berths;

        Harbour(Long id, @Column(unique = true, allowNull = false) String name, int berths) {
            this.id = id;
            this.name = name;
            this.berths = berths;
        }

        Harbour(String name) {
            this(null, name, 10);
        }
    }

    /** A no-argument constructor, but final fields: built through the other constructor. */
    static final class Buoy {
        private final Long id;
        private final String colour;

        Buoy() {
            this(null, "red");
        }

        Buoy(Long id, String colour) {
            this.id = id;
            this.colour = colour;
        }
    }

    static final class Lighthouse {
        private final Long id;
        private final String name;

        Lighthouse(String name, Long id) {
            this.id = id;
            this.name = name;
        }
    }

    @DialectTest
    void createFindAndUpdateBuildNewInstancesThroughTheConstructor(TestTarget target) {
        Junction db = target.open();
        Model<Harbour> harbours = db.define(Harbour.class);
        db.sync();
        assertThat(harbours.definition().attributes()).extracting(a -> a.name())
                .startsWith("id", "name", "berths");

        Harbour created = harbours.create(new Harbour("Brest"));
        assertThat(created.id).isNotNull();
        assertThat(created.berths).isEqualTo(10);
        Harbour renamed = harbours.update(new Harbour(created.id, "Brest-Marina", 12));
        assertThat(renamed.name).isEqualTo("Brest-Marina");
        Harbour read = harbours.findOne(eq("name", "Brest-Marina")).orElseThrow();
        assertThat(List.of(read.id, read.berths)).containsExactly(created.id, 12);
    }

    @DialectTest
    void columnAnnotationsOnConstructorParametersApply(TestTarget target) {
        Junction db = target.open();
        Model<Harbour> harbours = db.define(Harbour.class);
        db.sync();
        assertThat(harbours.definition().attribute("name").orElseThrow().allowNull()).isFalse();
        assertThat(harbours.definition().attribute("berths").orElseThrow().allowNull()).isFalse();
        harbours.create(new Harbour("Brest"));
        assertThatThrownBy(() -> harbours.create(new Harbour("Brest"))).isInstanceOf(UniqueConstraintException.class);
    }

    @DialectTest
    void finalFieldsAreSetThroughTheConstructorEvenBesideANoArgumentOne(TestTarget target) {
        Junction db = target.open();
        Model<Buoy> buoys = db.define(Buoy.class);
        db.sync();
        Buoy created = buoys.create(new Buoy());
        assertThat(created.id).isNotNull();
        Buoy read = buoys.findByPk(created.id).orElseThrow();
        assertThat(List.of(read.id, read.colour)).containsExactly(created.id, "red");
    }

    @Test
    void aClassWithoutASuitableConstructorIsADefinitionErrorNamingItsFields() {
        Junction db = Junction.open("jdbc:h2:mem:");
        try {
            assertThatThrownBy(() -> db.define(Lighthouse.class))
                    .isInstanceOf(DefinitionException.class)
                    .hasMessageContaining(Lighthouse.class.getName())
                    .hasMessageContaining("[Long id, String name]");
        } finally {
            db.close();
        }
    }
}
