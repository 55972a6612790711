package dev.junction.dialect;

import dev.junction.dialect.internal.JsonArrayCodec;
import dev.junction.dialect.internal.Literals;
import dev.junction.dialect.internal.Messages;
import dev.junction.dialect.internal.SqliteDecimals;
import dev.junction.dialect.internal.StandardCodecs;
import dev.junction.dialect.internal.TextTemporalCodecs;
import dev.junction.schema.DataType;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * SQLite 3.35+ through sqlite-jdbc. SQLite has no date or UUID types: those are stored as text (dates in
 * Sequelize's fixed-width UTC form, so they sort). Foreign keys are switched on for every connection.
 */
public final class SqliteDialect extends Dialect {
    private static final Pattern FAILED_COLUMNS = Pattern.compile("constraint failed: ([^)\\]]+)");
    private static final Pattern UNKNOWN_COLUMN =
            Pattern.compile("(?:no such column: |has no column named )([^)\\s]+)");

    @Override
    public String name() {
        return "SQLite";
    }

    @Override
    public int identifierLimit() {
        return 1024;
    }

    @Override
    public int maxBindParameters() {
        return 32_766;
    }

    /**
     * Backticks, which SQLite only ever reads as an identifier: a double-quoted name that matches no column is taken
     * for a string literal (SQLite's "double-quoted string" misfeature, on in sqlite-jdbc's build), so a column the
     * table lacks would read back as its own name instead of failing.
     */
    @Override
    public String quote(String identifier) {
        return '`' + identifier.replace("`", "``") + '`';
    }

    @Override
    public String columnType(DataType type) {
        return switch (type.kind()) {
            case STRING -> "VARCHAR(" + type.length() + ")";
            case TEXT, ENUM, JSON -> "TEXT";
            case INTEGER -> "INTEGER";
            case BIGINT -> "BIGINT";
            case DOUBLE -> "DOUBLE PRECISION";
            case DECIMAL -> "DECIMAL(" + type.precision() + ", " + type.scale() + ")";
            case BOOLEAN -> "BOOLEAN";
            case INSTANT, OFFSET_DATE_TIME, LOCAL_DATE_TIME -> "DATETIME";
            case DATE -> "DATE";
            case UUID -> "UUID";
            case BINARY -> "BLOB";
        };
    }

    @Override
    public String autoIncrementKeyColumn(DataType type) {
        // Only "INTEGER PRIMARY KEY" aliases the rowid; BIGINT would not auto-increment.
        return "INTEGER PRIMARY KEY AUTOINCREMENT";
    }

    @Override
    public ValueCodec codec(DataType type) {
        return switch (type.kind()) {
            case INSTANT -> TextTemporalCodecs.INSTANT;
            case OFFSET_DATE_TIME -> TextTemporalCodecs.OFFSET_DATE_TIME;
            case LOCAL_DATE_TIME -> TextTemporalCodecs.LOCAL_DATE_TIME;
            case DATE -> TextTemporalCodecs.DATE;
            case UUID -> StandardCodecs.UUID_TEXT;
            case DECIMAL -> SqliteDecimals.codec(type.scale());
            default -> super.codec(type);
        };
    }

    /** NaN (a REAL column stores it as NULL) and decimals SQLite cannot keep exactly ({@link SqliteDecimals}). */
    @Override
    public String unstorable(DataType type, Object value) {
        if (value instanceof Double d && d.isNaN()) return "SQLite cannot store (it stores NaN as NULL)";
        if (value instanceof java.math.BigDecimal decimal) return SqliteDecimals.unstorable(decimal);
        return null;
    }

    @Override
    public KeyRetrieval keyRetrieval() {
        return KeyRetrieval.RETURNING;
    }

    @Override
    public String limitOffset(boolean limit, boolean offset) {
        return !limit && offset ? " LIMIT -1 OFFSET ?" : super.limitOffset(limit, offset);
    }

    @Override
    public java.util.Map<String, String> connectionProperties() {
        // Foreign keys are off by default in SQLite. A pooled connection waits for another's write lock instead
        // of failing at once with SQLITE_BUSY; WAL lets readers go on while one connection writes. Transactions
        // take the write lock when they begin (IMMEDIATE): a deferred one that read first cannot wait for it when
        // it writes, and fails with SQLITE_BUSY as soon as another transaction has committed in between.
        return java.util.Map.of("foreign_keys", "true", "busy_timeout", "10000", "journal_mode", "WAL",
                "transaction_mode", "IMMEDIATE");
    }

    /**
     * SQLite's cursor walks the live table or index, so rows the transaction updates (or adds) ahead of it would be
     * read again, without end. A materialised common table expression is filled in full, in SQLite's temporary
     * storage rather than the Java heap, before its first row is read.
     */
    @Override
    public String snapshotQuery(String select) {
        return "WITH " + quote("junction_snapshot") + " AS MATERIALIZED (" + select + ") SELECT * FROM "
                + quote("junction_snapshot");
    }

    /**
     * {@code column IN (SELECT value FROM json_each(?))} with the values as one JSON array: SQLite limits both the
     * parameters and the length of a statement.
     */
    @Override
    public String inList(String column, DataType type) {
        return listCodec(type) == null ? null : column + " IN (SELECT value FROM json_each(?))";
    }

    @Override
    public ValueCodec listCodec(DataType type) {
        return switch (type.kind()) {
            case INTEGER, BIGINT, STRING, TEXT, UUID -> JsonArrayCodec.INSTANCE;
            default -> null;
        };
    }

    /** No row locks: every writing transaction holds the database's write lock from its start (IMMEDIATE). */
    @Override
    public String lockRowsForUpdate() {
        return null;
    }

    @Override
    public boolean inlineForeignKeysOnly() {
        return true;
    }

    @Override
    public List<String> withoutForeignKeyChecks(boolean off) {
        return List.of(off ? "PRAGMA foreign_keys = OFF" : "PRAGMA foreign_keys = ON");
    }

    @Override
    public String addUnique(String table, String name, List<String> columns) {
        return "CREATE UNIQUE INDEX " + quote(name) + " ON " + quote(table) + " (" + quoteAll(columns) + ")";
    }

    @Override
    public String literal(Object value) {
        if (value instanceof Boolean b) return b ? "1" : "0";
        return super.literal(value);
    }

    @Override
    public SqlError classify(SQLException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.contains("SQLITE_CONSTRAINT_UNIQUE") || message.contains("SQLITE_CONSTRAINT_PRIMARYKEY")) {
            return new SqlError(SqlError.Kind.UNIQUE, null, Messages.names(Messages.find(FAILED_COLUMNS, message)));
        }
        // ON DELETE/UPDATE RESTRICT fails through SQLite's internal trigger: SQLITE_CONSTRAINT_TRIGGER, same text.
        if (message.contains("SQLITE_CONSTRAINT_FOREIGNKEY") || message.contains("FOREIGN KEY constraint failed")) {
            return SqlError.of(SqlError.Kind.FOREIGN_KEY);
        }
        if (message.contains("SQLITE_CONSTRAINT_NOTNULL")) {
            return new SqlError(SqlError.Kind.NOT_NULL, null, Messages.names(Messages.find(FAILED_COLUMNS, message)));
        }
        if (message.contains("SQLITE_BUSY_SNAPSHOT") || message.contains("SQLITE_LOCKED")) {
            return SqlError.of(SqlError.Kind.CONFLICT); // another connection wrote since this one's snapshot
        }
        if (message.contains("SQLITE_BUSY")) {
            return SqlError.of(SqlError.Kind.LOCK_TIMEOUT); // the busy timeout passed while another connection wrote
        }
        if (message.contains("no such column: ") || message.contains(" has no column named ")) {
            return SqlError.unknownColumn(Messages.find(UNKNOWN_COLUMN, message));
        }
        if (message.contains("SQLITE_CANTOPEN")) {
            return SqlError.of(SqlError.Kind.CONNECTION);
        }
        return super.classify(e);
    }

    /** {@code ON CONFLICT DO NOTHING RETURNING …} returns the rows inserted, not those left alone. */
    @Override
    public boolean upsertReturnsInsertedRowsOnly() {
        return true;
    }
}
