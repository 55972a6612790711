package dev.junction.sandcastle.models;

import static dev.junction.association.Associations.as;
import static dev.junction.association.Associations.through;

import dev.junction.Models;
import dev.junction.annotation.Column;
import java.time.LocalDate;

/**
 * A sandcastle of some type, built on a beach; those entered in the town's contest say the day they were built
 * ({@code builtOn}, added by the migration {@code sandcastle-contest}) and collect townspeople's votes.
 */
public record Sandcastle(Long id, @Column(allowNull = false) String name, Integer height, Long BeachId,
                         Long SandcastleTypeId, LocalDate builtOn) {
    static void associate(Models models) {
        var castles = models.model(Sandcastle.class);
        castles.belongsTo(models.model(Beach.class));
        castles.belongsTo(models.model(SandcastleType.class));
        castles.belongsToMany(models.model(User.class), as("Voters").through(Vote.class));
    }
}
