package dev.junction.dialect;

import dev.junction.dialect.internal.ArrayCodec;
import dev.junction.dialect.internal.JsonTextCodecs;
import dev.junction.dialect.internal.Literals;
import dev.junction.dialect.internal.Messages;
import dev.junction.schema.DataType;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Pattern;

/** PostgreSQL 12 and later, with the pgjdbc driver. Types follow what Sequelize emits, so its schemas match. */
public final class PostgresDialect extends Dialect {
    private static final Pattern CONSTRAINT = Pattern.compile("constraint \"([^\"]+)\"");
    private static final Pattern KEY_COLUMNS = Pattern.compile("Key \\(([^)]*)\\)=");
    private static final Pattern NOT_NULL_COLUMN = Pattern.compile("column \"([^\"]+)\"");
    private static final Pattern UNKNOWN_COLUMN = Pattern.compile("column (\\S+)(?: of relation \\S+)? does not exist");

    @Override
    public String name() {
        return "PostgreSQL";
    }

    @Override
    public int identifierLimit() {
        return 63;
    }

    @Override
    public int maxBindParameters() {
        return 65_535;
    }

    @Override
    public String columnType(DataType type) {
        return switch (type.kind()) {
            case STRING -> "VARCHAR(" + type.length() + ")";
            case TEXT -> "TEXT";
            case INTEGER -> "INTEGER";
            case BIGINT -> "BIGINT";
            case DOUBLE -> "DOUBLE PRECISION";
            case DECIMAL -> "NUMERIC(" + type.precision() + ", " + type.scale() + ")";
            case BOOLEAN -> "BOOLEAN";
            case INSTANT, OFFSET_DATE_TIME -> "TIMESTAMP WITH TIME ZONE";
            case LOCAL_DATE_TIME -> "TIMESTAMP";
            case DATE -> "DATE";
            case UUID -> "UUID";
            case BINARY -> "BYTEA";
            case ENUM -> "VARCHAR(255)";
            case JSON -> "JSONB";
        };
    }

    /** JSON text travels untyped, so that the server reads it as the JSONB it is stored as. */
    @Override
    public ValueCodec codec(DataType type) {
        return type.kind() == DataType.Kind.JSON ? JsonTextCodecs.UNTYPED : super.codec(type);
    }

    @Override
    public String autoIncrementKeyColumn(DataType type) {
        return (type.kind() == DataType.Kind.BIGINT ? "BIGSERIAL" : "SERIAL") + " PRIMARY KEY";
    }

    /**
     * Text with a backslash becomes an escape string ({@code E'C:\\new'}), which reads backslashes alike
     * whether {@code standard_conforming_strings} is on or (as in old configurations) off.
     */
    @Override
    public String stringLiteral(String text) {
        return text.indexOf('\\') < 0 ? Literals.quoted(text)
                : "E'" + text.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    @Override
    public KeyRetrieval keyRetrieval() {
        return KeyRetrieval.RETURNING;
    }

    /**
     * A SERIAL's sequence does not notice explicit keys; set it to the largest key there is, unless it has handed out
     * a larger one already (a sequence is not rolled back with the transaction that moved it).
     */
    @Override
    public String resyncKeySequence(String table, String column, long max) {
        String sequence = "pg_get_serial_sequence(" + stringLiteral(quote(table)) + ", " + stringLiteral(column) + ")";
        return "SELECT setval(" + sequence + ", " + max + ") WHERE " + max + " > COALESCE(pg_sequence_last_value("
                + sequence + "::regclass), 0)";
    }

    @Override
    public String arrayElementType(DataType type) {
        return switch (type.kind()) {
            case INTEGER -> "int4";
            case BIGINT -> "int8";
            case STRING, TEXT -> "text";
            case UUID -> "uuid";
            default -> null;
        };
    }

    /** {@code column = ANY(?)} with an array: pgjdbc refuses statements with more than 65,535 parameters. */
    @Override
    public String inList(String column, DataType type) {
        return arrayElementType(type) == null ? null : column + " = ANY(?)";
    }

    @Override
    public ValueCodec listCodec(DataType type) {
        return new ArrayCodec(arrayElementType(type));
    }

    /** pgjdbc sends the statements of one prepared statement in one message, with one Sync after the last. */
    @Override
    public boolean sendsStatementsTogether() {
        return true;
    }

    @Override
    public boolean deletesInInsert() {
        return true;
    }

    /** A lock that still lets other transactions insert rows referring to the locked ones (KEY SHARE). */
    @Override
    public String lockRowsForUpdate() {
        return " FOR NO KEY UPDATE";
    }

    /** pgjdbc honours the fetch size with a server-side cursor, which lives inside a transaction. */
    @Override
    public boolean streamingNeedsTransaction() {
        return true;
    }

    @Override
    public String dropTable(String table) {
        return "DROP TABLE IF EXISTS " + quote(table) + " CASCADE";
    }

    @Override
    public SqlError classify(SQLException e) {
        String state = e.getSQLState();
        String message = e.getMessage();
        if ("23505".equals(state)) {
            return new SqlError(SqlError.Kind.UNIQUE, Messages.find(CONSTRAINT, message),
                    Messages.names(Messages.find(KEY_COLUMNS, message)));
        }
        if ("23503".equals(state)) {
            return new SqlError(SqlError.Kind.FOREIGN_KEY, Messages.find(CONSTRAINT, message),
                    Messages.names(Messages.find(KEY_COLUMNS, message)));
        }
        if ("23502".equals(state)) {
            String column = Messages.find(NOT_NULL_COLUMN, message);
            return new SqlError(SqlError.Kind.NOT_NULL, null, column == null ? List.of() : List.of(column));
        }
        if ("42703".equals(state)) {
            return SqlError.unknownColumn(Messages.find(UNKNOWN_COLUMN, message));
        }
        if ("55P03".equals(state)) {
            return SqlError.of(SqlError.Kind.LOCK_TIMEOUT); // lock_timeout passed
        }
        if (state != null && (state.startsWith("57P") || state.equals("53300"))) {
            return SqlError.of(SqlError.Kind.CONNECTION);
        }
        return super.classify(e);
    }

    /**
     * An advisory lock per schema and name; waits as long as the server lets a lock wait ({@code lock_timeout}).
     * {@code pg_advisory_lock} returns void: the CASE turns its return into the 1 that says "granted".
     */
    @Override
    public String sessionLock() {
        return "SELECT CASE WHEN pg_advisory_lock(" + ADVISORY_KEY + ") IS NULL THEN 1 ELSE 1 END";
    }

    @Override
    public String sessionUnlock() {
        return "SELECT pg_advisory_unlock(" + ADVISORY_KEY + ")";
    }

    private static final String ADVISORY_KEY = "hashtext(COALESCE(current_schema(), '') || ':' || ?)";

    /** {@code ON CONFLICT DO NOTHING RETURNING …} returns the rows inserted, not those left alone. */
    @Override
    public boolean upsertReturnsInsertedRowsOnly() {
        return true;
    }

    /** A row version an upsert inserted has no deleting or locking transaction yet: its {@code xmax} is 0. */
    @Override
    public String insertedByUpsert() {
        return "(xmax = 0)";
    }
}
