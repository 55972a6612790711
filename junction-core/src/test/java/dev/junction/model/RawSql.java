package dev.junction.model;

import dev.junction.Junction;
import dev.junction.testing.TestTarget;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain JDBC on a test's database, for checking what Junction wrote (or writing behind its back). Statements are
 * written with {@code {name}} placeholders for identifiers, which are quoted by the database's dialect.
 */
final class RawSql {
    private final TestTarget target;
    private final Junction db;

    RawSql(TestTarget target, Junction db) {
        this.target = target;
        this.db = db;
    }

    /** {@code sql} with every {@code {identifier}} quoted for this database. */
    String sql(String template) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            if (open < 0) {
                out.append(template, i, template.length());
                break;
            }
            int close = template.indexOf('}', open);
            out.append(template, i, open).append(db.dialect().quote(template.substring(open + 1, close)));
            i = close + 1;
        }
        return out.toString();
    }

    /** Runs an update with bound values; returns the affected row count. */
    int execute(String template, Object... values) throws SQLException {
        try (Connection c = target.jdbc(); PreparedStatement s = c.prepareStatement(sql(template))) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            return s.executeUpdate();
        }
    }

    /** The first column of every row the query returns, as the driver gives it. */
    List<Object> column(String template, Object... values) throws SQLException {
        try (Connection c = target.jdbc(); PreparedStatement s = c.prepareStatement(sql(template))) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            List<Object> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getObject(1));
                }
            }
            return out;
        }
    }

    /** The single value the query returns, as a string (or {@code null}). */
    String string(String template, Object... values) throws SQLException {
        List<Object> rows = column(template, values);
        if (rows.size() != 1) {
            throw new AssertionError("expected one row from " + template + ", got " + rows.size());
        }
        return rows.get(0) == null ? null : rows.get(0).toString();
    }

    /** How many rows the table has. */
    long count(String table) throws SQLException {
        return Long.parseLong(string("SELECT COUNT(*) FROM {" + table + "}"));
    }
}
