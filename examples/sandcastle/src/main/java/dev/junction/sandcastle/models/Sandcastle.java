package dev.junction.sandcastle.models;

import static dev.junction.association.Associations.through;

import dev.junction.Models;
import dev.junction.annotation.Column;
import dev.junction.association.AssociationKey;
import dev.junction.association.BelongsToKey;
import dev.junction.association.BelongsToManyKey;
import java.time.LocalDate;

/**
 * A sandcastle of some type, built on a beach; those entered in the town's contest say the day they were built
 * ({@code builtOn}, added by the migration {@code sandcastle-contest}) and collect townspeople's votes.
 */
public record Sandcastle(Long id, @Column(allowNull = false) String name, Integer height, Long BeachId,
                         Long SandcastleTypeId, LocalDate builtOn) {
    /** The beach the castle stands on. */
    public static final BelongsToKey<Sandcastle, Beach> BEACH = AssociationKey.belongsTo(Sandcastle.class, "Beach",
            Beach.class);
    /** The castle's type; none for a freestyle castle. */
    public static final BelongsToKey<Sandcastle, SandcastleType> TYPE = AssociationKey.belongsTo(Sandcastle.class,
            "SandcastleType", SandcastleType.class);
    /** The townspeople who voted for the castle: the other side of {@link User#VOTED_FOR}. */
    public static final BelongsToManyKey<Sandcastle, User> VOTERS = AssociationKey.belongsToMany(Sandcastle.class,
            "Voters", User.class);

    static void associate(Models models) {
        var castles = models.model(Sandcastle.class);
        castles.belongsTo(models.model(Beach.class), BEACH);
        castles.belongsTo(models.model(SandcastleType.class), TYPE);
        castles.belongsToMany(models.model(User.class), VOTERS, through(Vote.class));
    }
}
