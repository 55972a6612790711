package dev.junction.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.ForeignKeyConstraintException;
import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Transaction;
import dev.junction.TransactionConflictException;
import dev.junction.testing.Topology;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a write while a row it refers to is being deleted by a transaction still open on another thread: the write
 * gets a bounded head start, then the delete commits, and the write is awaited (bounded). The tests of writes that
 * must never leave a row referring to a deleted one use it.
 */
final class WhileDeleting {
    /** How long the writer is given to finish before the delete commits; a writer that waits for it takes longer. */
    private static final long HEAD_START_MS = 1000;
    private static final long BOUND_SECONDS = 30;

    private WhileDeleting() {
    }

    /** {@code write} during the delete of {@code row} succeeds or fails on the foreign key. */
    static <T> void assertSucceedsOrFailsOnTheForeignKey(Junction db, Model<T> model, T row, Runnable write)
            throws Exception {
        Throwable outcome = run(db, model, row, write);
        assertThat(outcome).satisfiesAnyOf(t -> assertThat(t).isNull(),
                t -> assertThat(t).isInstanceOf(ForeignKeyConstraintException.class));
    }

    /**
     * Deletes {@code row} in a transaction, runs {@code write} on another thread, gives it a head start, commits the
     * delete and waits (bounded) for the write; returns what the write threw, or {@code null}.
     */
    static <T> Throwable run(Junction db, Model<T> model, T row, Runnable write) throws Exception {
        CompletableFuture<Void> writing;
        try (Transaction deleting = db.begin()) {
            assertThat(model.in(deleting).destroy(row)).isTrue();
            writing = CompletableFuture.runAsync(write);
            try {
                writing.get(HEAD_START_MS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException | ExecutionException waitingOrFailed) {
                // waiting for the delete's lock, or failed already: either way the delete commits now
            }
            try {
                deleting.commit();
            } catch (TransactionConflictException lostCertification) {
                // On a Galera cluster the write, on another node, takes no lock the delete holds and may commit
                // first; the delete then fails certification and the row stays: no orphan either way. A single
                // server makes the write wait for the delete instead.
                if (Topology.current() != Topology.GALERA) throw lostCertification;
            }
        }
        try {
            writing.get(BOUND_SECONDS, TimeUnit.SECONDS);
            return null;
        } catch (ExecutionException e) {
            return e.getCause();
        }
    }
}
