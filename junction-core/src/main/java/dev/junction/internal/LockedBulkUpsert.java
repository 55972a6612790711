package dev.junction.internal;

import dev.junction.query.internal.Sql;
import java.sql.Connection;
import java.util.ArrayList;
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
        int key = plan.generatedKeyIndex;
        for (Object[] row : rows) {
            Object found = stored.get(target.values(row));
            if (found == null) {
                absent.add(row);
                continue;
            }
            if (set.length > 0) update(connection, row);
            if (key >= 0) row[key] = found;
        }
        model.inserter().insertRows(plan, absent);
    }

    private void update(Connection connection, Object[] row) {
        Sql sql = ModelSql.updateSet(plan, row, set).append(" WHERE ");
        target.appendCondition(sql, Collections.singletonList(row));
        model.runtime().runner().update(connection, sql, plan.definition.tableName());
    }
}
