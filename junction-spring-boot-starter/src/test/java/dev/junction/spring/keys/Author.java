package dev.junction.spring.keys;

import dev.junction.Models;
import dev.junction.association.AssociationKey;

/** Declares its key with the models left open: the starter types the bean from the key itself. */
public record Author(Long id, String name) {
    public static final AssociationKey<?, ?, ?> BOOKS = AssociationKey.hasMany(Author.class, "Books", Book.class);

    static void associate(Models models) {
        models.model(Author.class).hasMany(models.model(Book.class), AssociationKey.hasMany(Author.class, "Books",
                Book.class));
    }
}
