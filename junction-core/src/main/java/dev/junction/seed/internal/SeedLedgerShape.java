package dev.junction.seed.internal;

import dev.junction.dialect.Dialect;
import dev.junction.internal.Runtime;
import dev.junction.query.internal.Sql;
import dev.junction.schema.DataType;
import dev.junction.schema.internal.SchemaInspector;
import dev.junction.seed.SeedException;
import dev.junction.seed.Seeder;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The shape of the seed ledger's table, and its creation. Databases seeded before namespaces have it without the
 * {@code namespace} column (keyed by file name alone); the first write rebuilds it with the column, every old row in
 * the default namespace: a copy under a second name, then the old table dropped and the copy renamed. DDL commits
 * on MariaDB and H2, so a rebuild cut short is finished the next time (the copy is renamed, or made again).
 * Stateless apart from the runtime; callers hold the seeds lock.
 */
final class SeedLedgerShape {
    /** What is there: nothing, the shape before namespaces, or the current one. */
    enum Shape { NONE, WITHOUT_NAMESPACE, CURRENT }

    /** Where a rebuild copies the old rows before the copy takes the ledger's name. */
    static final String REBUILD_TABLE = SeedLedger.TABLE + "_v2";

    private static final Set<String> OLD_COLUMNS = Set.of("name", "position", "appliedat", "rowcount",
            "insertedkeys");
    private static final Set<String> COLUMNS = Set.of("namespace", "name", "position", "appliedat", "rowcount",
            "insertedkeys");

    private final Runtime runtime;
    private final Dialect dialect;

    SeedLedgerShape(Runtime runtime) {
        this.runtime = runtime;
        this.dialect = runtime.dialect();
    }

    /**
     * The ledger's shape.
     *
     * @throws SeedException when a table of its name exists that Junction did not make
     */
    Shape of(Connection connection) {
        Optional<Set<String>> columns = columns(connection, SeedLedger.TABLE);
        if (columns.isEmpty()) return Shape.NONE;
        if (columns.get().equals(COLUMNS)) return Shape.CURRENT;
        if (columns.get().equals(OLD_COLUMNS)) return Shape.WITHOUT_NAMESPACE;
        throw new SeedException("The table " + SeedLedger.TABLE + " is not Junction's record of applied seed files"
                + " (its columns are " + columns.get() + "); Junction leaves it alone and cannot seed this database"
                + " until it is renamed", SeedLedger.TABLE, 0, null, null, null);
    }

    /** Makes the ledger the current shape: creates it, rebuilds the old one, or finishes a rebuild cut short. */
    void ensureCurrent(Connection connection) {
        Shape shape = of(connection);
        if (shape == Shape.CURRENT) return;
        Optional<Set<String>> copy = columns(connection, REBUILD_TABLE);
        if (shape == Shape.NONE) {
            if (copy.isPresent() && copy.get().equals(COLUMNS)) {
                execute(connection, "ALTER TABLE " + q(REBUILD_TABLE) + " RENAME TO " + q(SeedLedger.TABLE));
            } else {
                execute(connection, createTable(SeedLedger.TABLE));
            }
            return;
        }
        if (copy.isPresent()) {
            if (!copy.get().equals(COLUMNS)) {
                throw new SeedException("The table " + REBUILD_TABLE + " is in the way of giving " + SeedLedger.TABLE
                        + " its namespace column; Junction leaves it alone", SeedLedger.TABLE, 0, null, null, null);
            }
            execute(connection, dialect.dropTable(REBUILD_TABLE));
        }
        execute(connection, createTable(REBUILD_TABLE));
        Sql copyRows = new Sql().append("INSERT INTO ").append(q(REBUILD_TABLE)).append(" (").append(q("namespace"))
                .append(", ").append(columnList()).append(") SELECT ")
                .bind(Seeder.DEFAULT_NAMESPACE, dialect.codec(DataType.string(255))).append(", ").append(columnList())
                .append(" FROM ").append(q(SeedLedger.TABLE));
        runtime.runner().update(connection, copyRows, SeedLedger.TABLE);
        execute(connection, dialect.dropTable(SeedLedger.TABLE));
        execute(connection, "ALTER TABLE " + q(REBUILD_TABLE) + " RENAME TO " + q(SeedLedger.TABLE));
    }

    private String columnList() {
        return q("name") + ", " + q("position") + ", " + q("appliedAt") + ", " + q("rowCount") + ", "
                + q("insertedKeys");
    }

    private String createTable(String table) {
        return "CREATE TABLE " + q(table) + " (" + q("namespace") + " " + dialect.columnType(DataType.string(255))
                + " NOT NULL, " + q("name") + " " + dialect.columnType(DataType.string(255)) + " NOT NULL, "
                + q("position") + " " + dialect.columnType(DataType.bigint()) + " NOT NULL, " + q("appliedAt") + " "
                + dialect.columnType(DataType.instant()) + " NOT NULL, " + q("rowCount") + " "
                + dialect.columnType(DataType.bigint()) + " NOT NULL, " + q("insertedKeys") + " "
                + dialect.columnType(DataType.text()) + " NOT NULL, PRIMARY KEY (" + q("namespace") + ", " + q("name")
                + "), UNIQUE (" + q("position") + "))" + dialect.tableOptions();
    }

    /** The lower-cased columns of {@code name} (the exact name preferred to another spelling), if it exists. */
    private Optional<Set<String>> columns(Connection connection, String name) {
        try {
            SchemaInspector inspector = new SchemaInspector(connection);
            // The exact name first: on PostgreSQL a "junctionseeds" of the application's is another table.
            Optional<String> table = inspector.tableNames().stream().filter(name::equalsIgnoreCase)
                    .min(Comparator.comparing(t -> !t.equals(name)));
            if (table.isEmpty()) return Optional.empty();
            return Optional.of(inspector.describe(table.get()).columns().stream()
                    .map(c -> c.name().toLowerCase(Locale.ROOT)).collect(Collectors.toSet()));
        } catch (SQLException e) {
            throw runtime.runner().errors().translate(e, SeedLedger.TABLE, null);
        }
    }

    private void execute(Connection connection, String sql) {
        runtime.runner().execute(connection, sql, SeedLedger.TABLE);
    }

    private String q(String identifier) {
        return dialect.quote(identifier);
    }
}
