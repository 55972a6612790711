package dev.junction.internal.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the parameter markers of a statement — {@code ?} and {@code :name} — outside what may hold the same
 * characters as text: string literals ({@code '…'}, with {@code ''} and, on MariaDB and in PostgreSQL's
 * {@code E'…'}, backslash escapes; on MariaDB also {@code "…"}, a string there unless {@code ANSI_QUOTES}), quoted
 * identifiers ({@code "…"}, and {@code `…`} except on PostgreSQL), comments ({@code --} to the end of the line,
 * MariaDB's {@code #}, and {@code /* … *}{@code /}, nested on PostgreSQL) and PostgreSQL's dollar-quoted strings
 * ({@code $$…$$}, {@code $tag$…$tag$}, the tag an identifier: {@code $t1$}; {@code $1} is no tag). PostgreSQL's
 * {@code ::type} cast and its {@code ??} (the JDBC escape of a {@code ?} operator) are no markers. An unterminated
 * literal runs to the end, where the database will report it. Stateless.
 */
final class PlaceholderScanner {
    /** The flavour of SQL to read. */
    enum Flavour { STANDARD, POSTGRES, MARIADB }

    /** A marker at {@code [start, end)}: {@code name} for {@code :name}, {@code null} for {@code ?}. */
    record Marker(int start, int end, String name) {
    }

    private final String sql;
    private final Flavour flavour;
    private final List<Marker> markers = new ArrayList<>();
    private int i;

    private PlaceholderScanner(String sql, Flavour flavour) {
        this.sql = sql;
        this.flavour = flavour;
    }

    /** The markers of {@code sql}, in order. */
    static List<Marker> scan(String sql, Flavour flavour) {
        PlaceholderScanner scanner = new PlaceholderScanner(sql, flavour);
        scanner.run();
        return scanner.markers;
    }

    private void run() {
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            char next = i + 1 < n ? sql.charAt(i + 1) : '\0';
            if (c == '\'') {
                skipQuoted('\'', flavour == Flavour.MARIADB);
            } else if ((c == 'E' || c == 'e') && next == '\'' && flavour == Flavour.POSTGRES && !identifierBefore()) {
                i++;
                skipQuoted('\'', true);
            } else if (c == '"') {
                skipQuoted('"', flavour == Flavour.MARIADB);
            } else if (c == '`' && flavour != Flavour.POSTGRES) {
                skipQuoted('`', false);
            } else if (c == '-' && next == '-' && lineCommentStarts()) {
                skipLine();
            } else if (c == '#' && flavour == Flavour.MARIADB) {
                skipLine();
            } else if (c == '/' && next == '*') {
                skipBlockComment();
            } else if (c == '$' && flavour == Flavour.POSTGRES && !identifierBefore()) {
                skipDollarQuoted();
            } else if (c == ':') {
                colon(next);
            } else if (c == '?') {
                if (next == '?' && flavour == Flavour.POSTGRES) {
                    i += 2;
                } else {
                    markers.add(new Marker(i, i + 1, null));
                    i++;
                }
            } else {
                i++;
            }
        }
    }

    private void colon(char next) {
        if (next == ':') {
            while (i < sql.length() && sql.charAt(i) == ':') i++; // a cast, x::text
            return;
        }
        if (!isIdentifierStart(next)) {
            i++; // MariaDB's :=, a time in a literal we did not see, …
            return;
        }
        int end = i + 1;
        while (end < sql.length() && isIdentifierPart(sql.charAt(end))) end++;
        markers.add(new Marker(i, end, sql.substring(i + 1, end)));
        i = end;
    }

    /** MariaDB needs a space (or control character) after {@code --}: {@code 1--1} is arithmetic there. */
    private boolean lineCommentStarts() {
        if (flavour != Flavour.MARIADB) return true;
        return i + 2 >= sql.length() || sql.charAt(i + 2) <= ' ';
    }

    private void skipQuoted(char quote, boolean backslashEscapes) {
        int n = sql.length();
        i++;
        while (i < n) {
            char c = sql.charAt(i);
            if (backslashEscapes && c == '\\') {
                i += 2;
            } else if (c == quote) {
                if (i + 1 < n && sql.charAt(i + 1) == quote) {
                    i += 2; // a doubled quote stands for itself
                } else {
                    i++;
                    return;
                }
            } else {
                i++;
            }
        }
    }

    private void skipLine() {
        while (i < sql.length() && sql.charAt(i) != '\n') i++;
    }

    private void skipBlockComment() {
        int depth = 0;
        int n = sql.length();
        while (i < n) {
            if (sql.startsWith("/*", i)) {
                depth = flavour == Flavour.POSTGRES ? depth + 1 : 1;
                i += 2;
            } else if (sql.startsWith("*/", i)) {
                i += 2;
                if (--depth == 0) return;
            } else {
                i++;
            }
        }
    }

    /** {@code $$…$$} or {@code $tag$…$tag$}; a lone {@code $} (or {@code $1}) is passed over. */
    private void skipDollarQuoted() {
        int end = i + 1;
        if (end < sql.length() && isIdentifierStart(sql.charAt(end))) {
            while (end < sql.length() && isIdentifierPart(sql.charAt(end))) end++;
        }
        if (end >= sql.length() || sql.charAt(end) != '$') {
            i++;
            return;
        }
        String tag = sql.substring(i, end + 1);
        int close = sql.indexOf(tag, end + 1);
        i = close < 0 ? sql.length() : close + tag.length();
    }

    private boolean identifierBefore() {
        return i > 0 && isIdentifierPart(sql.charAt(i - 1));
    }

    private static boolean isIdentifierStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    private static boolean isIdentifierPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
