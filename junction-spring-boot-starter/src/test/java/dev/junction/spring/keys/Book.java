package dev.junction.spring.keys;

import dev.junction.Models;
import dev.junction.association.AssociationKey;
import dev.junction.association.BelongsToKey;

/** Keeps its key private: a bean all the same, named {@code book.writtenBy}. */
public record Book(Long id, String title, Long AuthorId) {
    private static final BelongsToKey<Book, Author> WRITTEN_BY = AssociationKey.belongsTo(Book.class, "Author",
            Author.class);

    static void associate(Models models) {
        models.model(Book.class).belongsTo(models.model(Author.class), WRITTEN_BY);
    }
}
