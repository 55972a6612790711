package dev.junction.seed.internal;

import dev.junction.dialect.Dialect;
import dev.junction.dialect.ValueCodec;
import dev.junction.internal.Runtime;
import dev.junction.query.internal.Sql;
import dev.junction.schema.DataType;
import dev.junction.schema.internal.SchemaInspector;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The table recording which seed files are applied: {@code JunctionSeeds (name, position, appliedAt, rowCount,
 * insertedKeys)}, one row per applied file, with the keys of the rows it inserted (an {@link UndoLog}) so that
 * undoing it deletes exactly those. Made on first use; not a model, so {@code sync} and {@code drop} leave it alone.
 * Stateless apart from the runtime; thread-safe.
 */
final class SeedLedger {
    /** The table's name. */
    static final String TABLE = dev.junction.seed.Seeder.LEDGER_TABLE;

    /** The ledger's columns: a table of that name with other columns is not the ledger, and is left alone. */
    private static final Set<String> COLUMNS = Set.of("name", "position", "appliedat", "rowcount", "insertedkeys");

    private final Runtime runtime;
    private final Dialect dialect;
    private final ValueCodec text;
    private final ValueCodec number;
    private final ValueCodec instant;

    SeedLedger(Runtime runtime) {
        this.runtime = runtime;
        this.dialect = runtime.dialect();
        this.text = dialect.codec(DataType.text());
        this.number = dialect.codec(DataType.bigint());
        this.instant = dialect.codec(DataType.instant());
    }

    /**
     * Whether the ledger exists.
     *
     * @throws dev.junction.seed.SeedException when a table of its name exists that Junction did not make
     */
    boolean exists(Connection connection) {
        try {
            SchemaInspector inspector = new SchemaInspector(connection);
            // The exact name first: on PostgreSQL a "junctionseeds" of the application's is another table.
            Optional<String> table = inspector.tableNames().stream().filter(TABLE::equalsIgnoreCase)
                    .min(java.util.Comparator.comparing(t -> !t.equals(TABLE)));
            if (table.isEmpty()) return false;
            Set<String> columns = inspector.describe(table.get()).columns().stream()
                    .map(c -> c.name().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
            if (!columns.equals(COLUMNS)) {
                throw new dev.junction.seed.SeedException("The table " + table.get() + " is not Junction's record of"
                        + " applied seed files (its columns are " + columns + "); Junction leaves it alone and"
                        + " cannot seed this database until it is renamed", TABLE, 0, null, null, null);
            }
            return true;
        } catch (SQLException e) {
            throw runtime.runner().errors().translate(e, TABLE, null);
        }
    }

    /**
     * Creates the table if it is missing. DDL: call it before the transaction writes anything (MariaDB and H2 commit
     * at DDL), under {@link dev.junction.internal.jdbc.CrossProcessLock#SEEDS} (two creations at once collide on
     * PostgreSQL).
     */
    void create(Connection connection) {
        if (exists(connection)) return;
        String sql = "CREATE TABLE IF NOT EXISTS " + q(TABLE) + " (" + q("name") + " "
                + dialect.columnType(DataType.string(255)) + " NOT NULL, " + q("position") + " "
                + dialect.columnType(DataType.bigint()) + " NOT NULL, " + q("appliedAt") + " "
                + dialect.columnType(DataType.instant()) + " NOT NULL, " + q("rowCount") + " "
                + dialect.columnType(DataType.bigint()) + " NOT NULL, " + q("insertedKeys") + " "
                + dialect.columnType(DataType.text()) + " NOT NULL, PRIMARY KEY (" + q("name") + "), UNIQUE ("
                + q("position") + "))"
                + dialect.tableOptions();
        runtime.runner().execute(connection, sql, TABLE);
    }

    /** Drops the ledger, forgetting every applied file; a table of its name Junction did not make is refused. */
    void drop(Connection connection) {
        if (!exists(connection)) return;
        runtime.runner().execute(connection, dialect.dropTable(TABLE), TABLE);
    }

    /** The applied files, in the order they were applied; none when the table does not exist. */
    List<SeedFileRunner.Applied> applied(Connection connection) {
        if (!exists(connection)) return List.of();
        Sql sql = new Sql().append("SELECT ").append(q("name")).append(", ").append(q("position")).append(", ")
                .append(q("appliedAt")).append(", ").append(q("rowCount")).append(" FROM ").append(q(TABLE))
                .append(" ORDER BY ").append(q("position"));
        return runtime.runner().query(connection, sql, TABLE, rs -> new SeedFileRunner.Applied((String) text.read(rs, 1),
                ((Number) number.read(rs, 2)).longValue(), (Instant) instant.read(rs, 3),
                ((Number) number.read(rs, 4)).longValue()));
    }

    /** Records {@code name} as applied now, after the others, with what it inserted. */
    SeedFileRunner.Applied record(Connection connection, String name, UndoLog log) {
        Sql next = new Sql().append("SELECT COALESCE(MAX(").append(q("position")).append("), 0) FROM ")
                .append(q(TABLE));
        long position = runtime.runner().queryLong(connection, next, TABLE) + 1;
        Instant now = Instant.now();
        Sql insert = new Sql().append("INSERT INTO ").append(q(TABLE)).append(" (").append(q("name")).append(", ")
                .append(q("position")).append(", ").append(q("appliedAt")).append(", ").append(q("rowCount"))
                .append(", ").append(q("insertedKeys")).append(") VALUES (").bind(name, text).append(", ")
                .bind(position, number).append(", ").bind(now, instant).append(", ").bind(log.rows(), number)
                .append(", ").bind(log.toJson(), text).append(')');
        runtime.runner().update(connection, insert, TABLE);
        return new SeedFileRunner.Applied(name, position, now, log.rows());
    }

    /** What {@code name} inserted. */
    UndoLog undoLog(Connection connection, String name) {
        Sql sql = new Sql().append("SELECT ").append(q("insertedKeys")).append(" FROM ").append(q(TABLE))
                .append(" WHERE ").append(q("name")).append(" = ").bind(name, text);
        List<String> found = runtime.runner().query(connection, sql, TABLE, rs -> (String) text.read(rs, 1));
        try {
            return UndoLog.fromJson(found.isEmpty() ? "[]" : found.get(0));
        } catch (IllegalArgumentException | ClassCastException e) {
            throw Site.file(name).error("cannot undo: its record in " + TABLE + " is unreadable (" + e.getMessage()
                    + ")", e);
        }
    }

    /** Forgets that {@code name} was applied. */
    void remove(Connection connection, String name) {
        Sql sql = new Sql().append("DELETE FROM ").append(q(TABLE)).append(" WHERE ").append(q("name"))
                .append(" = ").bind(name, text);
        runtime.runner().update(connection, sql, TABLE);
    }

    private String q(String identifier) {
        return dialect.quote(identifier);
    }
}
