package dev.junction.seed.internal;

import dev.junction.dialect.Dialect;
import dev.junction.dialect.ValueCodec;
import dev.junction.internal.Runtime;
import dev.junction.query.internal.Sql;
import dev.junction.schema.DataType;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The table recording which seed files are applied: {@code JunctionSeeds (namespace, name, position, appliedAt,
 * rowCount, insertedKeys)}, one row per applied file of a namespace (an application's seed files), with the keys of
 * the rows it inserted (an {@link UndoLog}) so that undoing it deletes exactly those. Made on first use; the shape
 * without {@code namespace} (every file of the default namespace) is read as it is and rebuilt by the first write
 * ({@link SeedLedgerShape}). Not a model, so {@code sync} leaves it alone. Stateless apart from the runtime and
 * namespace; thread-safe.
 */
final class SeedLedger {
    /** The table's name. */
    static final String TABLE = dev.junction.seed.Seeder.LEDGER_TABLE;

    private final Runtime runtime;
    private final Dialect dialect;
    private final SeedLedgerShape shape;
    private final String namespace;
    private final ValueCodec text;
    private final ValueCodec number;
    private final ValueCodec instant;

    SeedLedger(Runtime runtime, String namespace) {
        this.runtime = runtime;
        this.dialect = runtime.dialect();
        this.shape = new SeedLedgerShape(runtime);
        this.namespace = namespace;
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
        return shape.of(connection) != SeedLedgerShape.Shape.NONE;
    }

    /**
     * Creates the table if it is missing, and gives one of the shape without namespaces its namespace column. DDL:
     * call it before the transaction writes anything (MariaDB and H2 commit at DDL), under
     * {@link dev.junction.internal.jdbc.CrossProcessLock#SEEDS} (two creations at once collide on PostgreSQL).
     */
    void create(Connection connection) {
        shape.ensureCurrent(connection);
    }

    /** Drops the ledger, forgetting every applied file; a table of its name Junction did not make is refused. */
    void drop(Connection connection) {
        if (!exists(connection)) return;
        runtime.runner().execute(connection, dialect.dropTable(TABLE), TABLE);
    }

    /**
     * Forgets the files of this namespace, dropping the table when no other namespace has any. Call it under the
     * lock, outside a transaction.
     */
    void forgetNamespace(Connection connection) {
        if (!exists(connection)) return;
        create(connection);
        Sql delete = new Sql().append("DELETE FROM ").append(q(TABLE)).append(" WHERE ").append(q("namespace"))
                .append(" = ").bind(namespace, text);
        runtime.runner().update(connection, delete, TABLE);
        dropIfEmpty(connection);
    }

    /**
     * Forgets the files of every namespace that inserted rows into one of {@code tables} (just dropped), dropping the
     * ledger when none are left; returns how many were forgotten. By table, not model: two applications on one
     * database may each have a model of one name on tables of their own. A record written before tables were
     * recorded is matched by one of {@code models}, the dropped tables' model names. Under the lock, outside a
     * transaction.
     */
    int forgetTouching(Connection connection, Set<String> tables, Set<String> models) {
        try {
            if (!exists(connection)) return 0;
        } catch (dev.junction.seed.SeedException notOurs) {
            return 0; // a table of the ledger's name that Junction did not make is left alone, and drop goes on
        }
        create(connection);
        Sql all = new Sql().append("SELECT ").append(q("namespace")).append(", ").append(q("name")).append(", ")
                .append(q("insertedKeys")).append(" FROM ").append(q(TABLE));
        List<String[]> stale = runtime.runner().query(connection, all, TABLE, rs -> new String[] {
                (String) text.read(rs, 1), (String) text.read(rs, 2), (String) text.read(rs, 3)}).stream()
                .filter(r -> touches(r[2], tables, models)).toList();
        for (String[] r : stale) {
            Sql delete = new Sql().append("DELETE FROM ").append(q(TABLE)).append(" WHERE ").append(q("namespace"))
                    .append(" = ").bind(r[0], text).append(" AND ").append(q("name")).append(" = ").bind(r[1], text);
            runtime.runner().update(connection, delete, TABLE);
        }
        dropIfEmpty(connection);
        return stale.size();
    }

    private static boolean touches(String insertedKeys, Set<String> tables, Set<String> models) {
        try {
            return UndoLog.fromJson(insertedKeys).blocks().stream().anyMatch(b -> b.wasIn(tables, models));
        } catch (IllegalArgumentException | ClassCastException e) {
            return false; // an unreadable record is kept: undoing it says what is wrong with it
        }
    }

    private void dropIfEmpty(Connection connection) {
        Sql count = new Sql().append("SELECT COUNT(*) FROM ").append(q(TABLE));
        if (runtime.runner().queryLong(connection, count, TABLE) == 0) drop(connection);
    }

    /** The applied files of this namespace, in the order they were applied; none when the table does not exist. */
    List<SeedFileRunner.Applied> applied(Connection connection) {
        SeedLedgerShape.Shape current = shape.of(connection);
        if (current == SeedLedgerShape.Shape.NONE) return List.of();
        Sql sql = new Sql().append("SELECT ").append(q("name")).append(", ").append(q("position")).append(", ")
                .append(q("appliedAt")).append(", ").append(q("rowCount")).append(" FROM ").append(q(TABLE));
        if (current == SeedLedgerShape.Shape.WITHOUT_NAMESPACE) {
            // Every file of the old shape is the default namespace's.
            if (!namespace.equals(dev.junction.seed.Seeder.DEFAULT_NAMESPACE)) return List.of();
        } else {
            sql.append(" WHERE ").append(q("namespace")).append(" = ").bind(namespace, text);
        }
        sql.append(" ORDER BY ").append(q("position"));
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
        Sql insert = new Sql().append("INSERT INTO ").append(q(TABLE)).append(" (").append(q("namespace"))
                .append(", ").append(q("name")).append(", ")
                .append(q("position")).append(", ").append(q("appliedAt")).append(", ").append(q("rowCount"))
                .append(", ").append(q("insertedKeys")).append(") VALUES (").bind(namespace, text).append(", ")
                .bind(name, text).append(", ")
                .bind(position, number).append(", ").bind(now, instant).append(", ").bind(log.rows(), number)
                .append(", ").bind(log.toJson(), text).append(')');
        runtime.runner().update(connection, insert, TABLE);
        return new SeedFileRunner.Applied(name, position, now, log.rows());
    }

    /** What {@code name} inserted. */
    UndoLog undoLog(Connection connection, String name) {
        Sql sql = new Sql().append("SELECT ").append(q("insertedKeys")).append(" FROM ").append(q(TABLE))
                .append(" WHERE ").append(q("name")).append(" = ").bind(name, text).append(" AND ")
                .append(q("namespace")).append(" = ").bind(namespace, text);
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
                .append(" = ").bind(name, text).append(" AND ").append(q("namespace")).append(" = ")
                .bind(namespace, text);
        runtime.runner().update(connection, sql, TABLE);
    }

    private String q(String identifier) {
        return dialect.quote(identifier);
    }
}
