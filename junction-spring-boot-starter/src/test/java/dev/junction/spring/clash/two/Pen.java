package dev.junction.spring.clash.two;

import dev.junction.association.AssociationKey;
import dev.junction.association.HasManyKey;
import dev.junction.schema.ModelSpec;

/** A Pen of package {@code two}: its key's bean name is the other Pen's. */
public record Pen(Long id) {
    public static final HasManyKey<Pen, Pen> REFILLS = AssociationKey.hasMany(Pen.class, "Refills", Pen.class);

    static void init(ModelSpec spec) {
        // a model
    }
}
