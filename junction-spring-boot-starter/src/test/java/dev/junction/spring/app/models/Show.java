package dev.junction.spring.app.models;

import dev.junction.Models;
import dev.junction.association.AssociationKey;
import dev.junction.association.HasManyKey;
import dev.junction.schema.ModelSpec;

/** A show and its episodes ({@code Show.EPISODES}, which the starter registers as the bean {@code show.episodes}). */
public record Show(Long id, String title) {
    public static final HasManyKey<Show, Episode> EPISODES =
            AssociationKey.hasMany(Show.class, "Episodes", Episode.class);

    static void init(ModelSpec spec) {
        spec.attribute("title", a -> a.allowNull(false));
    }

    static void associate(Models models) {
        models.model(Show.class).hasMany(models.model(Episode.class), EPISODES);
    }
}
