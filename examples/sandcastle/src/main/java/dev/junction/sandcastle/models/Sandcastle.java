package dev.junction.sandcastle.models;

import dev.junction.Models;
import dev.junction.annotation.Column;

/** A sandcastle of some type, built on a beach. */
public record Sandcastle(Long id, @Column(allowNull = false) String name, Integer height, Long BeachId,
                         Long SandcastleTypeId) {
    static void associate(Models models) {
        var castles = models.model(Sandcastle.class);
        castles.belongsTo(models.model(Beach.class));
        castles.belongsTo(models.model(SandcastleType.class));
    }
}
