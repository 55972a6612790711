package dev.junction.internal.transaction;

import dev.junction.Isolation;
import dev.junction.JunctionException;
import dev.junction.TransactionOptions;
import dev.junction.TransactionWork;
import dev.junction.ValidationException;
import dev.junction.internal.jdbc.ErrorTranslator;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;

/**
 * Managed transactions that run inside a running one: joined ({@code REQUIRED}) or under a savepoint
 * ({@code NESTED}), and the check that their options agree with the running transaction's.
 */
final class Savepoints {
    private Savepoints() {
    }

    /**
     * {@code outer}, if a transaction with {@code inner} options may join it; else a {@link ValidationException}
     * before anything runs (Spring's {@code validateExistingTransaction}). A framework's transaction is checked
     * against the level and flag its connection really has.
     */
    static TransactionImpl joinable(TransactionImpl outer, TransactionOptions inner) {
        Isolation wanted = inner.isolation();
        Isolation running = wanted == null ? null : outer.options().isolation(); // read only when asked
        if (wanted != null && wanted != running) {
            throw new ValidationException(null, null, "A " + inner.propagation() + " transaction asks for isolation "
                    + wanted + " but would join one running at " + (running == null ? "the database's default level"
                    : running.toString()) + ": give the level to the outermost transaction, or use"
                    + " Propagation.REQUIRES_NEW for a transaction of its own");
        }
        if (Boolean.FALSE.equals(inner.readOnly()) && outer.options().isReadOnly()) {
            throw new ValidationException(null, null, "A read-write " + inner.propagation() + " transaction would join"
                    + " a read-only one, where every write fails: use Propagation.REQUIRES_NEW for a transaction of its"
                    + " own, or make the outer one read-write");
        }
        return outer;
    }

    /** Runs {@code work} in {@code outer}; if it throws, the whole of {@code outer} may only roll back. */
    static <R, X extends Exception> R joined(TransactionImpl outer, TransactionWork<R, X> work) throws X {
        try {
            return work.run(outer);
        } catch (Throwable t) {
            outer.nestedFailed(t);
            throw t;
        }
    }

    /**
     * Runs {@code work} under a savepoint of {@code outer}: released when it returns, rolled back to when it throws —
     * undoing only its own writes, and leaving {@code outer} free to commit. A joined body inside it whose failure it
     * caught dooms the savepoint, not {@code outer}.
     */
    static <R, X extends Exception> R nested(TransactionImpl outer, TransactionWork<R, X> work, ErrorTranslator errors)
            throws X {
        Connection connection = outer.connection();
        Savepoint savepoint;
        try {
            savepoint = connection.setSavepoint();
        } catch (SQLException e) {
            throw errors.translate(e, null, "SAVEPOINT");
        }
        Throwable failedBefore = outer.nestedFailure();
        R result;
        try {
            result = work.run(outer);
        } catch (Throwable t) {
            rollBackTo(outer, savepoint, failedBefore, t);
            throw t;
        }
        if (!outer.isActive()) {
            return result; // the body ended the transaction itself
        }
        Throwable caught = outer.nestedFailure();
        if (caught != failedBefore) {
            JunctionException doomed = new JunctionException("The nested transaction was rolled back to its savepoint"
                    + " because a transaction that joined it failed (" + caught + "); its body caught that failure,"
                    + " but work that joined a transaction cannot be kept in part", caught);
            rollBackTo(outer, savepoint, failedBefore, doomed);
            throw doomed;
        }
        try {
            connection.releaseSavepoint(savepoint);
        } catch (SQLException e) {
            JunctionException failure = errors.translate(e, null, "RELEASE SAVEPOINT");
            outer.nestedFailed(failure);
            throw failure;
        }
        return result;
    }

    private static void rollBackTo(TransactionImpl outer, Savepoint savepoint, Throwable failedBefore,
                                   Throwable failure) {
        if (!outer.isActive()) return;
        try {
            outer.connection().rollback(savepoint);
            outer.nestedFailureUndone(failedBefore);
        } catch (SQLException e) {
            // The savepoint is gone — a deadlock on MariaDB rolls the whole transaction back — so the outer
            // transaction cannot keep its part: it may only roll back.
            failure.addSuppressed(e);
            outer.nestedFailed(failure);
        }
    }

    /** Why a transaction whose body caught a nested transaction's failure was rolled back. */
    static JunctionException rolledBackForNestedFailure(Throwable failure) {
        // Committing would keep the outer body's writes and half of the nested one's: all or nothing instead.
        return new JunctionException("The transaction was rolled back because a nested transaction in it failed ("
                + failure + "); the outer body caught that failure, but work that joined a transaction cannot be"
                + " committed in part. Let the exception propagate, or catch it outside db.transaction(…)", failure);
    }
}
