package dev.junction.spring.scan;

import dev.junction.schema.ModelSpec;

/** A model of the configuration tests' own package, outside the test application's. */
public record Tag(Long id, String label) {

    static void init(ModelSpec spec) {
        spec.attribute("label", a -> a.allowNull(false));
    }
}
