package dev.junction.scaleout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.TransactionConflictException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A node cut off from the others (made to: {@code gmcast.isolate=1} on the test cluster's last node) refuses work with
 * error 1047 ("WSREP has not yet prepared node", SQLState 08S01), which a driver reports as a broken connection: on a
 * cluster it is a {@link TransactionConflictException} — nothing was committed, and running it again through a node
 * of the primary component may succeed — thrown after the retry budget while the node stays cut off. The node rejoins
 * before the test ends.
 */
class GaleraNodeLossTest {
    record Note(Long id, String text) { }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = GaleraNodes.NAME)
    void aNodeOutsideThePrimaryComponentRefusesWritesAsConflicts(String database) throws Exception {
        try (GaleraNodes cluster = GaleraNodes.create()) {
            int last = cluster.size() - 1;
            Junction healthy = cluster.open(0, b -> b);
            Model<Note> notes = healthy.define(Note.class);
            healthy.sync();
            Junction cutOff = cluster.open(last, b -> b.conflictAttempts(2));
            Model<Note> throughCutOff = cutOff.define(Note.class);
            throughCutOff.create(new Note(null, "before"));

            Throwable thrown;
            try (Connection admin = cluster.jdbc(last)) {
                isolate(admin, true);
                try {
                    awaitStatus(admin, false);
                    thrown = catchThrowable(() -> throughCutOff.create(new Note(null, "while cut off")));
                    notes.create(new Note(null, "through the others"));
                } finally {
                    isolate(admin, false);
                }
            }
            try (Connection admin = cluster.jdbc(last)) {
                awaitStatus(admin, true);
            }

            assertThat(thrown).isInstanceOf(TransactionConflictException.class);
            assertThat(((TransactionConflictException) thrown).vendorCode()).isEqualTo(1047);
            assertThat(thrown.getSuppressed()).as("the attempt before").hasSize(1);
            assertThat(notes.findAll()).extracting(Note::text).containsExactlyInAnyOrder("before", "through the others");
            throughCutOff.create(new Note(null, "after"));
            assertThat(notes.count()).isEqualTo(3);
        }
    }

    private static void isolate(Connection admin, boolean isolated) throws SQLException {
        try (Statement s = admin.createStatement()) {
            s.execute("SET GLOBAL wsrep_provider_options = 'gmcast.isolate=" + (isolated ? 1 : 0) + "'");
        }
    }

    /** Polls (up to 60 s) until the node is in the primary component and Synced ({@code true}), or out of it. */
    private static void awaitStatus(Connection admin, boolean synced) throws SQLException, InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (true) {
            String status = status(admin, "wsrep_cluster_status");
            String state = status(admin, "wsrep_local_state_comment");
            boolean primarySynced = "Primary".equals(status) && "Synced".equals(state);
            if (synced ? primarySynced : !"Primary".equals(status)) return;
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("node still " + status + "/" + state + " after 60 s");
            }
            Thread.sleep(100);
        }
    }

    private static String status(Connection admin, String name) throws SQLException {
        try (Statement s = admin.createStatement(); ResultSet rs = s.executeQuery("SHOW STATUS LIKE '" + name + "'")) {
            return rs.next() ? rs.getString(2) : null;
        }
    }
}
