package dev.junction.internal.sql;

/**
 * Tells a raw query that only reads — it begins with {@code SELECT}, past leading comments, blanks and parentheses —
 * from one that may write ({@code INSERT … RETURNING}, {@code WITH … DELETE}, a {@code SELECT … FOR UPDATE}): only
 * the first may go to a read replica (Sequelize's {@code QueryTypes.SELECT}). A {@code SELECT} calling a function that
 * writes ({@code nextval}) cannot be told apart: it needs {@code Junction.usePrimary}. Stateless.
 */
final class SelectStatement {
    private SelectStatement() {
    }

    /** Whether {@code sql} is a {@code SELECT} without a row lock. */
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
        String lower = sql.toLowerCase(java.util.Locale.ROOT);
        return !lower.contains(" for update") && !lower.contains(" for share") && !lower.contains(" for no key update")
                && !lower.contains(" for key share") && !lower.contains("lock in share mode");
    }
}
