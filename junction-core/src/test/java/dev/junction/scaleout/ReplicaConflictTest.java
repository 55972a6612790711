package dev.junction.scaleout;

import static dev.junction.scaleout.Library.texts;
import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.Junction;
import dev.junction.testing.DialectTest;
import dev.junction.testing.EmulatedReplica;
import dev.junction.testing.TestTarget;
import java.sql.SQLException;

/**
 * A read outside a transaction that a replica cancels — a PostgreSQL hot standby's "conflict with recovery" (40001),
 * when replaying the primary's changes needs the rows it reads — runs again on the primary, once.
 */
class ReplicaConflictTest {
    @DialectTest
    void aReadTheReplicaCancelsForAConflictWithRecoveryRunsAgainOnThePrimary(TestTarget target) {
        try (EmulatedReplica replica = Library.replica(target, "replica");
             FailingReplica failing = new FailingReplica(replica);
             Junction db = target.open(b -> b.replicaDataSources(failing.dataSource))) {
            Library library = Library.filled(db, "primary", 1);
            assertThat(texts(library.notes.findAll())).containsExactly("replica-1", "replica-2");

            failing.failure.set(new SQLException("ERROR: canceling statement due to conflict with recovery\n"
                    + "  Detail: User query might have needed to see row versions that must be removed.", "40001"));
            assertThat(texts(library.notes.findAll())).containsExactly("primary-1");
            assertThat(library.notes.count()).isEqualTo(1);
        }
    }
}
