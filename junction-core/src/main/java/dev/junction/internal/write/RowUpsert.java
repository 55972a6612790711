package dev.junction.internal.write;

import dev.junction.UniqueConstraintException;
import dev.junction.internal.model.ModelImpl;
import dev.junction.internal.model.ModelPlan;
import dev.junction.internal.model.ModelSql;
import dev.junction.query.internal.Sql;
import dev.junction.schema.DataType;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The write of one {@code upsert(instance)}: insert the row, or set the {@code set} columns of the stored row it
 * matches on the conflict target (adding one to its version, if the model has one), and hand back the row as stored
 * with whether it was inserted.
 * <ul>
 *   <li>Where the dialect's upsert can return the row ({@code … ON CONFLICT … DO UPDATE … RETURNING}) it does, in
 *       one statement on PostgreSQL, which also tells an insert from an update ({@code xmax = 0}); on SQLite, whose
 *       writing transactions run one at a time, a SELECT before it tells.</li>
 *   <li>Elsewhere (MariaDB, H2) the stored row is looked for under lock, then UPDATEd, or INSERTed plainly: a
 *       concurrent insert of the same target values that wins is a unique violation, after which the row is there
 *       to update. A plain INSERT, unlike MariaDB's {@code ON DUPLICATE KEY UPDATE}, never gives way on another
 *       unique key. The row is then read back.</li>
 * </ul>
 * Runs in the caller's transaction. One per call; not thread-safe.
 */
public final class RowUpsert {
    /** The stored row (column order) and whether the upsert inserted it. */
    public record Result(Object[] row, boolean created) {
    }

    private final ModelImpl<?> model;
    private final ModelPlan plan;
    private final ConflictTarget target;
    private final int[] set;
    private final Object[] row;
    private final ReferencedRowLocks locks;
    /** The upsert returning the row, or {@code null} where the dialect's cannot. */
    private final Sql returning;

    /**
     * Internal: the upsert of {@code row} (prepared, column order; not changed) into {@code model}'s table on
     * {@code target}, setting the {@code set} columns of a stored row that matches.
     */
    public RowUpsert(ModelImpl<?> model, ModelPlan plan, ConflictTarget target, int[] set, Object[] row) {
        this.model = model;
        this.plan = plan;
        this.target = target;
        this.set = set.clone();
        this.row = row.clone();
        this.locks = ReferencedRowLocks.of(plan, ReferencedRowLocks.allColumns(plan), List.<Object[]>of(this.row));
        this.returning = returning(this.row);
    }

    /** Whether the upsert is one statement, which needs no transaction around it. */
    public boolean oneStatement() {
        return returning != null && plan.dialect().insertedByUpsert() != null && !keyGiven(row) && locks.isEmpty();
    }

    /** Upserts the row. */
    public Result write(Connection connection) {
        locks.acquire(model.runtime(), connection);
        return returning != null ? returned(connection, returning, row) : lockedWrite(connection, row.clone());
    }

    private boolean keyGiven(Object[] row) {
        return plan.generatedKeyIndex() >= 0 && row[plan.generatedKeyIndex()] != null;
    }

    /** The dialect's upsert of {@code row} ending in RETURNING the row (and whether it was inserted), or null. */
    private Sql returning(Object[] row) {
        if (set.length == 0) return null; // DO NOTHING would return no row
        int[] columns = InsertRenderer.columns(plan, !keyGiven(row));
        List<String> names = new ArrayList<>(columns.length);
        List<DataType> types = new ArrayList<>(columns.length);
        for (int c : columns) {
            names.add(plan.attributes().get(c).column());
            types.add(plan.attributes().get(c).type());
        }
        List<String> updated = Arrays.stream(set).mapToObj(i -> plan.attributes().get(i).column()).toList();
        String upsert = target.upsert(plan.dialect().upsert(plan.definition().tableName(), names, types, 1,
                target.names(), updated, VersionGuard.column(plan)));
        String inserted = plan.dialect().insertedByUpsert();
        String text = plan.dialect().upsertReturning(upsert, plan.selectList("") + (inserted == null ? ""
                : ", " + inserted));
        if (text == null) return null;
        Sql sql = Sql.of(text);
        for (int c : columns) sql.addBind(row[c], plan.codec(c));
        return sql;
    }

    private Result returned(Connection connection, Sql sql, Object[] row) {
        boolean flagged = plan.dialect().insertedByUpsert() != null;
        boolean absent = flagged || target.lookUp(model.runtime(), connection, List.<Object[]>of(row), true).isEmpty();
        int width = plan.attributes().size();
        List<Result> written = model.runtime().runner().query(connection, sql, plan.definition().tableName(),
                rs -> new Result(model.readValues(rs, 1), flagged ? rs.getBoolean(width + 1) : absent));
        if (keyGiven(row)) model.inserter().resyncKeySequence(plan, connection, plan.definition().tableName());
        return written.get(0);
    }

    /** Looks for the stored row under lock, then updates or inserts, then reads the row back. */
    private Result lockedWrite(Connection connection, Object[] row) {
        boolean stored = !target.lookUp(model.runtime(), connection, List.<Object[]>of(row), true).isEmpty();
        UniqueConstraintException lost = null;
        if (!stored) {
            try {
                model.inserter().insertRows(plan, List.<Object[]>of(row));
            } catch (UniqueConstraintException e) {
                lost = e; // a concurrent insert of the same target values won, or another key collided
            }
        }
        if ((stored || lost != null) && set.length > 0) {
            Sql update = ModelSql.updateSet(plan, row, set).append(" WHERE ");
            target.appendCondition(update, Collections.singletonList(row));
            int changed = model.runtime().runner().update(connection, update, plan.definition().tableName());
            if (changed == 0 && lost != null) throw lost;
        }
        Sql select = new Sql().append("SELECT ").append(plan.selectList("")).append(" FROM ")
                .append(plan.quotedTable());
        if (stored || lost != null) {
            target.appendCondition(select.append(" WHERE "), Collections.singletonList(row));
        } else { // inserted: its key is known now, and its target values may hold a null
            ModelSql.appendKeyCondition(plan, select, plan.definition().primaryKey().stream()
                    .map(a -> row[plan.attributes().indexOf(a)]).toArray());
        }
        List<Object[]> found = model.runtime().runner().query(connection, select, plan.definition().tableName(),
                rs -> model.readValues(rs, 1));
        if (found.isEmpty() && lost != null) throw lost;
        return new Result(found.get(0), !stored && lost == null);
    }
}
