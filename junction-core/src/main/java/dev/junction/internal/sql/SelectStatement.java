package dev.junction.internal.sql;

import java.util.regex.Pattern;

/**
 * Tells a raw query that only reads — it begins with {@code SELECT}, past leading comments, blanks and parentheses —
 * from one that may write ({@code INSERT … RETURNING}, {@code WITH … DELETE}, a {@code SELECT … FOR UPDATE} or
 * {@code SELECT … INTO}): only
 * the first may go to a read replica (Sequelize's {@code QueryTypes.SELECT}). A {@code SELECT} calling a function that
 * writes ({@code nextval}) cannot be told apart: it needs {@code Junction.usePrimary}. Stateless.
 */
final class SelectStatement {
    private SelectStatement() {
    }

    /** Whether {@code sql} is a {@code SELECT} without a row lock or an {@code INTO}. */
    static boolean readsOnly(String sql) {
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c) || c == '(') {
                i++;
            } else if (sql.startsWith("--", i)) {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? n : end + 1;
            } else if (sql.startsWith("/*", i)) {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else {
                break;
            }
        }
        if (!sql.regionMatches(true, i, "select", 0, 6)) return false;
        if (i + 6 < n && Character.isJavaIdentifierPart(sql.charAt(i + 6))) return false;
        return !WRITES.matcher(sql).find();
    }

    /**
     * A row lock ({@code FOR UPDATE}, {@code FOR SHARE}, {@code FOR NO KEY UPDATE}, {@code FOR KEY SHARE},
     * {@code LOCK IN SHARE MODE}, whatever the blanks between the words) or an {@code INTO} ({@code SELECT … INTO}
     * a new table or variables, {@code INTO OUTFILE}): the statement writes, or must run where writes do.
     */
    private static final Pattern WRITES = Pattern.compile(
            "\\bfor\\s+(update|share|no\\s+key\\s+update|key\\s+share)\\b|\\block\\s+in\\s+share\\s+mode\\b|\\binto\\b",
            Pattern.CASE_INSENSITIVE);
}
