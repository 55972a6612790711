package dev.junction.internal.write;

import dev.junction.internal.model.ModelImpl;
import dev.junction.internal.model.ModelPlan;
import dev.junction.internal.model.ModelSql;
import dev.junction.query.internal.Sql;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The upsert of a {@code bulkCreate} where the dialect's own would give way on another key than the conflict target
 * — MariaDB's {@code ON DUPLICATE KEY UPDATE} fires on every unique key, so a row colliding with another row on,
 * say, its username would update that row instead of failing. Here the stored rows matching the target are read
 * under lock (which on MariaDB also keeps concurrent inserts of those target values out until the transaction
 * ends), the missing rows are inserted plainly, so that a collision on any other key is a unique violation, and the
 * matching ones are updated (or left alone). Runs in the caller's transaction. One per call; not thread-safe.
 */
final class LockedBulkUpsert {
    /** Most rows one UPDATE sets by key: its CASE lists grow with them. */
    private static final int MAX_ROWS_PER_UPDATE = 500;

    private final ModelImpl<?> model;
    private final ModelPlan plan;
    private final ConflictTarget target;
    /** The columns a matching row gets from the new one (with updatedAt); empty to leave it alone. */
    private final int[] set;

    LockedBulkUpsert(ModelImpl<?> model, ModelPlan plan, ConflictTarget target, int[] set) {
        this.model = model;
        this.plan = plan;
        this.target = target;
        this.set = set;
    }

    /** Writes {@code rows} (no two alike on the target) and stores each one's generated key in it. */
    void write(Connection connection, List<Object[]> rows) {
        Map<List<Object>, Object> stored = target.lookUp(model.runtime(), connection, rows, true);
        List<Object[]> absent = new ArrayList<>();
        List<Object[]> present = new ArrayList<>();
        int key = plan.generatedKeyIndex();
        for (Object[] row : rows) {
            Object found = stored.get(target.values(row));
            (found == null ? absent : present).add(row);
            if (found != null && key >= 0) row[key] = found;
        }
        if (set.length > 0 && key >= 0) {
            updateByKey(connection, present);
        } else if (set.length > 0) {
            present.forEach(row -> updateByTarget(connection, row));
        }
        model.inserter().insertRows(plan, absent);
    }

    /**
     * Sets the {@link #set} columns of stored rows from {@code rows}, found by their generated key, a chunk at a time:
     * {@code UPDATE t SET c = CASE k WHEN ? THEN ? … END, … WHERE k IN (…)}.
     */
    private void updateByKey(Connection connection, List<Object[]> rows) {
        int key = plan.generatedKeyIndex();
        int[] sized = Arrays.copyOf(set, 2 * set.length + 1); // the key is bound once per set column, and in IN
        Arrays.fill(sized, set.length, sized.length, key);
        int maxRows = Math.max(1, Math.min(MAX_ROWS_PER_UPDATE, plan.dialect().maxBindParameters() / sized.length));
        String k = plan.dialect().quote(plan.attributes().get(key).column());
        for (List<Object[]> part : InsertRenderer.chunks(plan, sized, rows, maxRows,
                model.runtime().maxStatementBytes(connection))) {
            Sql sql = new Sql().append("UPDATE ").append(plan.quotedTable()).append(" SET ");
            for (int n = 0; n < set.length; n++) {
                int c = set[n];
                sql.append(n == 0 ? "" : ", ").append(plan.dialect().quote(plan.attributes().get(c).column()))
                        .append(" = CASE ").append(k);
                for (Object[] row : part) {
                    sql.append(" WHEN ").bind(row[key], plan.codec(key)).append(" THEN ").bind(row[c], plan.codec(c));
                }
                sql.append(" END");
            }
            String version = VersionGuard.column(plan);
            if (version != null) { // optimistic locking: the rows updated are new versions
                sql.append(", ").append(plan.dialect().quote(version)).append(" = ")
                        .append(plan.dialect().quote(version)).append(" + 1");
            }
            sql.append(" WHERE ").append(k).append(" IN (");
            for (int r = 0; r < part.size(); r++) {
                sql.append(r == 0 ? "" : ", ").bind(part.get(r)[key], plan.codec(key));
            }
            model.runtime().runner().update(connection, sql.append(')'), plan.definition().tableName());
        }
    }

    /** Sets the {@link #set} columns of the stored row matching {@code row} on the target. */
    private void updateByTarget(Connection connection, Object[] row) {
        Sql sql = ModelSql.updateSet(plan, row, set).append(" WHERE ");
        target.appendCondition(sql, Collections.singletonList(row));
        model.runtime().runner().update(connection, sql, plan.definition().tableName());
    }
}
