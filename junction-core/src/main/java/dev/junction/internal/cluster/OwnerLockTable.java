package dev.junction.internal.cluster;

import dev.junction.dialect.ValueCodec;
import dev.junction.internal.jdbc.SqlRunner;
import dev.junction.query.internal.Sql;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.function.Supplier;

/**
 * The table {@code junction_owner_locks} that Junction creates on a Galera cluster when it opens (else on first use) in
 * the connection's database: a row per owner ever {@code set} (table and key), whose counter the {@code set} adds one to. Thread-safe.
 *
 * <p>Why a table: the owner lock of a {@code set} must make two concurrent sets of one owner on different nodes
 * collide, and Galera only sees writes — rows whose contents change — when it certifies a transaction at commit. A
 * {@code SELECT … FOR UPDATE} locks on its own node only, and {@code UPDATE t SET pk = pk} changes nothing, so neither
 * reaches certification (two such transactions on two nodes both commit). Writing the owner's own row would change
 * the application's data (or its {@code updatedAt}); a row of Junction's own changes nothing of the application's.
 * The write happens before the {@code set} reads the owner's links, so of two concurrent sets on two nodes one fails
 * certification and is run again, reading what the other committed: the links end up as one caller's whole set.
 *
 * <p>The statement also waits for causality ({@code wsrep_sync_wait}, for that statement only), so the read of
 * the links after it sees every commit the cluster made before it — whether or not causal reads are on.
 */
final class OwnerLockTable {
    static final String TABLE = "junction_owner_locks";
    /** The longest key text stored as it is; longer keys are stored as their SHA-256. */
    private static final int KEY_LENGTH = 191;

    private static final String CREATE = "CREATE TABLE IF NOT EXISTS " + TABLE + " ("
            + "owner_table VARCHAR(64) NOT NULL, owner_key VARCHAR(" + KEY_LENGTH + ") NOT NULL,"
            + " sets BIGINT NOT NULL DEFAULT 0, PRIMARY KEY (owner_table, owner_key))"
            + " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin";
    private static final String LOCK = "SET STATEMENT wsrep_sync_wait = 15 FOR INSERT INTO " + TABLE
            + " (owner_table, owner_key, sets) VALUES (?, ?, 1) ON DUPLICATE KEY UPDATE sets = sets + 1";
    private static final ValueCodec TEXT = new ValueCodec() {
        @Override
        public void bind(PreparedStatement statement, int index, Object value) throws SQLException {
            statement.setString(index, (String) value);
        }

        @Override
        public Object read(ResultSet resultSet, int index) throws SQLException {
            return resultSet.getString(index);
        }
    };

    private final Supplier<Connection> connections;
    private final SqlRunner runner;
    private volatile boolean created;

    /**
     * {@code connections}: where the table is created from, in auto-commit, outside any transaction; {@code runner}
     * runs (and logs) the statements.
     */
    OwnerLockTable(Supplier<Connection> connections, SqlRunner runner) {
        this.connections = connections;
        this.runner = runner;
    }

    /** Adds one to {@code owner}'s row (creating it, and the table, if need be) in {@code connection}'s transaction. */
    void lock(Connection connection, String table, Object owner) {
        if (!created) create();
        Sql sql = Sql.of(LOCK).addBind(table, TEXT).addBind(keyText(owner), TEXT);
        runner.update(connection, sql, TABLE);
    }

    /**
     * Creates the table now if it can (when Junction opens, before any transaction has begun): a transaction whose
     * snapshot is older than the table cannot write to it ("insufficient history", error 1412). A user without the
     * privilege leaves it to the first {@code set}.
     */
    void createIfAllowed() {
        try {
            create();
        } catch (RuntimeException notNow) {
            // created on first use, or the first set says why not
        }
    }

    /**
     * Creates the table on a connection of its own: DDL would commit the caller's transaction. On a cluster it runs
     * on every node in the same order as the writes, so the causal wait of {@link #lock} finds it on any node.
     */
    private synchronized void create() {
        if (created) return;
        try (Connection own = connections.get()) {
            runner.execute(own, CREATE, TABLE);
        } catch (SQLException e) {
            throw runner.errors().translate(e, TABLE, CREATE); // closing the connection failed
        }
        created = true;
    }

    /** The owner's key as text, or its SHA-256 when longer than the column. */
    static String keyText(Object owner) {
        String text = owner instanceof byte[] bytes ? HexFormat.of().formatHex(bytes) : String.valueOf(owner);
        if (text.length() <= KEY_LENGTH) return text;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
