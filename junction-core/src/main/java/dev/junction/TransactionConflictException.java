package dev.junction;

import java.sql.SQLException;

/**
 * The database gave up on a transaction because it collided with a concurrent one: a deadlock, a serialization
 * failure, or a lock wait that timed out (SQLState 40001 or 40P01; MariaDB/MySQL errors 1213 and 1205; H2's lock
 * timeout; SQLite's "database is locked"). The transaction's writes were rolled back, and running it again may well
 * succeed.
 *
 * <p>An operation Junction runs in a transaction of its own — an association's {@code add}, {@code set},
 * {@code remove} or {@code create}, a {@code bulkCreate} — is retried automatically, a few times with a short random
 * pause, before this surfaces. Inside your own transaction ({@link Junction#transaction}, {@link Junction#begin()})
 * nothing is retried: the whole transaction is lost, and only you can run it again.
 *
 * <pre>{@code
 * try {
 *     db.useTransaction(tx -> transfer(from, to, amount));
 * } catch (TransactionConflictException e) {
 *     // rolled back as a whole: run the transaction again, or report it
 * }
 * }</pre>
 */
public class TransactionConflictException extends DatabaseException {
    private static final long serialVersionUID = 1L;

    public TransactionConflictException(String message, SQLException cause) {
        super(message, cause);
    }
}
