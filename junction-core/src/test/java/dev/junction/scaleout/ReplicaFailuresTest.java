package dev.junction.scaleout;

import static dev.junction.scaleout.Library.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.junction.Junction;
import dev.junction.JunctionConfig;
import dev.junction.PoolStats;
import dev.junction.ReadOnlyException;
import dev.junction.ReadOnlyTransactionException;
import dev.junction.TransactionOptions;
import dev.junction.ValidationException;
import dev.junction.scaleout.Library.Note;
import dev.junction.testing.Backend;
import dev.junction.testing.DialectTest;
import dev.junction.testing.EmulatedReplica;
import dev.junction.testing.TestTarget;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Replicas that refuse writes, are down, or do not match the primary; and their pools' life. */
class ReplicaFailuresTest {
    @DialectTest
    void aWriteOnAReplicaIsAReadOnlyExceptionNamingTheTable(TestTarget target) {
        try (EmulatedReplica replica = Library.replica(target, "replica");
             Junction straight = Junction.open(replica.config().build())) {
            Library library = Library.defined(straight); // the tables are there: no sync on a read-only database
            Throwable thrown = catchThrowable(() -> library.notes.create(new Note(null, "lost", 1L)));
            assertThat(thrown).isInstanceOf(ReadOnlyException.class).isNotInstanceOf(ReadOnlyTransactionException.class)
                    .hasMessageContaining("Notes").hasMessageContaining("read-only")
                    .hasMessageContaining("replicas take only reads");
            assertThat(((ReadOnlyException) thrown).table()).isEqualTo("Notes");
            String update = "UPDATE " + straight.dialect().quote("Notes") + " SET " + straight.dialect().quote("text")
                    + " = ?";
            assertThatThrownBy(() -> straight.execute(update, "x")).isInstanceOf(ReadOnlyException.class);
            assertThat(texts(library.notes.findAll())).containsExactly("replica-1", "replica-2");
        }
    }

    @DialectTest
    void aWriteInAReadOnlyTransactionOnAReplicaIsAReadOnlyTransactionException(TestTarget target) {
        try (EmulatedReplica replica = Library.replica(target, "replica");
             Junction db = target.open(b -> b.replicas(replica.url()))) {
            Library library = Library.filled(db, "primary", 1);
            TransactionOptions readOnly = TransactionOptions.builder().readOnly(true).build();
            Throwable thrown = catchThrowable(() -> db.useTransaction(readOnly,
                    tx -> library.notes.create(new Note(null, "lost", 1L))));
            assertThat(thrown).isInstanceOf(ReadOnlyTransactionException.class).hasMessageContaining("Notes")
                    .hasMessageContaining("read-only transaction");
            assertThat(db.usePrimary(() -> library.notes.count())).isEqualTo(1);
        }
    }

    @DialectTest
    void aReplicaThatIsDownIsSkippedAndWithNoneLeftReadsGoToThePrimary(TestTarget target) throws IOException {
        String down = unreachable(target);
        try (Junction db = target.open(b -> b.replicas(down))) { // opening does not wait for the replica
            Library library = Library.filled(db, "primary", 1);
            for (int i = 0; i < 3; i++) assertThat(texts(library.notes.findAll())).containsExactly("primary-1");
            long counted = db.transaction(TransactionOptions.builder().readOnly(true).build(),
                    tx -> library.notes.count());
            assertThat(counted).isEqualTo(1);
        }
    }

    @DialectTest
    void readsSkipADownReplicaForOneThatIsUp(TestTarget target) throws IOException {
        String down = unreachable(target);
        try (EmulatedReplica replica = Library.replica(target, "replica");
             Junction db = target.open(b -> b.replicas(down, replica.url()))) {
            Library library = Library.filled(db, "primary", 1);
            for (int i = 0; i < 4; i++) {
                assertThat(texts(library.notes.findAll())).containsExactly("replica-1", "replica-2");
            }
        }
    }

    @DialectTest
    void closingTheJunctionClosesTheReplicaPools(TestTarget target) {
        try (EmulatedReplica replica = Library.replica(target, "replica")) {
            Junction db = target.open(b -> b.replicas(replica.url()));
            Library library = Library.filled(db, "primary", 1);
            assertThat(library.notes.count()).isEqualTo(2);
            try (java.util.stream.Stream<Note> open = library.notes.stream(dev.junction.query.Query.all())) {
                assertThat(open.findFirst()).isPresent();
                assertThat(db.replicaPoolStats().get(0).active()).as("the stream reads on the replica").isEqualTo(1);
                assertThat(db.poolStats().active()).as("poolStats counts the replicas in").isEqualTo(1);
            }
            assertThat(db.poolStats().active()).isZero();
            assertThat(db.replicaPoolStats()).singleElement().satisfies(s -> {
                assertThat(s.total()).isPositive();
                assertThat(s.active()).isZero();
            });
            db.close();
            assertThat(db.replicaPoolStats()).containsExactly(new PoolStats(0, 0, 0));
        }
    }

    @DialectTest
    void aReplicaOfAnotherKindOfDatabaseIsRefusedAtOpen(TestTarget target) {
        String other = target.backend() == Backend.H2 ? "jdbc:sqlite::memory:" : "jdbc:h2:mem:other";
        assertThatThrownBy(() -> target.open(b -> b.replicas(other))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("replica").hasMessageContaining(target.backend() == Backend.H2 ? "SQLite" : "H2");
    }

    @Test
    void replicaSettingsAreChecked() {
        assertThatThrownBy(() -> JunctionConfig.builder().url("jdbc:h2:mem:x").replicas((String) null).build())
                .isInstanceOf(ValidationException.class).hasMessageContaining("replica URL");
        assertThatThrownBy(() -> JunctionConfig.builder().url("jdbc:h2:mem:x").readYourWrites(Duration.ofSeconds(-1))
                .build()).isInstanceOf(ValidationException.class).hasMessageContaining("readYourWrites");
        assertThatThrownBy(() -> JunctionConfig.builder().url("jdbc:h2:mem:x").replicaDataSources((javax.sql.DataSource) null)
                .build()).isInstanceOf(ValidationException.class).hasMessageContaining("DataSource");
        String shown = JunctionConfig.builder().url("jdbc:h2:mem:x")
                .replicas("jdbc:postgresql://app:s3cret@replica/db").build().toString();
        assertThat(shown).contains("replica/db").doesNotContain("s3cret");
    }

    /** A replica URL of {@code target}'s kind that cannot be reached: a loopback port where nothing listens. */
    static String unreachable(TestTarget target) throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort(); // free now; nothing listens once the socket is closed
        }
        return switch (target.backend()) {
            case H2 -> "jdbc:h2:tcp://127.0.0.1:" + port + "/nowhere";
            case SQLITE -> "jdbc:sqlite:" + Files.createTempDirectory("gone").resolve("missing/none.sqlite")
                    + "?open_mode=1";
            case POSTGRESQL -> "jdbc:postgresql://127.0.0.1:" + port + "/test";
            case MARIADB -> "jdbc:mariadb://127.0.0.1:" + port + "/test";
        };
    }
}
