package dev.junction.scaleout;

import static dev.junction.scaleout.Library.texts;
import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.Junction;
import dev.junction.Propagation;
import dev.junction.TransactionOptions;
import dev.junction.scaleout.Library.Note;
import dev.junction.testing.DialectTest;
import dev.junction.testing.EmulatedReplica;
import dev.junction.testing.TestTarget;
import java.util.List;

/**
 * A REQUIRES_NEW transaction inside a read-only one that runs on a replica needs one of the primary's connections,
 * and the outer one holds none of them: it starts even when the primary's pool has a single connection.
 */
class RequiresNewBesideAReplicaTest {
    @DialectTest
    void aNewTransactionInsideAReadOnlyOneOnAReplicaGetsThePrimarysOnlyConnection(TestTarget target) {
        try (EmulatedReplica replica = Library.replica(target, "replica");
             Junction db = target.open(b -> b.maxPoolSize(1).replicas(replica.url()))) {
            Library library = Library.filled(db, "primary", 0);
            TransactionOptions readOnly = TransactionOptions.builder().readOnly(true).build();
            TransactionOptions requiresNew = TransactionOptions.builder().propagation(Propagation.REQUIRES_NEW).build();
            List<String> outer = db.transaction(readOnly, tx -> {
                db.transaction(requiresNew, inner -> library.notes.create(new Note(null, "written", null)));
                return texts(library.notes.findAll());
            });
            assertThat(outer).containsExactly("replica-1", "replica-2");
            assertThat(texts(library.notes.findAll(dev.junction.query.Query.all().usePrimary())))
                    .containsExactly("written");
        }
    }
}
