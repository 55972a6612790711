package dev.junction.internal.jdbc;

import dev.junction.ConnectionException;
import dev.junction.DatabaseException;
import dev.junction.ForeignKeyConstraintException;
import dev.junction.JunctionException;
import dev.junction.LockTimeoutException;
import dev.junction.NotNullConstraintException;
import dev.junction.SchemaException;
import dev.junction.TransactionConflictException;
import dev.junction.UniqueConstraintException;
import dev.junction.dialect.Dialect;
import dev.junction.dialect.SqlError;
import dev.junction.internal.cluster.GaleraCluster;
import java.sql.SQLException;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Turns a driver's {@link SQLException} into Junction's typed exceptions, with a message that names the table,
 * the constraint and its columns. The dialect reads its database's codes; what it cannot read from the message
 * (columns of a named constraint) is looked up in the model definitions.
 */
public final class ErrorTranslator {
    private final Dialect dialect;
    private final BiFunction<String, String, List<String>> constraintColumns;
    private final Runnable connectionLost;
    private final boolean cluster;

    /**
     * @param constraintColumns (table, constraint name) → columns, from the definitions; empty when unknown
     * @param connectionLost    told whenever a failure says a connection broke, so the pool can retire the others
     */
    public ErrorTranslator(Dialect dialect, BiFunction<String, String, List<String>> constraintColumns,
                           Runnable connectionLost) {
        this(dialect, constraintColumns, connectionLost, false);
    }

    /**
     * Like the constructor above; {@code cluster}: the database is a Galera cluster, whose commit-time failures (a
     * node leaving, or outside the primary component: 1047, 1180) are conflicts, and retire the pool's connections
     * so that the next attempt connects anew (through a load-balancing URL, perhaps to another node).
     */
    public ErrorTranslator(Dialect dialect, BiFunction<String, String, List<String>> constraintColumns,
                           Runnable connectionLost, boolean cluster) {
        this.dialect = dialect;
        this.constraintColumns = constraintColumns;
        this.connectionLost = connectionLost;
        this.cluster = cluster;
    }

    /** Whether the database is a Galera cluster (see the constructor). */
    public boolean cluster() {
        return cluster;
    }

    /** The dialect whose errors this reads. */
    public Dialect dialect() {
        return dialect;
    }

    /** The typed exception for {@code e}, raised by {@code sql} against {@code table} (which may be null). */
    public JunctionException translate(SQLException e, String table, String sql) {
        return translate(e, table, sql, false);
    }

    /**
     * Like {@link #translate(SQLException, String, String)} for a statement the application wrote itself (raw SQL):
     * every message, constraint violations included, ends by naming the statement, since no model says where it went.
     */
    public JunctionException translateStatement(SQLException e, String sql) {
        return translate(e, null, sql, true);
    }

    private JunctionException translate(SQLException e, String table, String sql, boolean nameStatement) {
        if (ReadOnlyRefusal.matches(dialect, e)) return ReadOnlyRefusal.byServer(dialect, e, table, sql);
        boolean clusterFailure = cluster && GaleraCluster.commitFailure(e);
        SqlError error = clusterFailure ? SqlError.of(SqlError.Kind.CONFLICT) : dialect.classify(e);
        if (error.kind() == SqlError.Kind.CONNECTION || clusterFailure) {
            connectionLost.run();
        }
        List<String> columns = error.columns();
        if (columns.isEmpty() && error.constraint() != null && table != null) {
            columns = constraintColumns.apply(table, error.constraint());
        }
        String where = table == null ? "" : " on " + table + (columns.isEmpty() ? "" : " (" + String.join(", ", columns) + ")");
        String named = error.constraint() == null ? "" : " [" + error.constraint() + "]";
        String statement = nameStatement && sql != null ? "\n  SQL: " + sql : "";
        // A raw statement naming a column that does not exist is the statement's mistake, not a model's mismatch.
        SqlError.Kind kind = nameStatement && error.kind() == SqlError.Kind.UNKNOWN_COLUMN ? SqlError.Kind.OTHER
                : error.kind();
        return switch (kind) {
            case UNIQUE -> new UniqueConstraintException("Unique constraint violated" + where + named
                    + ": a row with the same value already exists" + statement, e, table, error.constraint(),
                    columns);
            case FOREIGN_KEY -> new ForeignKeyConstraintException("Foreign key violated" + where + named
                    + ": the referenced row does not exist, or other rows still refer to this one" + statement, e,
                    table, error.constraint(), columns);
            case NOT_NULL -> new NotNullConstraintException("Not-null constraint violated" + where
                    + ": a value is required" + statement, e, table, error.constraint(), columns);
            case CONNECTION -> new ConnectionException("Lost or could not open the connection to "
                    + dialect.name() + ": " + e.getMessage() + statement, e);
            case CONFLICT -> new TransactionConflictException(dialect.name() + " rolled back a transaction that"
                    + " collided with a concurrent one" + where + ": " + e.getMessage()
                    + "; running it again may succeed" + statement, e);
            case LOCK_TIMEOUT -> new LockTimeoutException(dialect.name() + " gave up waiting for a lock that a"
                    + " concurrent transaction holds" + where + ": " + e.getMessage() + statement, e);
            case UNKNOWN_COLUMN -> new SchemaException(dialect.name() + " has no column "
                    + (columns.isEmpty() ? "the statement names" : String.join(".", columns))
                    + (table == null ? "" : " in " + table) + ": the table does not match its model; sync() compares"
                    + " every model with its table and lists the differences" + (sql == null ? "" : "\n  SQL: " + sql),
                    e);
            case OTHER -> new DatabaseException(dialect.name() + " rejected a statement" + where + ": "
                    + e.getMessage() + (sql == null ? "" : "\n  SQL: " + sql), e);
        };
    }
}
