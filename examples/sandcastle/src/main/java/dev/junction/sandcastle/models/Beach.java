package dev.junction.sandcastle.models;

import static dev.junction.association.Associations.through;
import static dev.junction.query.Where.eq;

import dev.junction.Models;
import dev.junction.annotation.Column;
import dev.junction.association.AssociationKey;
import dev.junction.association.BelongsToManyKey;
import dev.junction.association.HasManyKey;
import dev.junction.association.Through;
import dev.junction.schema.ModelSpec;

/**
 * A beach in town, guarded by lifeguards, with sandcastles on it. Closed beaches are hidden from every read unless
 * asked for ({@code beaches.scoped("closed")}, {@code unscoped()}); a beach the sea took is soft-deleted, its shifts
 * still there for whoever reads {@code withDeleted()}.
 */
public record Beach(Long id, @Column(unique = true, allowNull = false) String name, Boolean closed) {
    /** The lifeguards who work shifts here: the other side of {@link Lifeguard#BEACHES}. */
    public static final BelongsToManyKey<Beach, Lifeguard> LIFEGUARDS = AssociationKey.belongsToMany(Beach.class,
            "Lifeguards", Lifeguard.class);
    /** The sandcastles built on the beach. */
    public static final HasManyKey<Beach, Sandcastle> SANDCASTLES = AssociationKey.hasMany(Beach.class,
            "Sandcastles", Sandcastle.class);

    public Beach(String name) {
        this(null, name, false);
    }

    static void init(ModelSpec spec) {
        spec.paranoid()
                .attribute("closed", a -> a.notNull().defaultValue(false))
                .defaultScope(eq("closed", false))
                .scope("closed", eq("closed", true));
    }

    static void associate(Models models) {
        var beaches = models.model(Beach.class);
        beaches.belongsToMany(models.model(Lifeguard.class), LIFEGUARDS,
                through(Through.of(Shift.class).unique(false)));
        beaches.hasMany(models.model(Sandcastle.class), SANDCASTLES);
    }
}
