package dev.junction.scaleout;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Runs tasks on threads of their own, all at once, and waits a bounded time for them. */
final class Workers {
    private Workers() {
    }

    /** Each task's result, in order; a task still running after {@code seconds} fails the test. */
    static <R> List<R> runAll(List<Callable<R>> tasks, int seconds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            List<R> results = new ArrayList<>();
            for (Future<R> done : pool.invokeAll(tasks, seconds, TimeUnit.SECONDS)) {
                if (done.isCancelled()) throw new AssertionError("a worker was still running after " + seconds + " s");
                results.add(done.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
