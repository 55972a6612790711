package dev.junction.spring.app.models;

import dev.junction.schema.ModelSpec;

/** An episode of a show ({@code ShowId}, the foreign key of {@code Show.EPISODES}). */
public record Episode(Long id, String title, Long ShowId) {

    static void init(ModelSpec spec) {
        spec.attribute("title", a -> a.allowNull(false));
    }
}
