package dev.junction.dialect;

import dev.junction.dialect.internal.InsertSql;
import dev.junction.dialect.internal.Literals;
import dev.junction.dialect.internal.Messages;
import dev.junction.dialect.internal.UtcLocalCodecs;
import dev.junction.dialect.internal.StandardCodecs;
import dev.junction.schema.DataType;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Pattern;

/**
 * MariaDB 10.5+ and MySQL 8, with the MariaDB driver. Tables are InnoDB in utf8mb4 with a binary NO PAD collation,
 * so comparisons and unique keys are case-sensitive and see trailing spaces, as on the other databases. Points in
 * time are stored as UTC. Generated keys come back with {@code INSERT … RETURNING} on MariaDB (the driver's JDBC
 * generated keys hold only the first key of a multi-row INSERT), with JDBC generated keys on MySQL, which has no
 * RETURNING.
 */
public final class MariaDbDialect extends Dialect {
    private static final Pattern DUPLICATE_KEY = Pattern.compile("for key '([^']+)'");
    private static final Pattern FK_CONSTRAINT = Pattern.compile("CONSTRAINT `([^`]+)` FOREIGN KEY \\(([^)]*)\\)");
    private static final Pattern NULL_COLUMN = Pattern.compile("(?:Column|Field) '([^']+)'");
    private static final Pattern UNKNOWN_COLUMN = Pattern.compile("Unknown column '([^']+)'");

    private static final int MAX_DECIMAL_DIGITS = 65;
    private static final int MAX_DECIMAL_SCALE = 30;

    private final boolean mysql;
    private final boolean backslashEscapes;

    /** The dialect for MariaDB. */
    public MariaDbDialect() {
        this(false);
    }

    /** The dialect for MySQL ({@code true}) or MariaDB ({@code false}). */
    public MariaDbDialect(boolean mysql) {
        this(mysql, true);
    }

    private MariaDbDialect(boolean mysql, boolean backslashEscapes) {
        this.mysql = mysql;
        this.backslashEscapes = backslashEscapes;
    }

    @Override
    public String name() {
        return mysql ? "MySQL" : "MariaDB";
    }

    @Override
    public int identifierLimit() {
        return 64;
    }

    /**
     * The data dictionary keeps names in utf8mb3, which has no characters outside the Basic Multilingual Plane
     * (code points above U+FFFF): CREATE TABLE would refuse them.
     */
    @Override
    public String identifierProblem(String identifier) {
        return identifier.codePoints().anyMatch(Character::isSupplementaryCodePoint)
                ? name() + " identifiers cannot hold characters outside the Basic Multilingual Plane (above U+FFFF)"
                : null;
    }

    @Override
    public int maxBindParameters() {
        return 65_535;
    }

    /** A statement is one client packet, which the server refuses (and drops the connection) beyond this size. */
    @Override
    public String maxStatementBytesQuery() {
        return "SELECT @@max_allowed_packet";
    }

    @Override
    public String quote(String identifier) {
        return '`' + identifier.replace("`", "``") + '`';
    }

    @Override
    public boolean keysWhole(DataType type) {
        return switch (type.kind()) {
            case BINARY -> type.length() > 0;
            case TEXT, JSON -> false;
            default -> true;
        };
    }

    @Override
    public String columnType(DataType type) {
        return switch (type.kind()) {
            case STRING -> "VARCHAR(" + type.length() + ")";
            case TEXT -> "LONGTEXT";
            case INTEGER -> "INTEGER";
            case BIGINT -> "BIGINT";
            case DOUBLE -> "DOUBLE";
            case DECIMAL -> "DECIMAL(" + Math.min(type.precision(), MAX_DECIMAL_DIGITS) + ", "
                    + Math.min(type.scale(), MAX_DECIMAL_SCALE) + ")";
            case BOOLEAN -> "BOOLEAN";
            case INSTANT, OFFSET_DATE_TIME, LOCAL_DATE_TIME -> "DATETIME(6)";
            case DATE -> "DATE";
            case UUID -> "CHAR(36)";
            case BINARY -> type.length() > 0 ? "VARBINARY(" + type.length() + ")" : "LONGBLOB";
            case ENUM -> "VARCHAR(255)";
            case JSON -> "JSON";
        };
    }

    /**
     * DOUBLE holds no NaN or infinity (the driver would even send them as the names of columns); a DECIMAL has at
     * most 65 digits, 30 of them after the point, however many its {@code decimal(p, s)} asks for.
     */
    @Override
    public String unstorable(DataType type, Object value) {
        if (value instanceof Double d && !Double.isFinite(d)) {
            return name() + " cannot store in a DOUBLE (it has no NaN or infinities)";
        }
        if (value instanceof java.math.BigDecimal decimal && type.precision() > MAX_DECIMAL_DIGITS) {
            int allowed = MAX_DECIMAL_DIGITS - Math.min(type.scale(), MAX_DECIMAL_SCALE);
            int digits = decimal.precision() - decimal.scale();
            if (digits > allowed) {
                return "has " + digits + " digits before the point; " + name() + "'s DECIMAL holds at most " + allowed;
            }
        }
        return null;
    }

    @Override
    public String autoIncrementKeyColumn(DataType type) {
        return columnType(type) + " NOT NULL AUTO_INCREMENT PRIMARY KEY";
    }

    @Override
    public ValueCodec codec(DataType type) {
        return switch (type.kind()) {
            case INSTANT -> UtcLocalCodecs.INSTANT;
            case OFFSET_DATE_TIME -> UtcLocalCodecs.OFFSET_DATE_TIME;
            case UUID -> StandardCodecs.UUID_TEXT;
            default -> super.codec(type);
        };
    }

    /** RETURNING on MariaDB; the driver's generated keys on MySQL, which give one key per statement only. */
    @Override
    public KeyRetrieval keyRetrieval() {
        return mysql ? KeyRetrieval.JDBC : KeyRetrieval.RETURNING;
    }

    @Override
    public boolean returnsKeysOfManyRows() {
        return !mysql;
    }

    @Override
    public String limitOffset(boolean limit, boolean offset) {
        // MariaDB has no OFFSET without LIMIT; the largest unsigned BIGINT means "no limit", as its manual says.
        return !limit && offset ? " LIMIT 18446744073709551615 OFFSET ?" : super.limitOffset(limit, offset);
    }

    /**
     * {@code INSERT … ON DUPLICATE KEY UPDATE}: a no-op assignment when nothing is to be updated. Not
     * {@code INSERT IGNORE}, which would also turn foreign-key and NOT NULL errors into silent warnings.
     */
    @Override
    public String upsert(String table, List<String> columns, List<DataType> types, int rows, List<String> conflict,
                         List<String> update, String bumped) {
        StringBuilder sql = InsertSql.values(this, table, columns, rows).append(" ON DUPLICATE KEY UPDATE ");
        if (update.isEmpty()) {
            String first = quote(conflict.get(0));
            return sql.append(first).append(" = ").append(first).toString();
        }
        for (int i = 0; i < update.size(); i++) {
            if (i > 0) sql.append(", ");
            sql.append(quote(update.get(i))).append(" = VALUES(").append(quote(update.get(i))).append(')');
        }
        if (bumped != null) sql.append(", ").append(quote(bumped)).append(" = ").append(quote(bumped)).append(" + 1");
        return sql.toString();
    }

    /** ON DUPLICATE KEY UPDATE cannot name the key it is about: it fires on a collision with any of them. */
    @Override
    public boolean upsertYieldsToEveryUniqueKey() {
        return true;
    }

    /**
     * No RETURNING after ON DUPLICATE KEY UPDATE: MySQL has none, and MariaDB's (10.5 on) returns a row already there
     * as well as one inserted, with no way to tell them apart. The row is read back.
     */
    @Override
    public String upsertReturning(String upsert, String columns) {
        return null;
    }

    /** No {@code UPDATE … RETURNING}: the rows are read back. */
    @Override
    public String updateReturning(String update, String columns) {
        return null;
    }

    @Override
    public String insertDefaultValues(String quotedTable) {
        return "INSERT INTO " + quotedTable + " () VALUES ()";
    }

    /** Connector/J reads the rest of a streaming result into memory before it runs another statement. */
    @Override
    public boolean streamsBesideOtherStatements() {
        return false;
    }

    /**
     * A binary NO PAD collation, so that equality means equality as on the other databases: under MariaDB's PAD SPACE
     * collations (its {@code utf8mb4_bin} among them) {@code 'admin '} equals {@code 'admin'}, in WHERE, in unique
     * keys and in upserts. MySQL 8's {@code utf8mb4_0900_bin} is NO PAD.
     */
    @Override
    public String tableOptions() {
        return " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=" + (mysql ? "utf8mb4_0900_bin" : "utf8mb4_nopad_bin");
    }

    /**
     * {@code 'C:\\new'}: in a quoted literal MariaDB reads a backslash as an escape, so backslashes are doubled and a
     * NUL is written {@code \0}, as MariaDB itself prints literals — unless the session's {@code sql_mode} has
     * {@code NO_BACKSLASH_ESCAPES} ({@link #forSession}), where a backslash is an ordinary character. (A hexadecimal
     * literal would read alike in both modes, but MariaDB reprints a TEXT column's default from it unescaped.)
     */
    @Override
    public String stringLiteral(String text) {
        return Literals.quoted(backslashEscapes ? text.replace("\\", "\\\\").replace("\0", "\\0") : text);
    }

    /** This dialect for the session's {@code sql_mode}: with or without {@code NO_BACKSLASH_ESCAPES}. */
    @Override
    public Dialect forSession(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT @@SESSION.sql_mode")) {
            String mode = rs.next() ? rs.getString(1) : null;
            boolean escapes = mode == null || !mode.toUpperCase(java.util.Locale.ROOT).contains("NO_BACKSLASH_ESCAPES");
            return escapes == backslashEscapes ? this : new MariaDbDialect(mysql, escapes);
        }
    }

    /** Every PAD SPACE collation: all but MariaDB's {@code _nopad_} ones and MySQL 8's {@code _0900_} ones. */
    @Override
    public String paddedTextColumnsQuery() {
        return "SELECT COLUMN_NAME, COLLATION_NAME FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()"
                + " AND TABLE_NAME = ? AND COLLATION_NAME IS NOT NULL AND COLLATION_NAME NOT LIKE '%nopad%'"
                + " AND COLLATION_NAME NOT LIKE '%0900%' ORDER BY ORDINAL_POSITION";
    }

    @Override
    public List<String> withoutForeignKeyChecks(boolean off) {
        return List.of(off ? "SET FOREIGN_KEY_CHECKS = 0" : "SET FOREIGN_KEY_CHECKS = 1");
    }

    /** InnoDB's default REPEATABLE READ: a transaction's plain reads all see the snapshot of its first. */
    @Override
    public boolean readsFromTransactionSnapshot() {
        return true;
    }

    @Override
    public SqlError classify(SQLException e) {
        int code = e.getErrorCode();
        String message = e.getMessage();
        switch (code) {
            case 1062, 1586 -> {
                return new SqlError(SqlError.Kind.UNIQUE, Messages.find(DUPLICATE_KEY, message), List.of());
            }
            case 1451, 1452, 1216, 1217 -> {
                java.util.regex.Matcher m = message == null ? null : FK_CONSTRAINT.matcher(message);
                if (m != null && m.find()) {
                    return new SqlError(SqlError.Kind.FOREIGN_KEY, m.group(1), Messages.names(m.group(2)));
                }
                return SqlError.of(SqlError.Kind.FOREIGN_KEY);
            }
            case 1048, 1364 -> {
                String column = Messages.find(NULL_COLUMN, message);
                return new SqlError(SqlError.Kind.NOT_NULL, null, column == null ? List.of() : List.of(column));
            }
            case 1054 -> {
                return SqlError.unknownColumn(Messages.find(UNKNOWN_COLUMN, message));
            }
            case 1205 -> {
                return SqlError.of(SqlError.Kind.LOCK_TIMEOUT); // only the statement was undone; Junction rolls back
            }
            case 1213 -> {
                return SqlError.of(SqlError.Kind.CONFLICT); // deadlock: the transaction was rolled back
            }
            case 1927, 2006, 2013, 1053 -> {
                return SqlError.of(SqlError.Kind.CONNECTION);
            }
            default -> {
                return super.classify(e);
            }
        }
    }

    /**
     * {@code GET_LOCK}, per database and name (hashed: lock names are server-wide and at most 64 characters), waiting
     * up to 60 s.
     */
    @Override
    public String sessionLock() {
        return "SELECT GET_LOCK(" + LOCK_NAME + ", 60)";
    }

    @Override
    public String sessionUnlock() {
        return "SELECT RELEASE_LOCK(" + LOCK_NAME + ")";
    }

    private static final String LOCK_NAME = "SHA1(CONCAT(COALESCE(DATABASE(), ''), ':', ?))";
}
