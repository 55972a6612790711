package dev.junction;

import dev.junction.internal.Arguments;

/**
 * How a transaction runs: its {@link Propagation}, its {@link Isolation} level and whether it is read-only — Sequelize's
 * {@code sequelize.transaction({ isolationLevel, type })}, Spring's {@code @Transactional(propagation, isolation,
 * readOnly)}. Immutable.
 *
 * <pre>{@code
 * db.transaction(TransactionOptions.builder().isolation(Isolation.SERIALIZABLE).build(), tx -> transfer(a, b, 10));
 * List<User> all = db.transaction(TransactionOptions.builder().readOnly(true).build(), tx -> users.findAll());
 * db.useTransaction(TransactionOptions.nested(), tx -> tryBonus(user));
 * }</pre>
 *
 * <p>A transaction that joins a running one ({@link Propagation#REQUIRED} or {@link Propagation#NESTED} inside
 * another) runs with the running one's settings, and refuses with a {@link ValidationException}, before its body runs,
 * settings that contradict them: another isolation level, or an explicit {@code readOnly(false)} inside a read-only
 * transaction (a read-only body inside a read-write transaction is fine; it is not made read-only).
 *
 * @param propagation how it relates to a transaction already running on the thread
 * @param isolation   the isolation level, or {@code null} for the database's default
 * @param readOnly    {@code true} for a read-only transaction, {@code false} for a read-write one, {@code null} when not
 *                    said: read-write when it starts a transaction, whatever the running one is when it joins
 */
public record TransactionOptions(Propagation propagation, Isolation isolation, Boolean readOnly) {
    private static final TransactionOptions DEFAULTS = new TransactionOptions(Propagation.REQUIRED, null, null);

    public TransactionOptions {
        Arguments.given(propagation, "TransactionOptions", "propagation");
    }

    /** {@link Propagation#REQUIRED}, the database's isolation level, read-write: what {@code db.transaction(work)} uses. */
    public static TransactionOptions defaults() {
        return DEFAULTS;
    }

    /** The defaults with another propagation. */
    public static TransactionOptions of(Propagation propagation) {
        return new TransactionOptions(propagation, null, null);
    }

    /** A savepoint inside the running transaction ({@link Propagation#NESTED}). */
    public static TransactionOptions nested() {
        return of(Propagation.NESTED);
    }

    /** An independent transaction on a connection of its own ({@link Propagation#REQUIRES_NEW}). */
    public static TransactionOptions requiresNew() {
        return of(Propagation.REQUIRES_NEW);
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** Whether these options ask for a read-only transaction. */
    public boolean isReadOnly() {
        return Boolean.TRUE.equals(readOnly);
    }

    /** Builds {@link TransactionOptions}. Not thread-safe. */
    public static final class Builder {
        private Propagation propagation = Propagation.REQUIRED;
        private Isolation isolation;
        private Boolean readOnly;

        private Builder() {
        }

        /** How the transaction relates to one already running on the thread (default {@link Propagation#REQUIRED}). */
        public Builder propagation(Propagation propagation) {
            this.propagation = Arguments.given(propagation, "TransactionOptions.propagation", "propagation");
            return this;
        }

        /** The isolation level; {@code null} (the default) for the database's. */
        public Builder isolation(Isolation isolation) {
            this.isolation = isolation;
            return this;
        }

        /**
         * Whether the transaction is read-only: a write in it fails with a {@link ReadOnlyTransactionException}
         * (PostgreSQL, MariaDB/MySQL, SQLite; H2 does not enforce it) and changes nothing.
         */
        public Builder readOnly(boolean readOnly) {
            this.readOnly = readOnly;
            return this;
        }

        public TransactionOptions build() {
            return new TransactionOptions(propagation, isolation, readOnly);
        }
    }
}
