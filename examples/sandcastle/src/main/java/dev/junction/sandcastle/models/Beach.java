package dev.junction.sandcastle.models;

import static dev.junction.association.Associations.through;

import dev.junction.Models;
import dev.junction.annotation.Column;
import dev.junction.association.Through;

/** A beach in town, guarded by lifeguards, with sandcastles on it. */
public record Beach(Long id, @Column(unique = true, allowNull = false) String name) {
    public Beach(String name) {
        this(null, name);
    }

    static void associate(Models models) {
        var beaches = models.model(Beach.class);
        beaches.belongsToMany(models.model(Lifeguard.class), through(Through.of(Shift.class).unique(false)));
        beaches.hasMany(models.model(Sandcastle.class));
    }
}
