package dev.junction;

import java.util.List;

/**
 * Told about every statement Junction runs, after it ran (successfully or not). Use it to count statements in
 * tests, to collect timings, or to log somewhere other than SLF4J. Called on the thread that ran the statement;
 * implementations must be thread-safe and fast.
 *
 * <pre>{@code
 * AtomicInteger statements = new AtomicInteger();
 * Junction db = Junction.open(JunctionConfig.builder().url(url).listener((sql, params, nanos) -> statements.incrementAndGet()).build());
 * }</pre>
 */
@FunctionalInterface
public interface SqlListener {
    /**
     * @param sql            the statement text, with {@code ?} placeholders (a {@code COPY … FROM STDIN} that
     *                       {@code bulkCreate} runs on PostgreSQL: its text, with no parameters)
     * @param parameters     the bound values (empty when parameter logging is off, and for a COPY)
     * @param elapsedNanos   how long the statement took, including fetching its result
     */
    void executed(String sql, List<Object> parameters, long elapsedNanos);
}
