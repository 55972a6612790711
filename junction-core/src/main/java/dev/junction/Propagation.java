package dev.junction;

/**
 * How a managed transaction ({@link Junction#transaction(TransactionOptions, TransactionWork)}) relates to one already
 * running on the thread — Spring's propagation behaviours of the same names.
 *
 * <pre>{@code
 * db.transaction(tx -> {
 *     orders.create(order);
 *     try {
 *         db.useTransaction(Propagation.NESTED, inner -> stock.reserve(order)); // undone alone if it throws
 *     } catch (OutOfStockException e) {
 *         backorders.create(order);                                          // the outer one goes on
 *     }
 * });
 * }</pre>
 */
public enum Propagation {
    /**
     * Join the running transaction, else start one (the default). A joined body that throws dooms the whole
     * transaction: it rolls back even if the outer body catches the exception.
     */
    REQUIRED,

    /**
     * Suspend the running transaction and start an independent one on another pooled connection: it commits or rolls
     * back on its own, whatever the suspended one does later. Needs a free connection besides those the thread holds;
     * when the thread already holds every connection of the pool, a {@link ConnectionException} says so at once.
     */
    REQUIRES_NEW,

    /**
     * Run under a savepoint of the running transaction: a body that throws rolls back to the savepoint — only its own
     * writes are undone — and the exception reaches the caller, who may catch it and let the outer transaction go on
     * and commit. Without a running transaction, like {@link #REQUIRED}.
     */
    NESTED
}
