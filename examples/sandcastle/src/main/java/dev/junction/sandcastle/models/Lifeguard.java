package dev.junction.sandcastle.models;

import dev.junction.Models;
import dev.junction.annotation.Column;
import dev.junction.association.Associations;
import dev.junction.association.Through;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;

/**
 * A lifeguard, who works shifts at many beaches around town. Their certification date, when known, cannot lie in the
 * future: a Bean Validation annotation Junction reads as a validator, checked before every write.
 */
public record Lifeguard(Long id, @Column(unique = true, allowNull = false) String name,
                        @PastOrPresent LocalDate certifiedOn) {
    public Lifeguard(String name) {
        this(null, name, null);
    }

    static void associate(Models models) {
        models.model(Lifeguard.class).belongsToMany(models.model(Beach.class),
                Associations.through(Through.of(Shift.class).unique(false)));
    }
}
