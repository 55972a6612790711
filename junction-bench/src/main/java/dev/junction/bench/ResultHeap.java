package dev.junction.bench;

import static dev.junction.query.Include.include;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * The heap an eager load's result holds, per link: issue 19's "heap no larger than the result", measured where JMH's
 * heap figures cannot (they include the database's own buffers — in-memory H2 holds the whole result set while it
 * is read — and whatever garbage survives). For W2b/W2c's load (every user with its favourites and each link's two
 * timestamps), each contender's result is made, the heap in use measured after full collections with the result held
 * and again once it is dropped; the difference is what the result keeps. The smallest of {@value #ROUNDS} rounds is
 * reported (a collection can leave some garbage behind, never take some of the result away).
 *
 * <pre>java -cp junction-bench/target/benchmarks.jar dev.junction.bench.ResultHeap [h2|postgresql] [users] [per user]</pre>
 *
 * prints {@code result-heap <db> <users>x<per user> junction=<bytes>/link jdbc=<bytes>/link junction/jdbc=<ratio>}.
 */
public final class ResultHeap {
    private static final int ROUNDS = 3;
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private ResultHeap() {
    }

    public static void main(String[] args) throws Exception {
        BenchDatabase database = BenchDatabase.of(args.length > 0 ? args[0] : "h2");
        int users = args.length > 1 ? Integer.parseInt(args[1]) : W2cEagerThroughLarge.USERS;
        int favorites = args.length > 2 ? Integer.parseInt(args[2]) : W2cEagerThroughLarge.FAVORITES;
        long links = (long) users * favorites;
        try (BenchDatabase.Place place = database.create("resultheap")) {
            LinkTimestamps.seed(place, users, favorites);
            long junctionBytes;
            try (JunctionSide junction = LinkTimestamps.open(place)) {
                junctionBytes = smallest(() -> junction.users().findAll(include(junction.favorites())));
            }
            long jdbcBytes;
            try (JdbcSide jdbc = JdbcSide.open(place)) {
                jdbcBytes = smallest(() -> EagerThroughWorkload.jdbcLoad(jdbc, users));
            }
            System.out.printf(Locale.ROOT, "result-heap %s %dx%d junction=%.1f B/link jdbc=%.1f B/link"
                    + " junction/jdbc=%.2f%n", args.length > 0 ? args[0] : "h2", users, favorites,
                    (double) junctionBytes / links, (double) jdbcBytes / links, (double) junctionBytes / jdbcBytes);
        }
    }

    /** The least heap {@code load}'s result held over {@link #ROUNDS} rounds. */
    private static long smallest(Callable<List<?>> load) throws Exception {
        long least = Long.MAX_VALUE;
        for (int round = 0; round < ROUNDS; round++) {
            List<?> result = load.call();
            long held = settledHeap();
            int size = result.size();
            Reference.reachabilityFence(result);
            result = null;
            long dropped = settledHeap();
            if (size == 0) throw new IllegalStateException("the load read nothing");
            least = Math.min(least, held - dropped);
        }
        return least;
    }

    /** The heap in use after full collections, once it stops shrinking. */
    private static long settledHeap() {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 10; i++) {
            System.gc();
            long now = MEMORY.getHeapMemoryUsage().getUsed();
            if (now >= used) return now;
            used = now;
        }
        return used;
    }
}
