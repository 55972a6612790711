package dev.junction.scaleout;

import dev.junction.scaleout.LoggedOperation.Kind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Worker threads writing the links of a few shared owners at once — random {@code add}s, {@code set}s and
 * {@code remove}s, a fixed number per thread — each logging every operation for {@link LinkHistoryCheck}. Every
 * {@code set} links a fresh group of 2 or 3 targets, every {@code add} a fresh target (each thread draws from targets
 * of its own), and a {@code remove} unlinks a target its own thread added before (and has not removed yet).
 *
 * @param <O> the owner type
 */
final class LinkWorkload<O> {
    private final List<O> owners;
    private final java.util.function.ToLongFunction<O> ownerKey;
    private final int operationsPerThread;
    private final long seed;
    private final AttemptTally tally;

    /**
     * @param owners              the shared owners; every thread picks among all of them
     * @param ownerKey            an owner's key, for the log
     * @param operationsPerThread how many operations each thread runs
     * @param seed                makes the choices of every thread repeatable
     * @param tally               the listener of every Junction the threads use, counting attempts
     */
    LinkWorkload(List<O> owners, java.util.function.ToLongFunction<O> ownerKey, int operationsPerThread, long seed,
                 AttemptTally tally) {
        this.owners = List.copyOf(owners);
        this.ownerKey = ownerKey;
        this.operationsPerThread = operationsPerThread;
        this.seed = seed;
        this.tally = tally;
    }

    /** How many fresh targets one thread may use at most. */
    int targetsPerThread() {
        return operationsPerThread * 3;
    }

    /**
     * Runs one thread per entry of {@code links} (thread {@code t} writes through {@code links.get(t)}, linking the
     * targets {@code targets.get(t)}), all at once, and returns every operation they logged.
     *
     * @throws AssertionError when the threads have not all finished by {@code deadline}: with what each was doing
     */
    List<LoggedOperation> run(List<LinkWrites<O>> links, List<List<Long>> targets, Duration deadline)
            throws InterruptedException {
        int threads = links.size();
        List<List<LoggedOperation>> logs = new ArrayList<>();
        AtomicReferenceArray<String> doing = new AtomicReferenceArray<>(threads);
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(threads);
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            List<LoggedOperation> log = new ArrayList<>();
            logs.add(log);
            Thread worker = new Thread(() -> {
                try {
                    start.await();
                    work(thread, links.get(thread), targets.get(thread), log, doing);
                } catch (InterruptedException stop) {
                    Thread.currentThread().interrupt();
                } finally {
                    doing.set(thread, "finished");
                    done.countDown();
                }
            }, "link-worker-" + t);
            worker.setDaemon(true);
            workers.add(worker);
            worker.start();
        }
        start.countDown();
        if (!done.await(deadline.toMillis(), TimeUnit.MILLISECONDS)) {
            StringBuilder dump = new StringBuilder("link workers still running after " + deadline + ":");
            for (int t = 0; t < threads; t++) {
                dump.append("\n").append(workers.get(t).getName()).append(" (").append(logs.get(t).size())
                        .append(" done) ").append(doing.get(t));
                for (StackTraceElement frame : workers.get(t).getStackTrace()) dump.append("\n    at ").append(frame);
            }
            workers.forEach(Thread::interrupt);
            throw new AssertionError(dump.toString());
        }
        List<LoggedOperation> all = new ArrayList<>();
        logs.forEach(all::addAll); // each list's thread has ended (the latch orders its writes before this read)
        return all;
    }

    private void work(int thread, LinkWrites<O> links, List<Long> mine, List<LoggedOperation> log,
                      AtomicReferenceArray<String> doing) {
        Random random = new Random(seed * 31 + thread);
        List<Map.Entry<O, Long>> added = new ArrayList<>(); // committed adds of this thread not removed yet
        int next = 0;
        for (int i = 0; i < operationsPerThread; i++) {
            int roll = random.nextInt(10);
            Kind kind = roll < 3 ? Kind.SET : roll < 8 || added.isEmpty() ? Kind.ADD : Kind.REMOVE;
            O owner;
            List<Long> targets;
            if (kind == Kind.REMOVE) {
                Map.Entry<O, Long> undo = added.remove(random.nextInt(added.size()));
                owner = undo.getKey();
                targets = List.of(undo.getValue());
            } else {
                owner = owners.get(random.nextInt(owners.size()));
                int size = kind == Kind.SET ? 2 + random.nextInt(2) : 1;
                targets = List.copyOf(mine.subList(next, next + size));
                next += size;
            }
            doing.set(thread, kind + " " + targets + " of owner " + ownerKey.applyAsLong(owner));
            tally.begin();
            long started = System.nanoTime();
            RuntimeException failure = null;
            try {
                switch (kind) {
                    case ADD -> links.add(owner, targets.get(0));
                    case SET -> links.set(owner, targets);
                    case REMOVE -> links.remove(owner, targets.get(0));
                }
            } catch (RuntimeException e) {
                failure = e;
            }
            long ended = System.nanoTime();
            log.add(new LoggedOperation(thread, ownerKey.applyAsLong(owner), kind, targets, started, ended, failure,
                    tally.attempts()));
            if (kind == Kind.ADD && failure == null) added.add(Map.entry(owner, targets.get(0)));
        }
    }
}
