package dev.junction.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs tasks on threads of their own, released together by a barrier so that they meet, and waits a bounded time for
 * all of them. For two Junction instances on one database standing in for two processes.
 */
public final class Simultaneously {
    private static final long TIMEOUT_SECONDS = 60;

    private Simultaneously() {
    }

    /** Each task's result, in order; a task's exception is rethrown (wrapped) once every task has ended. */
    @SafeVarargs
    public static <R> List<R> run(Callable<R>... tasks) throws Exception {
        CyclicBarrier start = new CyclicBarrier(tasks.length);
        ExecutorService threads = Executors.newFixedThreadPool(tasks.length);
        try {
            List<Future<R>> futures = new ArrayList<>();
            for (Callable<R> task : tasks) {
                futures.add(threads.submit(() -> {
                    start.await(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                    return task.call();
                }));
            }
            List<R> results = new ArrayList<>();
            for (Future<R> future : futures) results.add(future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
            return results;
        } finally {
            threads.shutdownNow();
        }
    }
}
