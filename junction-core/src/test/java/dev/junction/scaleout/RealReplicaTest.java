package dev.junction.scaleout;

import static dev.junction.scaleout.Library.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.junction.Isolation;
import dev.junction.Junction;
import dev.junction.JunctionConfig;
import dev.junction.ReadOnlyException;
import dev.junction.TransactionOptions;
import dev.junction.scaleout.Library.Note;
import dev.junction.testing.DialectTest;
import dev.junction.testing.Servers;
import dev.junction.testing.TestTarget;
import dev.junction.testing.Topology;
import org.junit.jupiter.api.Assumptions;

/**
 * On a real PostgreSQL primary with a streaming replica ({@code scale-out/pg-replica}, the {@code replica} profile:
 * {@code JUNCTION_TOPOLOGY=replica}): writes through Junction reach the primary, reads come from the replica — which,
 * synchronous with {@code remote_apply}, has every committed write — and a write on the replica is refused.
 */
class RealReplicaTest {
    @DialectTest
    void writesGoToThePrimaryAndReadsComeFromTheReplica(TestTarget target) {
        assumeReplicaOf(target);
        Junction db = target.open(); // the topology's config names the replica
        Library library = Library.filled(db, "primary", 2);
        String recovering = "SELECT pg_is_in_recovery()";
        assertThat(db.scalar(Boolean.class, recovering)).as("a plain read runs on the replica").isTrue();
        assertThat(db.usePrimary(() -> db.scalar(Boolean.class, recovering))).isFalse();
        Boolean inTransaction = db.transaction(tx -> db.scalar(Boolean.class, recovering));
        assertThat(inTransaction).as("a read in a transaction runs on the primary").isFalse();
        library.notes.create(new Note(null, "fresh", 1L));
        assertThat(texts(library.notes.findAll())).containsExactly("primary-1", "primary-2", "fresh");
    }

    @DialectTest
    void aWriteOnTheReplicaIsAReadOnlyException(TestTarget target) {
        assumeReplicaOf(target);
        Library.filled(target.open(), "primary", 1);
        try (Junction replica = Junction.open(JunctionConfig.builder().url(target.replicaUrls().get(0))
                .user(Servers.PG_USER).password(Servers.PG_PASSWORD).maxPoolSize(2).build())) {
            Library library = Library.defined(replica);
            assertThat(texts(library.notes.findAll())).containsExactly("primary-1");
            Throwable thrown = catchThrowable(() -> library.notes.create(new Note(null, "lost", 1L)));
            assertThat(thrown).isInstanceOf(ReadOnlyException.class).hasMessageContaining("Notes")
                    .hasMessageContaining("replicas take only reads");
        }
    }

    @DialectTest
    void aReadOnlySerializableTransactionRunsOnThePrimaryWhichTheStandbyWouldRefuse(TestTarget target) {
        assumeReplicaOf(target);
        Junction db = target.open();
        Library.filled(db, "primary", 1);
        String recovering = "SELECT pg_is_in_recovery()";
        TransactionOptions readOnly = TransactionOptions.builder().readOnly(true).build();
        Boolean onReplica = db.transaction(readOnly, tx -> db.scalar(Boolean.class, recovering));
        assertThat(onReplica).as("a read-only transaction runs on the replica").isTrue();
        TransactionOptions serializable = TransactionOptions.builder().readOnly(true)
                .isolation(Isolation.SERIALIZABLE).build();
        Boolean serializableOnReplica = db.transaction(serializable, tx -> db.scalar(Boolean.class, recovering));
        assertThat(serializableOnReplica).as("a SERIALIZABLE one on the primary").isFalse();
        try (Junction replica = Junction.open(JunctionConfig.builder().url(target.replicaUrls().get(0))
                .user(Servers.PG_USER).password(Servers.PG_PASSWORD).maxPoolSize(1).build())) {
            Throwable refused = catchThrowable(() -> replica.transaction(serializable,
                    tx -> replica.scalar(Boolean.class, recovering)));
            assertThat(refused).as("the standby itself").hasMessageContaining("hot standby");
        }
    }

    private static void assumeReplicaOf(TestTarget target) {
        Assumptions.assumeTrue(Topology.current() == Topology.REPLICA && target.backend() == Topology.REPLICA.backend(),
                "runs on the replica topology only (scale-out/pg-replica start; mvn -P replica)");
    }
}
