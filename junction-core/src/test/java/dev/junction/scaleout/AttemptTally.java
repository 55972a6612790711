package dev.junction.scaleout;

import dev.junction.SqlListener;
import java.util.List;

/**
 * Counts how often each operation started on the database, as a {@link SqlListener}: Junction runs a retried
 * operation again from its first statement, so the attempts are the statements with the text of the first one (a
 * statement that repeats inside one attempt would be counted too; none of the link operations has one). The listener
 * is called on the thread that ran the statement, so the count is kept per thread. Thread-safe.
 */
final class AttemptTally implements SqlListener {
    private static final class Counting {
        String first;
        int attempts;
    }

    private final ThreadLocal<Counting> current = ThreadLocal.withInitial(Counting::new);

    /** Starts counting the calling thread's next operation. */
    void begin() {
        Counting c = current.get();
        c.first = null;
        c.attempts = 0;
    }

    /** How many times the calling thread's operation since {@link #begin} started on the database. */
    int attempts() {
        return current.get().attempts;
    }

    @Override
    public void executed(String sql, List<Object> parameters, long elapsedNanos) {
        Counting c = current.get();
        if (c.first == null) {
            c.first = sql;
            c.attempts = 1;
        } else if (c.first.equals(sql)) {
            c.attempts++;
        }
    }
}
