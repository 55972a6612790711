package dev.junction.internal.transaction;

import dev.junction.TransactionConflictException;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The random pause before a transaction that collided is run again: longer after each attempt, so that colliding
 * transactions stop meeting in step. Immutable and thread-safe.
 *
 * <p>On one server a collision is a deadlock or a serialization failure between a few transactions, over as soon as
 * one of them commits: pauses under 10, 20, 40, 80 ms. On a Galera cluster a write to a hot row loses certification
 * to the other nodes' writes in streams — while one node's writes keep winning, every attempt of another node's fails
 * (measured with nine threads updating one row through three nodes: an update that collided once mostly failed
 * every attempt after, with pauses under 10 … 80 ms 2–8 of 450 failed five times) — so the pauses there start
 * longer, under 100, 200, 400, 800 ms: long enough for such a stream to pass (0 of 450 failed, in 11 runs). Both
 * double up to a cap (640 ms and 6.4 s) for budgets beyond the default.
 */
final class ConflictPauses {
    private final long unitMillis;

    /** {@code cluster}: the database is a Galera cluster. */
    ConflictPauses(boolean cluster) {
        this.unitMillis = cluster ? 50 : 5; // the first pause: under 2 units
    }

    /** Sleeps before attempt {@code attempt + 1}; interrupted, it throws {@code conflict} with the interrupt set. */
    void pause(int attempt, TransactionConflictException conflict) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, unitMillis << Math.min(attempt, 7)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw conflict;
        }
    }
}
