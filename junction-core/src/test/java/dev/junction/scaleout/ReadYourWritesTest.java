package dev.junction.scaleout;

import static dev.junction.scaleout.Library.texts;
import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.Junction;
import dev.junction.Transaction;
import dev.junction.scaleout.Library.Note;
import dev.junction.testing.DialectTest;
import dev.junction.testing.EmulatedReplica;
import dev.junction.testing.FrameworkTransactions;
import dev.junction.testing.TestTarget;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** Read-your-writes: after a write, the writing thread reads the primary for a while; other threads the replicas. */
class ReadYourWritesTest {
    @DialectTest
    void afterAWriteTheWriterReadsThePrimaryAndOtherThreadsTheReplica(TestTarget target) throws Exception {
        ExecutorService other = Executors.newSingleThreadExecutor();
        try (EmulatedReplica replica = Library.replica(target, "replica");
             Junction db = target.open(b -> b.replicas(replica.url()).readYourWrites(Duration.ofMinutes(10)))) {
            Library library = Library.filled(db, "primary", 0); // its writes count too: the window is open now
            library.notes.create(new Note(null, "mine", 1L));
            assertThat(texts(library.notes.findAll())).containsExactly("mine");
            assertThat(library.notes.count()).isEqualTo(1);
            List<String> elsewhere = CompletableFuture.supplyAsync(() -> texts(library.notes.findAll()), other)
                    .get(60, TimeUnit.SECONDS);
            assertThat(elsewhere).containsExactly("replica-1", "replica-2");
        } finally {
            other.shutdownNow();
        }
    }

    @DialectTest
    void withoutReadYourWritesTheWriterReadsTheReplicaRightAfterItsWrite(TestTarget target) {
        try (EmulatedReplica replica = Library.replica(target, "replica");
             Junction db = target.open(b -> b.replicas(replica.url()))) {
            Library library = Library.filled(db, "primary", 0);
            library.notes.create(new Note(null, "mine", 1L));
            assertThat(texts(library.notes.findAll())).containsExactly("replica-1", "replica-2");
        }
    }

    @DialectTest
    void aWriteInATransactionOpensTheWindowToo(TestTarget target) throws Exception {
        ExecutorService writer = Executors.newSingleThreadExecutor(); // a thread that has not written yet
        try (EmulatedReplica replica = Library.replica(target, "replica");
             Junction db = target.open(b -> b.replicas(replica.url()).readYourWrites(Duration.ofMinutes(10)))) {
            Library library = Library.on(db);
            List<List<String>> reads = CompletableFuture.supplyAsync(() -> {
                List<String> before = texts(library.notes.findAll());
                db.useTransaction(tx -> library.notes.create(new Note(null, "mine", null)));
                return List.of(before, texts(library.notes.findAll()));
            }, writer).get(60, TimeUnit.SECONDS);
            assertThat(reads.get(0)).containsExactly("replica-1", "replica-2");
            assertThat(reads.get(1)).containsExactly("mine");
        } finally {
            writer.shutdownNow();
        }
    }

    @DialectTest
    void theWindowOpensWhenTheWritingTransactionEndsNotWhenItsWriteRan(TestTarget target) {
        Duration window = Duration.ofMillis(500);
        try (EmulatedReplica replica = Library.replica(target, "replica");
             Junction db = target.open(b -> b.replicas(replica.url()).readYourWrites(window))) {
            Library library = Library.on(db);
            db.useTransaction(tx -> {
                long wrote = System.nanoTime();
                library.notes.create(new Note(null, "mine", null));
                outlast(wrote, window); // a transaction that runs longer than the window
            });
            assertThat(texts(library.notes.findAll())).containsExactly("mine");
            try (Transaction tx = db.begin()) { // an explicit one, too
                long wrote = System.nanoTime();
                library.notes.in(tx).create(new Note(null, "explicit", null));
                outlast(wrote, window);
                tx.commit();
            }
            assertThat(texts(library.notes.findAll())).containsExactly("mine", "explicit");
        }
    }

    @DialectTest
    void inAFrameworksTransactionTheWindowOpensAgainWhenItCompletes(TestTarget target) throws Exception {
        Duration window = Duration.ofMillis(500);
        FrameworkTransactions framework = new FrameworkTransactions();
        try (EmulatedReplica replica = Library.replica(target, "replica");
             Junction db = target.open(b -> b.replicas(replica.url()).readYourWrites(window)
                     .transactionHook(framework));
             Connection connection = target.jdbc()) {
            Library library = Library.on(db);
            framework.begin(connection);
            long wrote = System.nanoTime();
            library.notes.create(new Note(null, "mine", null));
            outlast(wrote, window); // a framework transaction that runs longer than the window
            framework.end(true);
            assertThat(texts(library.notes.findAll())).containsExactly("mine");
        }
    }

    /** Waits, in a bounded loop, until {@code window} has passed since {@code since}. */
    private static void outlast(long since, Duration window) {
        long until = since + window.toNanos() + TimeUnit.MILLISECONDS.toNanos(100);
        while (System.nanoTime() - until < 0) {
            try {
                Thread.sleep(Math.max(1, TimeUnit.NANOSECONDS.toMillis(until - System.nanoTime())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
