package dev.junction;

import java.sql.Connection;

/**
 * The isolation level of a transaction ({@link TransactionOptions.Builder#isolation}), set on its connection before it
 * begins and restored when it ends. PostgreSQL runs {@link #READ_UNCOMMITTED} as {@link #READ_COMMITTED}; SQLite's
 * transactions are always serializable, which gives at least the guarantees of every level, so any level asked of
 * SQLite runs as {@link #SERIALIZABLE}.
 */
public enum Isolation {
    READ_UNCOMMITTED(Connection.TRANSACTION_READ_UNCOMMITTED),
    READ_COMMITTED(Connection.TRANSACTION_READ_COMMITTED),
    REPEATABLE_READ(Connection.TRANSACTION_REPEATABLE_READ),
    SERIALIZABLE(Connection.TRANSACTION_SERIALIZABLE);

    private final int jdbcLevel;

    Isolation(int jdbcLevel) {
        this.jdbcLevel = jdbcLevel;
    }

    /** The level's constant in {@link Connection} ({@code Connection.TRANSACTION_SERIALIZABLE} …). */
    public int jdbcLevel() {
        return jdbcLevel;
    }
}
