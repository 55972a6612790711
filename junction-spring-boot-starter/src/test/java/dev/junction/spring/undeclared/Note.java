package dev.junction.spring.undeclared;

import dev.junction.association.AssociationKey;
import dev.junction.association.HasManyKey;
import dev.junction.schema.ModelSpec;

/** Holds a key its hooks never declare an association with. */
public record Note(Long id) {
    public static final HasManyKey<Note, Note> REPLIES = AssociationKey.hasMany(Note.class, "Replies", Note.class);

    static void init(ModelSpec spec) {
        // no association
    }
}
