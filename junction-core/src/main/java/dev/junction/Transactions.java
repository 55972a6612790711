package dev.junction;

/**
 * Transactions with options: propagation (savepoints, independent transactions), isolation level, read-only.
 * {@link Junction} implements it; {@link Junction#transaction(TransactionWork)} and {@link Junction#begin()} are the
 * forms with the defaults. Thread-safe.
 *
 * <pre>{@code
 * db.transaction(tx -> {
 *     users.create(alice);
 *     try {
 *         db.useTransaction(Propagation.NESTED, inner -> users.create(duplicateOfAlice)); // rolled back to its savepoint
 *     } catch (UniqueConstraintException e) {
 *         // alice is still there, and commits with the outer transaction
 *     }
 *     return null;
 * });
 * }</pre>
 */
public interface Transactions {
    /**
     * Runs {@code work} in a managed transaction as {@code options} say: committed when it returns, rolled back when it
     * throws (the exception passed on). {@link Propagation#REQUIRED} joins a running transaction,
     * {@link Propagation#NESTED} runs under a savepoint of it, {@link Propagation#REQUIRES_NEW} suspends it; the
     * isolation level and read-only flag are set on the connection and restored afterwards.
     *
     * @throws ValidationException before {@code work} runs, when joining a running transaction whose isolation or
     *                             read-only flag contradicts the options
     * @throws UnsupportedByDatabaseException when the database has no such isolation level
     */
    <R, X extends Exception> R transaction(TransactionOptions options, TransactionWork<R, X> work) throws X;

    /** Like {@link #transaction(TransactionOptions, TransactionWork)}, for a body that returns nothing. */
    default <X extends Exception> void useTransaction(TransactionOptions options, TransactionBody<X> body) throws X {
        dev.junction.internal.Arguments.given(body, "Junction.useTransaction", "body");
        transaction(options, tx -> {
            body.run(tx);
            return null;
        });
    }

    /** {@link #transaction(TransactionOptions, TransactionWork)} with only a propagation. */
    default <R, X extends Exception> R transaction(Propagation propagation, TransactionWork<R, X> work) throws X {
        dev.junction.internal.Arguments.given(propagation, "Junction.transaction", "propagation");
        return transaction(TransactionOptions.of(propagation), work);
    }

    /** {@link #useTransaction(TransactionOptions, TransactionBody)} with only a propagation. */
    default <X extends Exception> void useTransaction(Propagation propagation, TransactionBody<X> body) throws X {
        dev.junction.internal.Arguments.given(propagation, "Junction.useTransaction", "propagation");
        useTransaction(TransactionOptions.of(propagation), body);
    }

    /**
     * Starts an unmanaged transaction, on a connection of its own, with the options' isolation level and read-only
     * flag; its owner ends it with {@link Transaction#commit()} or {@link Transaction#rollback()}, and operations join
     * it through {@link Model#in(Transaction)}.
     *
     * @throws ValidationException for {@link Propagation#NESTED}, which only a managed transaction can be
     */
    Transaction begin(TransactionOptions options);
}
