package dev.junction.internal.transaction;

import dev.junction.ConnectionException;
import dev.junction.dialect.Dialect;

/** The check a {@code REQUIRES_NEW} transaction passes before it suspends the running one. Stateless. */
final class RequiresNew {
    private RequiresNew() {
    }

    /**
     * {@code outer}, if a new transaction can get a connection beside those this thread holds; else a clear
     * failure at once rather than a wait for one that cannot come back while this thread waits.
     */
    static TransactionImpl suspendable(TransactionImpl outer, Dialect dialect, int size) {
        int held = outer.connectionsHeld(); // the primary's: a read replica's connection takes none of them
        if (dialect instanceof dev.junction.dialect.SqliteDialect && held > 0) {
            // Every SQLite transaction takes the database's one write lock as it begins, and the outer one holds it.
            throw new dev.junction.UnsupportedByDatabaseException("SQLite", "Propagation.REQUIRES_NEW inside a"
                    + " running transaction cannot work on SQLite, which lets one transaction at a time write and"
                    + " gives that lock to the outer one: use Propagation.NESTED, or start it outside the transaction");
        }
        if (held >= size) {
            throw new ConnectionException("Propagation.REQUIRES_NEW needs a connection of its own, but this thread"
                    + " already holds " + (held == 1 ? "the pool's only one" : "all " + size + " of the pool's")
                    + " for the transactions it suspends: raise JunctionConfig.maxPoolSize, or use"
                    + " Propagation.NESTED", null);
        }
        return outer;
    }
}
