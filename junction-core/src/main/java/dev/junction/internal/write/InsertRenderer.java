package dev.junction.internal.write;

import dev.junction.ValidationException;
import dev.junction.internal.jdbc.StatementSizeLimit;
import dev.junction.internal.model.ModelPlan;
import dev.junction.query.internal.Sql;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders single- and multi-row INSERTs for a model, leaving out a generated key the rows do not give, and splits
 * bulk inserts into statements that stay below the dialect's bind-parameter limit and the database's statement
 * size (MariaDB's {@code max_allowed_packet}).
 */
final class InsertRenderer {
    /** Rows per statement at most, even where the parameter limit would allow more: bigger gains nothing. */
    private static final int MAX_ROWS_PER_STATEMENT = 1_000;
    /** Bytes of a statement's SQL besides its values: fixed, and per column (named once or twice). */
    private static final int SQL_BYTES = 4_096;
    private static final int SQL_BYTES_PER_COLUMN = 256;

    private InsertRenderer() {
    }

    /** The column indexes an INSERT writes: all, less the generated key when the database is to choose it. */
    static int[] columns(ModelPlan plan, boolean generateKey) {
        List<Integer> columns = new ArrayList<>(plan.attributes().size());
        for (int i = 0; i < plan.attributes().size(); i++) {
            if (!(generateKey && i == plan.generatedKeyIndex())) columns.add(i);
        }
        return columns.stream().mapToInt(Integer::intValue).toArray();
    }

    /** How many rows of this width one statement may carry. */
    static int rowsPerStatement(ModelPlan plan, int width) {
        return Math.max(1, Math.min(MAX_ROWS_PER_STATEMENT, plan.dialect().maxBindParameters() / Math.max(1, width)));
    }

    /**
     * {@code rows} split into the statements of a multi-row INSERT (or upsert) of {@code columns}: at most
     * {@code maxRows} rows each, and at most {@code maxBytes} bytes as {@link RowSize} estimates them (no such
     * bound for {@link StatementSizeLimit#NONE}).
     *
     * @throws ValidationException when one row alone would be bigger than {@code maxBytes}, before any is written
     */
    static List<List<Object[]>> chunks(ModelPlan plan, int[] columns, List<Object[]> rows, int maxRows,
                                       long maxBytes) {
        List<List<Object[]>> chunks = new ArrayList<>();
        long budget = maxBytes - SQL_BYTES - (long) SQL_BYTES_PER_COLUMN * columns.length;
        int from = 0;
        long bytes = 0;
        for (int r = 0; r < rows.size(); r++) {
            long row = maxBytes == StatementSizeLimit.NONE ? 0 : RowSize.of(rows.get(r), columns);
            if (row > budget) throw tooBig(plan, rows.get(r), columns, maxBytes);
            if (r - from == maxRows || bytes + row > budget) {
                chunks.add(rows.subList(from, r));
                from = r;
                bytes = 0;
            }
            bytes += row;
        }
        if (from < rows.size()) chunks.add(rows.subList(from, rows.size()));
        return chunks;
    }

    private static ValidationException tooBig(ModelPlan plan, Object[] row, int[] columns, long maxBytes) {
        int largest = columns[0];
        for (int c : columns) if (RowSize.of(row[c]) > RowSize.of(row[largest])) largest = c;
        String model = plan.definition().name();
        String attribute = plan.attributes().get(largest).name();
        return new ValidationException(model, attribute, "A " + model + " row of about " + RowSize.of(row, columns)
                + " bytes (" + attribute + ": " + RowSize.of(row[largest]) + ") does not fit in one statement on "
                + plan.dialect().name() + ", which takes at most " + maxBytes + " bytes (max_allowed_packet); nothing"
                + " was written. Store less per row, or raise the server's max_allowed_packet");
    }

    /** {@code INSERT INTO t (cols) VALUES (…), (…)} for {@code rows} (each in column order). */
    static Sql insert(ModelPlan plan, int[] columns, List<Object[]> rows) {
        Sql sql = new Sql();
        if (columns.length == 0) {
            return sql.append(plan.dialect().insertDefaultValues(plan.quotedTable()));
        }
        sql.append("INSERT INTO ").append(plan.quotedTable()).append(" (");
        for (int n = 0; n < columns.length; n++) {
            if (n > 0) sql.append(", ");
            sql.append(plan.dialect().quote(plan.attributes().get(columns[n]).column()));
        }
        sql.append(") VALUES ");
        for (int r = 0; r < rows.size(); r++) {
            Object[] row = rows.get(r);
            sql.append(r == 0 ? "(" : ", (");
            for (int n = 0; n < columns.length; n++) {
                if (n > 0) sql.append(", ");
                sql.bind(row[columns[n]], plan.codec(columns[n]));
            }
            sql.append(')');
        }
        return sql;
    }
}
