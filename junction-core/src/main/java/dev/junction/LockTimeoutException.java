package dev.junction;

import java.sql.SQLException;

/**
 * A statement waited for a lock held by a concurrent transaction for as long as the database allows, and gave up:
 * PostgreSQL's {@code lock_timeout} (55P03), MariaDB/MySQL's {@code innodb_lock_wait_timeout} (error 1205), H2's
 * {@code LOCK_TIMEOUT} (50200), SQLite's busy timeout ({@code SQLITE_BUSY}).
 *
 * <p>Unlike a deadlock or a serialization failure, this is <b>not run again</b> by Junction unless
 * {@link JunctionConfig.Builder#retryLockTimeouts(boolean)} says so: the lock is still held by a transaction that has
 * already outlasted the timeout, so waiting again would multiply the caller's wait (5 × 50 s with MariaDB's
 * default) for little chance of success. Everything else said of {@link TransactionConflictException} holds: inside
 * your own transaction, roll it back (on MariaDB/MySQL and H2 only the failed statement was undone) and run it again
 * if you wish.
 */
public class LockTimeoutException extends TransactionConflictException {
    private static final long serialVersionUID = 1L;

    /** A lock wait that timed out, described by {@code message}, reported by the driver as {@code cause}. */
    public LockTimeoutException(String message, SQLException cause) {
        super(message, cause);
    }
}
