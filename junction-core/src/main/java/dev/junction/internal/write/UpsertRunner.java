package dev.junction.internal.write;

import dev.junction.DatabaseException;
import dev.junction.TransactionConflictException;
import dev.junction.UniqueConstraintException;
import dev.junction.dialect.Dialect;
import dev.junction.internal.jdbc.SqlRunner;
import dev.junction.query.internal.Sql;
import dev.junction.schema.Attribute;
import dev.junction.schema.ModelDefinition;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs an upsert (insert-if-absent on a conflict target: a link identity, or the target of a {@code bulkCreate}),
 * again if it lost a race with a concurrent insert of the same row — on H2, whose MERGE looks for the row before it
 * inserts it; elsewhere the database decides under its own locks and the statement runs once. Losing every time is
 * a {@link TransactionConflictException}, which a transaction Junction owns runs again as a whole: never a unique
 * violation, since the row the caller wants is there, or about to be. Also tells whether an upsert can be trusted
 * to give way on its conflict target alone. Thread-safe.
 */
public final class UpsertRunner {
    /** How many times an upsert that lost a race is tried in all (about a second of pauses). */
    static final int ATTEMPTS = 25;

    private final SqlRunner runner;
    private final Dialect dialect;
    private final String table;
    private final Set<String> target;

    /** For the table {@code table}, upserting on the columns {@code target}. */
    public UpsertRunner(SqlRunner runner, Dialect dialect, String table, List<String> target) {
        this.runner = runner;
        this.dialect = dialect;
        this.table = table;
        this.target = Set.copyOf(target);
    }

    /**
     * Whether the dialect's upsert gives way only on the conflict target {@code target} (attribute names) of the
     * model: always, except where it gives way on every unique key (MariaDB) and the model has another unique key,
     * or a primary key that rows may give ({@code keysGiven}) and that is not the target.
     */
    public static boolean yieldsOnlyTo(Dialect dialect, ModelDefinition model, Collection<String> target,
                                       boolean keysGiven) {
        if (!dialect.upsertYieldsToEveryUniqueKey()) return true;
        Set<String> wanted = Set.copyOf(target);
        for (ModelDefinition.UniqueKey key : model.uniqueKeys()) {
            if (!names(key.attributes()).equals(wanted)) return false;
        }
        List<Attribute> key = model.primaryKey();
        return key.isEmpty() || names(key).equals(wanted)
                || !keysGiven && key.size() == 1 && key.get(0).autoIncrement();
    }

    private static Set<String> names(List<Attribute> attributes) {
        return attributes.stream().map(Attribute::name).collect(Collectors.toSet());
    }

    /** Runs {@code sql} on {@code connection}, pausing a little longer before each new attempt; returns its count. */
    public int run(Connection connection, Sql sql) {
        for (int attempt = 1; ; attempt++) {
            try {
                return runner.update(connection, sql, table);
            } catch (DatabaseException e) {
                if (!lostRace(e)) throw e;
                if (attempt == ATTEMPTS) throw conflict(e);
                pause(attempt, e);
            }
        }
    }

    /**
     * Whether the upsert failed only because a concurrent transaction wrote one of its rows first. A unique
     * violation of another key (say a unique column of a join model) is the caller's to hear about, at once.
     */
    private boolean lostRace(DatabaseException e) {
        if (!(e.getCause() instanceof SQLException cause) || !dialect.upsertLostRace(cause)) return false;
        return !(e instanceof UniqueConstraintException unique) || unique.columns().isEmpty()
                || Set.copyOf(unique.columns()).equals(target);
    }

    private TransactionConflictException conflict(DatabaseException last) {
        if (last instanceof TransactionConflictException conflict) return conflict;
        return new TransactionConflictException(dialect.name() + ": upserting rows of " + table + " lost the race"
                + " with concurrent inserts of the same rows " + ATTEMPTS + " times; running it again may succeed",
                (SQLException) last.getCause());
    }

    /** Waits for the transaction that won to finish: 2, 4, … 32 ms, then 50 ms at a time. */
    private static void pause(int attempt, DatabaseException e) {
        try {
            Thread.sleep(Math.min(1L << attempt, 50L));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw e;
        }
    }
}
