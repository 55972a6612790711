package dev.junction.sandcastle.models;

import dev.junction.Models;
import dev.junction.annotation.Column;
import dev.junction.association.AssociationKey;
import dev.junction.association.Associations;
import dev.junction.association.BelongsToManyKey;
import dev.junction.association.Through;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;

/**
 * A lifeguard, who works shifts at many beaches around town. Their certification date, when known, cannot lie in the
 * future: a Bean Validation annotation Junction reads as a validator, checked before every write.
 */
public record Lifeguard(Long id, @Column(unique = true, allowNull = false) String name,
                        @PastOrPresent LocalDate certifiedOn) {
    /** The beaches the lifeguard works shifts at (join model Shift, one row per shift). */
    public static final BelongsToManyKey<Lifeguard, Beach> BEACHES = AssociationKey.belongsToMany(Lifeguard.class,
            "Beaches", Beach.class);

    public Lifeguard(String name) {
        this(null, name, null);
    }

    static void associate(Models models) {
        models.model(Lifeguard.class).belongsToMany(models.model(Beach.class), BEACHES,
                Associations.through(Through.of(Shift.class).unique(false)));
    }
}
