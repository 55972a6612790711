package dev.junction.scaleout;

import static dev.junction.scaleout.Library.texts;
import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.Junction;
import dev.junction.Isolation;
import dev.junction.TransactionOptions;
import dev.junction.query.Aggregate;
import dev.junction.query.Include;
import dev.junction.query.Query;
import dev.junction.query.Where;
import dev.junction.scaleout.Library.Note;
import dev.junction.scaleout.Library.Shelf;
import dev.junction.testing.Backend;
import dev.junction.testing.DialectTest;
import dev.junction.testing.EmulatedReplica;
import dev.junction.testing.TestTarget;
import java.util.List;
import java.util.Optional;

/**
 * Which reads go to a read replica: the primary holds shelf "primary" with one note, the emulated replica shelf
 * "replica" with two, so every result shows where it was read.
 */
class ReadReplicaRoutingTest {
    @DialectTest
    void aFindOutsideATransactionReadsTheReplica(TestTarget target) {
        try (EmulatedReplica replica = Library.replica(target, "replica");
             Junction db = target.open(b -> b.replicas(replica.url()))) {
            Library library = Library.filled(db, "primary", 1);
            assertThat(texts(library.notes.findAll())).containsExactly("replica-1", "replica-2");
            assertThat(library.shelves.findByPk(1L)).map(Shelf::name).contains("replica");
            assertThat(library.notes.findOne(Where.eq("text", "replica-2"))).isPresent();
            assertThat(library.notes.count()).isEqualTo(2);
        }
    }

    @DialectTest
    void everyKindOfModelReadGoesToTheReplica(TestTarget target) {
        try (EmulatedReplica replica = Library.replica(target, "replica");
             Junction db = target.open(b -> b.replicas(replica.url()))) {
            Library library = Library.filled(db, "primary", 1);
            Shelf shelf = new Shelf(1L, "any");
            assertThat(texts(library.shelfNotes.get(shelf))).containsExactly("replica-1", "replica-2");
            assertThat(library.shelfNotes.count(shelf)).isEqualTo(2);
            assertThat(library.notes.aggregate(Aggregate.max("text"), String.class, Where.all())).contains("replica-2");
            assertThat(library.shelves.findAll(Query.all(), List.of(Include.include(library.shelfNotes))))
                    .singleElement().satisfies(loaded -> {
                        assertThat(loaded.get().name()).isEqualTo("replica");
                        assertThat(texts(loaded.get(library.shelfNotes))).containsExactly("replica-1", "replica-2");
                    });
            List<String> streamed = library.notes.withStream(Query.all(), rows -> rows.map(Note::text).sorted().toList());
            assertThat(streamed).containsExactly("replica-1", "replica-2");
            String select = "SELECT " + db.dialect().quote("name") + " FROM " + db.dialect().quote("Shelves");
            assertThat(db.query(select)).extracting(r -> r.get("name")).containsExactly("replica");
            assertThat(db.scalar(String.class, select)).isEqualTo("replica");
        }
    }

    @DialectTest
    void insideATransactionEveryReadGoesToThePrimary(TestTarget target) {
        try (EmulatedReplica replica = Library.replica(target, "replica");
             Junction db = target.open(b -> b.replicas(replica.url()))) {
            Library library = Library.filled(db, "primary", 1);
            List<String> read = db.transaction(tx -> texts(library.notes.findAll()));
            assertThat(read).containsExactly("primary-1");
            long linked = db.transaction(tx -> library.shelfNotes.count(new Shelf(1L, "any")));
            assertThat(linked).isEqualTo(1);
            Number raw = db.transaction(tx -> db.scalar(Long.class, "SELECT COUNT(*) FROM "
                    + db.dialect().quote("Notes")));
            assertThat(raw.longValue()).isEqualTo(1L);
        }
    }

    @DialectTest
    void usePrimaryReadsThePrimaryAndNests(TestTarget target) {
        try (EmulatedReplica replica = Library.replica(target, "replica");
             Junction db = target.open(b -> b.replicas(replica.url()))) {
            Library library = Library.filled(db, "primary", 1);
            List<String> outer = db.usePrimary(() -> {
                List<String> inner = db.usePrimary(() -> texts(library.notes.findAll()));
                assertThat(inner).containsExactly("primary-1");
                return texts(library.notes.findAll()); // still inside the outer call
            });
            assertThat(outer).containsExactly("primary-1");
            assertThat(texts(library.notes.findAll(Query.all().usePrimary()))).containsExactly("primary-1");
            assertThat(library.notes.count()).isEqualTo(2); // after the calls: the replica again
        }
    }

    @DialectTest
    void usePrimaryAsTheDefaultKeepsReadsOnThePrimaryButReadOnlyTransactionsOnTheReplica(TestTarget target) {
        try (EmulatedReplica replica = Library.replica(target, "replica");
             Junction db = target.open(b -> b.replicas(replica.url()).usePrimary(true))) {
            Library library = Library.filled(db, "primary", 1);
            assertThat(texts(library.notes.findAll())).containsExactly("primary-1");
            TransactionOptions readOnly = TransactionOptions.builder().readOnly(true).build();
            List<String> read = db.transaction(readOnly, tx -> texts(library.notes.findAll()));
            assertThat(read).containsExactly("replica-1", "replica-2");
        }
    }

    @DialectTest
    void aReadOnlyTransactionRunsOnAReplica(TestTarget target) {
        try (EmulatedReplica replica = Library.replica(target, "replica");
             Junction db = target.open(b -> b.replicas(replica.url()))) {
            Library library = Library.filled(db, "primary", 1);
            TransactionOptions readOnly = TransactionOptions.builder().readOnly(true).build();
            List<String> read = db.transaction(readOnly, tx -> {
                assertThat(library.notes.count()).isEqualTo(2);
                return texts(library.notes.findAll());
            });
            assertThat(read).containsExactly("replica-1", "replica-2");
        }
    }

    @DialectTest
    void aReadOnlySerializableTransactionStaysOnThePrimaryOnPostgreSql(TestTarget target) {
        try (EmulatedReplica replica = Library.replica(target, "replica");
             Junction db = target.open(b -> b.replicas(replica.url()))) {
            Library library = Library.filled(db, "primary", 1);
            TransactionOptions serializable = TransactionOptions.builder().readOnly(true)
                    .isolation(Isolation.SERIALIZABLE).build();
            List<String> read = db.transaction(serializable, tx -> texts(library.notes.findAll()));
            // PostgreSQL's hot standbys refuse SERIALIZABLE; the other databases' replicas take it.
            if (target.backend() == Backend.POSTGRESQL) assertThat(read).containsExactly("primary-1");
            else assertThat(read).containsExactly("replica-1", "replica-2");
        }
    }

    @DialectTest
    void readsAlternateBetweenTwoReplicas(TestTarget target) {
        try (EmulatedReplica first = Library.replica(target, "east");
             EmulatedReplica second = Library.replica(target, "west");
             Junction db = target.open(b -> b.replicas(first.url(), second.url()))) {
            Library library = Library.filled(db, "primary", 1);
            List<String> names = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) names.add(library.shelves.findByPk(1L).orElseThrow().name());
            assertThat(names).containsAnyOf("east", "west").doesNotContain("primary");
            assertThat(names.get(0)).isNotEqualTo(names.get(1));
            assertThat(names.get(2)).isEqualTo(names.get(0));
            assertThat(names.get(3)).isEqualTo(names.get(1));
        }
    }

    @DialectTest
    void writesGoToThePrimaryAndReadsThatDecideAWriteReadThere(TestTarget target) {
        try (EmulatedReplica replica = Library.replica(target, "replica");
             Junction db = target.open(b -> b.replicas(replica.url()))) {
            Library library = Library.filled(db, "primary", 1);
            // Only the primary has note "primary-1": a find-or-create that read the replica would create it again.
            assertThat(library.notes.findOrCreate(Where.eq("text", "primary-1"), new Note(null, null, 1L)).created())
                    .isFalse();
            Note created = library.notes.create(new Note(null, "written", 1L));
            library.notes.update(new Note(created.id(), "rewritten", 1L));
            Optional<Note> back = db.usePrimary(() -> library.notes.findByPk(created.id()));
            assertThat(back).map(Note::text).contains("rewritten");
            assertThat(db.usePrimary(() -> library.notes.count())).isEqualTo(2);
            assertThat(texts(library.notes.findAll())).containsExactly("replica-1", "replica-2");
            String count = "SELECT COUNT(*) FROM " + db.dialect().quote("Notes");
            assertThat(db.usePrimary(() -> db.scalar(Long.class, count))).isEqualTo(2L);
            assertThat(db.scalar(Long.class, count)).isEqualTo(2L); // from the replica
        }
    }
}
