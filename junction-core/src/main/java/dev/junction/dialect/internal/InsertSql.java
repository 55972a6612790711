package dev.junction.dialect.internal;

import dev.junction.dialect.WriteStatements;
import java.util.List;

/** The VALUES part every dialect's INSERT and upsert forms share. Stateless. */
public final class InsertSql {
    private InsertSql() {
    }

    /** {@code INSERT INTO t (c1, c2) VALUES (?, ?), (?, ?)} for {@code rows} rows, to extend. */
    public static StringBuilder values(WriteStatements dialect, String table, List<String> columns, int rows) {
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(dialect.quote(table)).append(" (")
                .append(dialect.quoteAll(columns)).append(") VALUES ");
        placeholderRows(sql, columns.size(), rows);
        return sql;
    }

    /** Appends {@code (?, ?), (?, ?)} for {@code rows} rows of {@code width} placeholders. */
    public static void placeholderRows(StringBuilder sql, int width, int rows) {
        for (int r = 0; r < rows; r++) {
            sql.append(r == 0 ? "(" : ", (");
            for (int c = 0; c < width; c++) {
                sql.append(c == 0 ? "?" : ", ?");
            }
            sql.append(')');
        }
    }
}
