package dev.junction;

/**
 * A database transaction on one connection. Managed transactions ({@link Junction#transaction}) commit and roll
 * back by themselves; an unmanaged one from {@link Junction#begin()} (or {@link Junction#begin(TransactionOptions)}, with
 * an isolation level or read-only) is committed or rolled back by its owner, and rolled back by {@link #close()} if
 * neither happened.
 *
 * <p>Operations join a transaction implicitly when they run inside a managed transaction on the same thread, or
 * explicitly through {@link Model#in(Transaction)} on any thread. A transaction is not for concurrent use by
 * several threads at once.
 *
 * <pre>{@code
 * try (Transaction tx = db.begin()) {
 *     users.in(tx).create(new User(null, "alice"));
 *     tx.commit();
 * }
 * }</pre>
 */
public interface Transaction extends AutoCloseable {
    /** Makes the transaction's writes permanent and ends it. */
    void commit();

    /** Discards the transaction's writes and ends it. */
    void rollback();

    /** True until the transaction is committed or rolled back. */
    boolean isActive();

    /** Rolls back if still active. */
    @Override
    void close();
}
