package dev.junction;

import java.sql.SQLException;

/**
 * The database gave up on a statement because its transaction collided with a concurrent one: a deadlock, a
 * serialization failure, or a lock wait that timed out (SQLState class 40 such as 40001 and 40P01; PostgreSQL's
 * 55P03; MariaDB/MySQL errors 1213 and 1205; H2's lock timeout and concurrent update; SQLite's "database is
 * locked"); on a Galera cluster also a transaction that failed certification at commit (1213) or met a node leaving
 * or outside the primary component (1047, 1180). Running the transaction again, from its start, may well succeed. A
 * lock wait that timed out is the subclass {@link LockTimeoutException}.
 *
 * <p>A write Junction runs in a transaction of its own — an association's {@code add}, {@code set}, {@code remove}
 * or {@code create}, a {@code bulkCreate}, a seed file — or as a single statement in auto-commit (a model's
 * {@code create}, {@code update}, {@code destroy}, {@code increment} outside a transaction) has already been rolled
 * back and run again, {@link JunctionConfig.Builder#conflictAttempts(int) conflictAttempts} times in all (5 by
 * default, 10 on a Galera cluster) with a short random pause between attempts, before this surfaces (a {@link LockTimeoutException} after one
 * attempt, unless {@link JunctionConfig.Builder#retryLockTimeouts(boolean) retryLockTimeouts} is set); each earlier
 * attempt's exception is {@linkplain #getSuppressed() suppressed} in the next.
 *
 * <p>Inside your own transaction ({@link Junction#transaction}, {@link Junction#begin()}) nothing is run again,
 * because only you know what the transaction did before: <b>roll it back and run the whole transaction again</b>.
 * Never commit it after catching this: depending on the database and the kind of collision, the transaction was
 * rolled back entirely (a deadlock), is unusable until rolled back (PostgreSQL), or is still open with only the
 * failed statement undone (a lock wait timeout on MariaDB/MySQL or H2), so a commit would keep part of its work.
 * A {@code db.transaction} body that lets the exception propagate is rolled back for you; with {@code db.begin()},
 * call {@link Transaction#rollback()} or close the transaction without committing.
 *
 * <pre>{@code
 * for (int attempt = 1; ; attempt++) {
 *     try {
 *         db.useTransaction(tx -> transfer(from, to, amount)); // rolled back as a whole if this is thrown
 *         break;
 *     } catch (TransactionConflictException e) {
 *         if (attempt == 3) throw e; // or report it
 *     }
 * }
 * }</pre>
 */
public class TransactionConflictException extends DatabaseException {
    private static final long serialVersionUID = 1L;

    /** A conflict described by {@code message}, reported by the driver as {@code cause}. */
    public TransactionConflictException(String message, SQLException cause) {
        super(message, cause);
    }
}
