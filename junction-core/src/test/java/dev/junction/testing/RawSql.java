package dev.junction.testing;

import dev.junction.Junction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain JDBC on a test's database, for checking what Junction wrote (or writing behind its back). Statements are
 * written with {@code {name}} placeholders for identifiers, which are quoted by the database's dialect; values are
 * bound.
 */
public final class RawSql {
    private final TestTarget target;
    private final Junction db;

    public RawSql(TestTarget target, Junction db) {
        this.target = target;
        this.db = db;
    }

    /** {@code template} with every {@code {identifier}} quoted for this database. */
    public String sql(String template) {
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

    /** Runs statements as written (no placeholders, no quoting), in order. */
    public void script(String... statements) throws SQLException {
        try (Connection c = target.jdbc(); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }

    /** Runs an update with bound values; returns the affected row count. */
    public int execute(String template, Object... values) throws SQLException {
        try (Connection c = target.jdbc(); PreparedStatement s = prepare(c, template, values)) {
            return s.executeUpdate();
        }
    }

    /** The first column of every row the query returns, as the driver gives it. */
    public List<Object> column(String template, Object... values) throws SQLException {
        List<Object> out = new ArrayList<>();
        query(template, values, rs -> out.add(rs.getObject(1)));
        return out;
    }

    /** The single value the query returns, as a string (or {@code null}). */
    public String string(String template, Object... values) throws SQLException {
        List<Object> rows = column(template, values);
        if (rows.size() != 1) {
            throw new AssertionError("expected one row from " + template + ", got " + rows.size());
        }
        return rows.get(0) == null ? null : rows.get(0).toString();
    }

    /** Every row the query returns, each as its columns' values rendered by {@link #text}, joined with "|". */
    public List<String> rows(String template, Object... values) throws SQLException {
        List<String> out = new ArrayList<>();
        query(template, values, rs -> {
            int columns = rs.getMetaData().getColumnCount();
            StringBuilder row = new StringBuilder();
            for (int n = 1; n <= columns; n++) {
                row.append(n == 1 ? "" : "|").append(text(rs.getObject(n)));
            }
            out.add(row.toString());
        });
        return out;
    }

    /** The first column of every row the query returns, as longs. */
    public List<Long> longs(String template, Object... values) throws SQLException {
        return rows(template, values).stream().map(Long::parseLong).toList();
    }

    /** How many rows the table has. */
    public long count(String table) throws SQLException {
        return longs("SELECT COUNT(*) FROM {" + table + "}").get(0);
    }

    private interface RowHandler {
        void handle(ResultSet rs) throws SQLException;
    }

    private void query(String template, Object[] values, RowHandler handler) throws SQLException {
        try (Connection c = target.jdbc(); PreparedStatement s = prepare(c, template, values);
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) handler.handle(rs);
        }
    }

    private PreparedStatement prepare(Connection c, String template, Object[] values) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql(template));
        for (int i = 0; i < values.length; i++) {
            s.setObject(i + 1, values[i]);
        }
        return s;
    }

    /** A value as text; integral numbers of any width print alike, so rows compare across drivers. */
    private static String text(Object value) {
        if (value == null) return "null";
        if (value instanceof Number n && !(value instanceof Double || value instanceof Float
                || value instanceof java.math.BigDecimal)) {
            return Long.toString(n.longValue());
        }
        return value.toString();
    }
}
