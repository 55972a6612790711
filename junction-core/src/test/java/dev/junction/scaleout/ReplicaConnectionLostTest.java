package dev.junction.scaleout;

import static dev.junction.scaleout.Library.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.ConnectionException;
import dev.junction.Junction;
import dev.junction.TransactionOptions;
import dev.junction.testing.DialectTest;
import dev.junction.testing.EmulatedReplica;
import dev.junction.testing.TestTarget;
import java.sql.Connection;
import java.sql.SQLNonTransientConnectionException;

/** A replica's connection that breaks retires the replica's connections, never the primary's. */
class ReplicaConnectionLostTest {
    /** The physical connection behind the primary pool's next connection. */
    private static Connection primaryConnection(Junction db) {
        return db.withConnection(c -> c.unwrap(Connection.class));
    }

    @DialectTest
    void aBrokenReplicaConnectionLeavesThePrimaryPoolsConnectionsAlone(TestTarget target) {
        try (EmulatedReplica replica = Library.replica(target, "replica");
             FailingReplica failing = new FailingReplica(replica);
             Junction db = target.open(b -> b.maxPoolSize(1).replicaDataSources(failing.dataSource))) {
            Library library = Library.filled(db, "primary", 1);
            assertThat(texts(library.notes.findAll())).containsExactly("replica-1", "replica-2");
            Connection before = primaryConnection(db);

            failing.failure.set(new SQLNonTransientConnectionException("Connection reset", "08006"));
            assertThat(texts(library.notes.findAll())).containsExactly("primary-1"); // read again elsewhere
            assertThat(primaryConnection(db)).isSameAs(before);

            TransactionOptions readOnly = TransactionOptions.builder().readOnly(true).build();
            assertThatThrownBy(() -> db.transaction(readOnly, tx -> library.notes.findAll()))
                    .isInstanceOf(ConnectionException.class); // a read-only transaction on the replica
            assertThat(primaryConnection(db)).isSameAs(before);
        }
    }
}
