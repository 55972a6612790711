package dev.junction.migration.internal.run;

import dev.junction.migration.MigrationException;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a migration file into statements at each {@code ;} that is outside a string, a quoted identifier and a
 * comment: single quotes (with {@code ''} inside), double quotes, MariaDB backticks, {@code --} and
 * {@code /* *}{@code /} comments, PostgreSQL dollar quoting ({@code $$ … $$}, {@code $tag$ … $tag$}) and escape
 * strings ({@code E'it\'s'}); on MariaDB/MySQL also backslash escapes in every string ({@code 'it\'s'}), which that
 * server reads by default, {@code #} comments, and {@code --} as a comment only before a blank. A piece holding
 * only comments and blanks (a statement left commented out) is no statement. Leading comments of a statement are
 * dropped; comments inside it are kept. Stateless; thread-safe.
 */
public final class SqlSplitter {
    private SqlSplitter() {
    }

    /**
     * The statements of {@code text}, read from {@code file} (named in errors).
     *
     * @throws MigrationException naming the file and line where a quote, quoted identifier, comment or dollar quote
     *                            opened and never closed
     */
    public static List<SqlStatement> split(String file, String text) {
        return split(file, text, false);
    }

    /**
     * Like {@link #split(String, String)}; {@code mariaDb}: as MariaDB/MySQL read SQL, where a {@code \} in a string
     * escapes the next character and {@code #} starts a comment to the end of the line.
     */
    public static List<SqlStatement> split(String file, String text, boolean mariaDb) {
        return new Scan(file, text, mariaDb).statements();
    }

    private static final class Scan {
        private final String file;
        private final String text;
        private final boolean mariaDb;
        private final List<SqlStatement> out = new ArrayList<>();
        private int line = 1;
        private int start = -1;
        private int startLine;

        Scan(String file, String text, boolean mariaDb) {
            this.file = file;
            this.text = text;
            this.mariaDb = mariaDb;
        }

        List<SqlStatement> statements() {
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
                if (c == '-' && next == '-' && lineCommentDashes(i) || c == '#' && mariaDb) {
                    i = skipLineComment(i);
                } else if (c == '/' && next == '*') {
                    i = skipPast(i, i + 2, "*/", "comment /*");
                } else if (c == ';') {
                    finish(i);
                    i++;
                } else if (Character.isWhitespace(c)) {
                    if (c == '\n') line++;
                    i++;
                } else {
                    begin(i);
                    i = skipToken(i, c);
                }
            }
            finish(text.length());
            return out;
        }

        private int skipToken(int i, char c) {
            return switch (c) {
                case '\'' -> skipQuoted(i, '\'', "string '", mariaDb || escapeString(i));
                case '"' -> skipQuoted(i, '"', "quoted identifier \"", mariaDb);
                case '`' -> skipQuoted(i, '`', "quoted identifier `", false);
                case '$' -> skipDollar(i);
                default -> i + 1;
            };
        }

        /** MariaDB/MySQL read {@code --} as a comment only before a blank or control character: {@code 1--1} is 2. */
        private boolean lineCommentDashes(int dashes) {
            return !mariaDb || dashes + 2 >= text.length() || text.charAt(dashes + 2) <= ' ';
        }

        /** PostgreSQL's {@code E'it\'s'}: a string whose backslashes escape, whatever the database's default. */
        private boolean escapeString(int quote) {
            if (quote == 0 || Character.toUpperCase(text.charAt(quote - 1)) != 'E') return false;
            return quote == 1 || !isTagChar(text.charAt(quote - 2));
        }

        /** A quote ends at its closing character; a doubled ({@code ''}) or escaped ({@code \'}) one is in it. */
        private int skipQuoted(int open, char quote, String what, boolean backslashes) {
            int openLine = line;
            int i = open + 1;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (c == '\n') line++;
                if (c == '\\' && backslashes && i + 1 < text.length()) {
                    if (text.charAt(i + 1) == '\n') line++;
                    i += 2;
                    continue;
                }
                if (c == quote) {
                    if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
                        i += 2;
                        continue;
                    }
                    return i + 1;
                }
                i++;
            }
            throw unterminated(what, openLine);
        }

        /** {@code $tag$ … $tag$}; a {@code $} that opens no such quote ({@code $1}, {@code a$b}) is a plain character. */
        private int skipDollar(int open) {
            if (open > 0 && isTagChar(text.charAt(open - 1))) return open + 1;
            int end = open + 1;
            while (end < text.length() && isTagChar(text.charAt(end))) end++;
            if (end >= text.length() || text.charAt(end) != '$') return open + 1;
            if (end > open + 1 && Character.isDigit(text.charAt(open + 1))) return open + 1;
            String tag = text.substring(open, end + 1);
            return skipPast(open, end + 1, tag, "dollar quote " + tag);
        }

        private static boolean isTagChar(char c) {
            return Character.isLetterOrDigit(c) || c == '_';
        }

        private int skipLineComment(int i) {
            int end = text.indexOf('\n', i);
            return end < 0 ? text.length() : end;
        }

        /** Skips from {@code from} past the next {@code close}, counting lines. */
        private int skipPast(int open, int from, String close, String what) {
            int end = text.indexOf(close, from);
            if (end < 0) throw unterminated(what, line);
            countLines(open, end + close.length());
            return end + close.length();
        }

        private void countLines(int from, int to) {
            for (int i = from; i < to; i++) {
                if (text.charAt(i) == '\n') line++;
            }
        }

        private void begin(int i) {
            if (start >= 0) return;
            start = i;
            startLine = line;
        }

        private void finish(int end) {
            if (start < 0) return;
            String sql = text.substring(start, end).strip();
            out.add(new SqlStatement(out.size() + 1, startLine, sql));
            start = -1;
        }

        private MigrationException unterminated(String what, int openedAt) {
            return new MigrationException(file + " line " + openedAt + ": the " + what + " opened there is never"
                    + " closed, so the statements after it cannot be told apart; close it");
        }
    }
}
