package dev.junction;

/**
 * The body of a managed transaction that returns nothing.
 *
 * @param <X> a checked exception the body may throw, passed through unchanged after rollback
 */
@FunctionalInterface
public interface TransactionBody<X extends Exception> {
    void run(Transaction tx) throws X;
}
