package dev.junction.spi;

import java.sql.Connection;

/**
 * Lets a framework that manages transactions itself (Spring, Jakarta EE, Micronaut…) put Junction's work into them.
 * Given to {@link dev.junction.JunctionConfig.Builder#transactionHook(TransactionHook)}; the Spring Boot starter
 * installs one for Spring's transactions. Implementations must be thread-safe: every method is asked about the
 * calling thread.
 *
 * <p>While {@link #isTransactionActive()} says a framework transaction is active on the calling thread, every Junction
 * operation on that thread runs on {@link #transactionConnection()} and never commits, rolls back, closes it or
 * changes its auto-commit: the framework owns it. A {@code db.transaction(…)} (or {@code db.begin()}) opened then joins
 * the framework transaction instead of beginning one of its own; when its body throws, or a multi-statement
 * operation such as {@code set} or {@code bulkCreate} fails half-way, Junction calls {@link #setRollbackOnly()} and
 * lets the exception propagate, so the framework rolls back even if the caller catches it. A
 * {@code Propagation.NESTED} transaction runs under a savepoint of the framework's connection instead: when its body
 * throws, Junction rolls back to the savepoint and leaves the framework's transaction free to commit. An isolation
 * level or read-only flag asked of a transaction that joins is checked against the connection's own
 * ({@code getTransactionIsolation()}, {@code isReadOnly()}): Junction never changes them. Junction does not run a
 * failed operation again after a deadlock inside a framework transaction: only the framework can replay the
 * caller's work.
 *
 * <p>When no framework transaction is active, Junction works as without a hook: each operation on a connection of
 * its own from the pool or {@code DataSource}, {@code db.transaction(…)} in a transaction of its own.
 *
 * <pre>{@code
 * Junction db = Junction.open(JunctionConfig.builder()
 *         .dataSource(appDataSource)
 *         .transactionHook(new TransactionHook() {
 *             public boolean isTransactionActive() { return Tx.current() != null; }
 *             public Connection transactionConnection() { return Tx.current().connection(); }
 *             public void setRollbackOnly() { Tx.current().setRollbackOnly(); }
 *         })
 *         .build());
 * }</pre>
 */
public interface TransactionHook {

    /** Whether a framework transaction is active on the calling thread. Called before every Junction operation. */
    boolean isTransactionActive();

    /**
     * The connection of the framework transaction active on the calling thread; called only while
     * {@link #isTransactionActive()} is true. It must stay open until that transaction ends (a stream Junction
     * returned may read from it until then).
     */
    Connection transactionConnection();

    /**
     * Marks the framework transaction active on the calling thread so that it can only roll back: a Junction
     * transaction or multi-statement operation that joined it failed, and committing would keep half of its work.
     */
    void setRollbackOnly();

    /**
     * Runs {@code callback} once the framework transaction active on the calling thread has completed (committed or
     * rolled back), on that thread, while its connection is still open, and says whether it will; called only while
     * {@link #isTransactionActive()} is true. Junction holds its seed lock until then, so that no other process seeds
     * from state this transaction has not yet committed; with the default, {@code false}, seeding inside a framework
     * transaction is refused with a {@link dev.junction.JunctionException}.
     */
    default boolean afterCompletion(Runnable callback) {
        return false;
    }
}
