package dev.junction.scaleout;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.association.HasMany;
import dev.junction.testing.EmulatedReplica;
import dev.junction.testing.TestTarget;
import java.util.List;

/**
 * The models the replica tests read: a shelf with notes. The primary and each emulated replica hold the same tables
 * with different rows — notes labelled with where they live — so a read shows where it ran.
 */
final class Library {
    record Shelf(Long id, String name) {
    }

    record Note(Long id, String text, Long ShelfId) {
    }

    final Model<Shelf> shelves;
    final Model<Note> notes;
    final HasMany<Shelf, Note> shelfNotes;

    private Library(Junction db) {
        shelves = db.define(Shelf.class, spec -> spec.timestamps(false));
        notes = db.define(Note.class, spec -> spec.timestamps(false));
        shelfNotes = shelves.hasMany(notes);
    }

    /** Defines the models on {@code db}, whose tables exist already. */
    static Library defined(Junction db) {
        return new Library(db);
    }

    /** Defines the models on {@code db} and syncs their tables. */
    static Library on(Junction db) {
        Library library = new Library(db);
        db.sync();
        return library;
    }

    /** Defines the models, syncs, and writes shelf 1 named {@code where} with {@code notes} notes "where-1"…. */
    static Library filled(Junction db, String where, int notes) {
        Library library = on(db);
        library.fill(where, notes);
        return library;
    }

    void fill(String where, int count) {
        Shelf shelf = shelves.create(new Shelf(null, where));
        for (int i = 1; i <= count; i++) notes.create(new Note(null, where + "-" + i, shelf.id()));
    }

    /** A replica of {@code target}'s database holding shelf 1 named {@code where} with two notes. */
    static EmulatedReplica replica(TestTarget target, String where) {
        return EmulatedReplica.create(target, db -> filled(db, where, 2));
    }

    /** The texts of {@code notes}, in id order. */
    static List<String> texts(List<Note> notes) {
        return notes.stream().sorted(java.util.Comparator.comparing(Note::id)).map(Note::text).toList();
    }
}
