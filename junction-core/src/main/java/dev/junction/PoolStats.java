package dev.junction;

/**
 * A snapshot of a {@link Junction}'s connection pool (with read replicas, of their pools too), for monitoring and
 * health checks: a leak shows as {@code active} connections that never go back to idle. Immutable.
 *
 * <pre>{@code
 * PoolStats pool = db.poolStats();
 * metrics.gauge("db.connections.active", pool.active());
 * }</pre>
 *
 * @param active connections lent out right now (running a statement or held by a transaction)
 * @param idle   connections open and waiting in the pool
 * @param total  all open connections, active and idle
 */
public record PoolStats(int active, int idle, int total) {
}
