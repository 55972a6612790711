package dev.junction;

/**
 * The body of a managed transaction.
 *
 * @param <R> what the body returns
 * @param <X> a checked exception the body may throw, passed through unchanged after rollback
 */
@FunctionalInterface
public interface TransactionWork<R, X extends Exception> {
    R run(Transaction tx) throws X;
}
