package dev.junction.sandcastle.models;

import dev.junction.Models;
import dev.junction.annotation.Column;
import dev.junction.association.Associations;
import dev.junction.association.Through;

/** A lifeguard, who works shifts at many beaches around town. */
public record Lifeguard(Long id, @Column(unique = true, allowNull = false) String name) {
    public Lifeguard(String name) {
        this(null, name);
    }

    static void associate(Models models) {
        models.model(Lifeguard.class).belongsToMany(models.model(Beach.class),
                Associations.through(Through.of(Shift.class).unique(false)));
    }
}
