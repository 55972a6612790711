package dev.junction.tx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.junction.ConnectionException;
import dev.junction.Junction;
import dev.junction.JunctionConfig;
import dev.junction.Model;
import dev.junction.query.Query;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import dev.junction.tx.Ledger.Entry;
import java.lang.ref.Reference;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Closing Junction ends every wait for a connection at once, with an error that says Junction is closed. */
class ClosingTest {
    /** Far below HikariCP's connection timeout (30 s), which a waiter would otherwise sit out. */
    private static final long PROMPTLY_MS = 5_000;
    private static final long STARTED_MS = 30_000;

    /** What a thread waiting for a connection ends with, and whether it was left interrupted. */
    private record Outcome(Throwable failure, boolean interrupted) { }

    @DialectTest
    void threadsWaitingForAConnectionFailAtOnceWhenJunctionCloses(TestTarget target) throws Exception {
        Junction db = target.open(b -> b.maxPoolSize(2));
        Model<Entry> entries = Ledger.entries(db);
        entries.create(new Entry("rent"));
        List<Iterator<Entry>> open = holdBothConnections(entries);
        CompletableFuture<Outcome> waiter = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            Throwable failure = catchThrowable(entries::count);
            waiter.complete(new Outcome(failure, Thread.currentThread().isInterrupted()));
        }, "waiting-for-a-connection");
        thread.start();
        awaitWaiting(thread, waiter);

        long start = System.nanoTime();
        db.close();
        Outcome outcome = waiter.get(PROMPTLY_MS, TimeUnit.MILLISECONDS);

        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(PROMPTLY_MS);
        assertThat(outcome.failure()).isInstanceOf(ConnectionException.class)
                .hasMessageContaining("Junction is closed");
        assertThat(outcome.interrupted()).as("the interrupt that woke it is not left behind").isFalse();
        Reference.reachabilityFence(open);
    }

    @DialectTest
    void everyCallAfterCloseFailsAtOnceSayingJunctionIsClosed(TestTarget target) {
        Junction db = target.open();
        Model<Entry> entries = Ledger.entries(db);
        db.close();

        assertThat(catchThrowable(entries::count)).isInstanceOf(ConnectionException.class)
                .hasMessageContaining("Junction is closed");
        assertThat(catchThrowable(db::begin)).isInstanceOf(ConnectionException.class)
                .hasMessageContaining("Junction is closed");
        db.close();
    }

    @Test
    void closingAnInMemoryDatabaseWhoseConnectionsAreAllTakenIsPrompt() {
        Junction db = Junction.open(JunctionConfig.builder().url("jdbc:h2:mem:closing-" + System.nanoTime())
                .maxPoolSize(2).build());
        Model<Entry> entries = Ledger.entries(db);
        entries.create(new Entry("rent"));
        List<Iterator<Entry>> open = holdBothConnections(entries);

        long start = System.nanoTime();
        db.close();

        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(PROMPTLY_MS);
        assertThat(catchThrowable(entries::count)).hasMessageContaining("Junction is closed");
        Reference.reachabilityFence(open);
    }

    /**
     * Opens two part-read streams, which hold a pool of two's connections, and returns their iterators. The caller
     * keeps those reachable to the end: a stream dropped unclosed gives its connection back once the garbage collector
     * finds what reads it, and once iterated only the iterator holds that.
     */
    private static List<Iterator<Entry>> holdBothConnections(Model<Entry> entries) {
        List<Iterator<Entry>> open = List.of(entries.stream(Query.all()).iterator(),
                entries.stream(Query.all()).iterator());
        open.forEach(Iterator::next);
        return open;
    }

    /**
     * Returns once {@code thread} is parked (waiting for a connection, with or without a timeout); fails at once, with
     * what the thread saw, if it ended instead, and after {@link #STARTED_MS} if it never got that far (a loaded
     * machine may take a while to schedule it).
     */
    private static void awaitWaiting(Thread thread, CompletableFuture<Outcome> waiter) throws ExecutionException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(STARTED_MS);
        for (Thread.State state = thread.getState(); state != Thread.State.TIMED_WAITING
                && state != Thread.State.WAITING; state = thread.getState()) {
            if (state == Thread.State.TERMINATED) {
                throw new ExecutionException("the waiting thread ended before it waited for a connection: "
                        + waiter.getNow(null), null);
            }
            if (System.nanoTime() > deadline) throw new ExecutionException("never waited (" + state + ")", null);
            Thread.onSpinWait();
        }
    }
}
