package dev.junction.scaleout;

import static dev.junction.association.Associations.as;
import static dev.junction.scaleout.Library.texts;
import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.Junction;
import dev.junction.association.BelongsToMany;
import dev.junction.query.Query;
import dev.junction.scaleout.Library.Note;
import dev.junction.scaleout.Library.Shelf;
import dev.junction.testing.DialectTest;
import dev.junction.testing.EmulatedReplica;
import dev.junction.testing.TestTarget;
import java.util.List;

/** The association getters that take a {@link Query} honour {@link Query#usePrimary()}, as a model's reads do. */
class AssociationQueryUsePrimaryTest {
    /** Shelf 1 with the notes "where-1" and "where-2", each also linked to it through ShelfPicks. */
    private static BelongsToMany<Shelf, Note> filled(Junction db, Library library, String where) {
        library.fill(where, 2);
        BelongsToMany<Shelf, Note> picks = library.shelves.belongsToMany(library.notes,
                as("Picks").through("ShelfPicks"));
        db.sync();
        Shelf shelf = library.shelves.findByPk(1L).orElseThrow();
        picks.add(shelf, library.notes.findAll().toArray());
        return picks;
    }

    @DialectTest
    void hasManyAndBelongsToManyGettersReadThePrimaryWhenTheQuerySaysSo(TestTarget target) {
        try (EmulatedReplica replica = EmulatedReplica.create(target, db -> filled(db, Library.on(db), "replica"));
             Junction db = target.open(b -> b.replicas(replica.url()))) {
            Library library = Library.on(db);
            BelongsToMany<Shelf, Note> picks = filled(db, library, "primary");
            Shelf shelf = new Shelf(1L, "any");
            Query primary = Query.all().usePrimary();

            assertThat(texts(library.shelfNotes.get(shelf, Query.all()))).containsExactly("replica-1", "replica-2");
            assertThat(texts(library.shelfNotes.get(shelf, primary))).containsExactly("primary-1", "primary-2");
            assertThat(texts(library.shelfNotes.get(shelf, primary.limit(1)))).containsExactly("primary-1");

            assertThat(texts(picks.get(shelf, Query.all()))).containsExactly("replica-1", "replica-2");
            assertThat(texts(picks.get(shelf, primary))).containsExactly("primary-1", "primary-2");
            List<Note> linked = picks.getLinked(shelf, primary, null).stream().map(dev.junction.association.Linked::target).toList();
            assertThat(texts(linked)).containsExactly("primary-1", "primary-2");
        }
    }
}
