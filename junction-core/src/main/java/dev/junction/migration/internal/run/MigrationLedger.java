package dev.junction.migration.internal.run;

import dev.junction.dialect.Dialect;
import dev.junction.dialect.ValueCodec;
import dev.junction.internal.Runtime;
import dev.junction.migration.MigrationException;
import dev.junction.query.internal.Sql;
import dev.junction.schema.DataType;
import dev.junction.schema.internal.SchemaInspector;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The table recording migrations: {@code JunctionMeta (name, checksum, state, appliedAt, statementsDone,
 * failedStatement)}, one row per applied migration — or per failed one, with how many of its statements ran and the
 * one that failed; a migration running statement by statement is recorded so while it runs — made on first use. Also reads sequelize-cli's {@code SequelizeMeta (name)} when it exists. Not a
 * model: {@code sync}, {@code drop} and {@code check} leave both alone. Stateless apart from the runtime;
 * thread-safe.
 */
public final class MigrationLedger {
    /** The ledger's name. */
    public static final String TABLE = "JunctionMeta";
    /** sequelize-cli's ledger (umzug's SequelizeStorage): one column {@code name}, e.g. {@code 2024…-x.js}. */
    public static final String SEQUELIZE_TABLE = "SequelizeMeta";

    /** A row of the ledger. */
    public record Entry(String name, String checksum, String state, Instant appliedAt, int statementsDone,
                        String failedStatement) {
        /** Whether it stopped at a statement. */
        public boolean failed() {
            return FAILED.equals(state);
        }
    }

    /** The ledger's columns, in lower case. */
    private static final Set<String> COLUMNS = Set.of("name", "checksum", "state", "appliedat", "statementsdone",
            "failedstatement");

    static final String APPLIED = "APPLIED";
    static final String FAILED = "FAILED";

    private final Runtime runtime;
    private final Dialect dialect;
    private final ValueCodec text;
    private final ValueCodec number;
    private final ValueCodec instant;

    public MigrationLedger(Runtime runtime) {
        this.runtime = runtime;
        this.dialect = runtime.dialect();
        this.text = dialect.codec(DataType.text());
        this.number = dialect.codec(DataType.integer());
        this.instant = dialect.codec(DataType.instant());
    }

    /** Creates the ledger if it is missing: DDL, so before any transaction. */
    public void create(Connection connection) {
        if (table(connection, TABLE).isPresent()) return;
        String sql = "CREATE TABLE IF NOT EXISTS " + q(TABLE) + " (" + q("name") + " "
                + dialect.columnType(DataType.string(255)) + " NOT NULL, " + q("checksum") + " "
                + dialect.columnType(DataType.string(64)) + " NOT NULL, " + q("state") + " "
                + dialect.columnType(DataType.string(16)) + " NOT NULL, " + q("appliedAt") + " "
                + dialect.columnType(DataType.instant()) + " NOT NULL, " + q("statementsDone") + " "
                + dialect.columnType(DataType.integer()) + " NOT NULL, " + q("failedStatement") + " "
                + dialect.columnType(DataType.text()) + ", PRIMARY KEY (" + q("name") + "))" + dialect.tableOptions();
        runtime.runner().execute(connection, sql, TABLE);
    }

    /** Drops the ledger, forgetting every record; a table of its name Junction did not make is refused. */
    public void drop(Connection connection) {
        if (table(connection, TABLE).isEmpty()) return;
        runtime.runner().execute(connection, dialect.dropTable(TABLE), TABLE);
    }

    /** Every recorded migration; none when the ledger does not exist. */
    public List<Entry> entries(Connection connection) {
        Optional<String> table = table(connection, TABLE);
        if (table.isEmpty()) return List.of();
        Sql sql = new Sql().append("SELECT ").append(q("name")).append(", ").append(q("checksum")).append(", ")
                .append(q("state")).append(", ").append(q("appliedAt")).append(", ").append(q("statementsDone"))
                .append(", ").append(q("failedStatement")).append(" FROM ").append(q(table.get()))
                .append(" ORDER BY ").append(q("name"));
        return runtime.runner().query(connection, sql, TABLE, rs -> new Entry((String) text.read(rs, 1),
                (String) text.read(rs, 2), (String) text.read(rs, 3), (Instant) instant.read(rs, 4),
                ((Number) number.read(rs, 5)).intValue(), (String) text.read(rs, 6)));
    }

    /** The names sequelize-cli recorded, in name (timestamp) order; none without its table. */
    public List<String> sequelizeNames(Connection connection) {
        Optional<String> table = table(connection, SEQUELIZE_TABLE);
        if (table.isEmpty()) return List.of();
        Sql sql = new Sql().append("SELECT ").append(q("name")).append(" FROM ").append(q(table.get()));
        return runtime.runner().query(connection, sql, SEQUELIZE_TABLE, rs -> (String) text.read(rs, 1)).stream()
                .sorted().toList();
    }

    /** Records {@code name} as applied now, replacing its failed record if it has one. */
    public void recordApplied(Connection connection, String name, String checksum, int statements) {
        remove(connection, name);
        insert(connection, name, checksum, APPLIED, statements, null);
    }

    /**
     * Records {@code name} as failed at statement {@code done + 1} ({@code failedStatement}), replacing an earlier
     * failed record; a {@code null} statement marks one that is running (or whose process died while it ran).
     */
    public void recordFailed(Connection connection, String name, String checksum, int done, String failedStatement) {
        remove(connection, name);
        insert(connection, name, checksum, FAILED, done, failedStatement);
    }

    /** Records that the first {@code done} statements of the running migration {@code name} ran. */
    public void recordProgress(Connection connection, String name, int done) {
        Sql sql = new Sql().append("UPDATE ").append(q(TABLE)).append(" SET ").append(q("statementsDone"))
                .append(" = ").bind(done, number).append(" WHERE ").append(q("name")).append(" = ").bind(name, text);
        runtime.runner().update(connection, sql, TABLE);
    }

    /** Forgets {@code name}. */
    public void remove(Connection connection, String name) {
        Sql sql = new Sql().append("DELETE FROM ").append(q(TABLE)).append(" WHERE ").append(q("name"))
                .append(" = ").bind(name, text);
        runtime.runner().update(connection, sql, TABLE);
    }

    private void insert(Connection connection, String name, String checksum, String state, int done, String failed) {
        Sql sql = new Sql().append("INSERT INTO ").append(q(TABLE)).append(" (").append(q("name")).append(", ")
                .append(q("checksum")).append(", ").append(q("state")).append(", ").append(q("appliedAt"))
                .append(", ").append(q("statementsDone")).append(", ").append(q("failedStatement"))
                .append(") VALUES (").bind(name, text).append(", ").bind(checksum, text).append(", ")
                .bind(state, text).append(", ").bind(Instant.now(), instant).append(", ").bind(done, number)
                .append(", ").bind(failed, text).append(')');
        runtime.runner().update(connection, sql, TABLE);
    }

    /**
     * The table's name as the database spells it: the exact name first (PostgreSQL may hold both spellings).
     *
     * @throws MigrationException when a {@code JunctionMeta} of other columns exists: not Junction's, left alone
     */
    private Optional<String> table(Connection connection, String name) {
        try {
            SchemaInspector inspector = new SchemaInspector(connection);
            Optional<String> table = inspector.tableNames().stream().filter(name::equalsIgnoreCase)
                    .min(Comparator.comparing(t -> !t.equals(name)));
            if (table.isPresent() && name.equals(TABLE)) {
                Set<String> columns = inspector.describe(table.get()).columns().stream()
                        .map(c -> c.name().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
                if (!columns.equals(COLUMNS)) {
                    throw new MigrationException("The table " + table.get() + " is not Junction's record of applied"
                            + " migrations (its columns are " + columns + "); Junction leaves it alone and cannot"
                            + " migrate this database until it is renamed");
                }
            }
            return table;
        } catch (SQLException e) {
            throw runtime.runner().errors().translate(e, name, null);
        }
    }

    private String q(String identifier) {
        return dialect.quote(identifier);
    }
}
