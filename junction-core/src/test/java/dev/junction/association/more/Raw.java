package dev.junction.association.more;

import dev.junction.Junction;
import dev.junction.testing.TestTarget;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain JDBC on a test's database, for checking what Junction wrote (or writing behind its back). Identifiers in
 * templates are written {@code {name}} and quoted by the database's dialect.
 */
final class Raw {
    private final TestTarget target;
    private final Junction db;

    Raw(TestTarget target, Junction db) {
        this.target = target;
        this.db = db;
    }

    /** {@code template} with every {@code {identifier}} quoted for this database. */
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

    /** Runs statements as written (no placeholders, no quoting), in order. */
    void script(String... statements) throws SQLException {
        try (Connection c = target.jdbc(); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }

    /** Every row the query returns, each as its columns' values rendered by {@link #text}, joined with "|". */
    List<String> rows(String template, Object... values) throws SQLException {
        try (Connection c = target.jdbc(); PreparedStatement s = c.prepareStatement(sql(template))) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            List<String> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int n = 1; n <= columns; n++) {
                        row.append(n == 1 ? "" : "|").append(text(rs.getObject(n)));
                    }
                    out.add(row.toString());
                }
            }
            return out;
        }
    }

    /** The first column of every row the query returns, as longs. */
    List<Long> longs(String template, Object... values) throws SQLException {
        return rows(template, values).stream().map(Long::parseLong).toList();
    }

    /** How many rows the table has. */
    long count(String table) throws SQLException {
        return longs("SELECT COUNT(*) FROM {" + table + "}").get(0);
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
