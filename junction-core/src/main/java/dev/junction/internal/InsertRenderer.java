package dev.junction.internal;

import dev.junction.query.internal.Sql;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders single- and multi-row INSERTs for a model, leaving out a generated key the rows do not give, and splits
 * bulk inserts into statements that stay below the dialect's bind-parameter limit.
 */
final class InsertRenderer {
    /** Rows per statement at most, even where the parameter limit would allow more: bigger gains nothing. */
    private static final int MAX_ROWS_PER_STATEMENT = 1_000;

    private InsertRenderer() {
    }

    /** The column indexes an INSERT writes: all, less the generated key when the database is to choose it. */
    static int[] columns(ModelPlan plan, boolean generateKey) {
        List<Integer> columns = new ArrayList<>(plan.attributes.size());
        for (int i = 0; i < plan.attributes.size(); i++) {
            if (!(generateKey && i == plan.generatedKeyIndex)) columns.add(i);
        }
        return columns.stream().mapToInt(Integer::intValue).toArray();
    }

    /** How many rows of this width one statement may carry. */
    static int rowsPerStatement(ModelPlan plan, int width) {
        return Math.max(1, Math.min(MAX_ROWS_PER_STATEMENT, plan.dialect.maxBindParameters() / Math.max(1, width)));
    }

    /** {@code INSERT INTO t (cols) VALUES (…), (…)} for {@code rows} (each in column order). */
    static Sql insert(ModelPlan plan, int[] columns, List<Object[]> rows) {
        Sql sql = new Sql();
        if (columns.length == 0) {
            return sql.append(plan.dialect.insertDefaultValues(plan.quotedTable));
        }
        sql.append("INSERT INTO ").append(plan.quotedTable).append(" (");
        for (int n = 0; n < columns.length; n++) {
            if (n > 0) sql.append(", ");
            sql.append(plan.dialect.quote(plan.attributes.get(columns[n]).column()));
        }
        sql.append(") VALUES ");
        for (int r = 0; r < rows.size(); r++) {
            Object[] row = rows.get(r);
            sql.append(r == 0 ? "(" : ", (");
            for (int n = 0; n < columns.length; n++) {
                if (n > 0) sql.append(", ");
                sql.bind(row[columns[n]], plan.codecs[columns[n]]);
            }
            sql.append(')');
        }
        return sql;
    }
}
