package dev.junction.spring.app.models;

import dev.junction.schema.ModelSpec;

/** A show; its {@code init} hook makes it a model the scan finds. */
public record Show(Long id, String title) {

    static void init(ModelSpec spec) {
        spec.attribute("title", a -> a.allowNull(false));
    }
}
