package dev.junction.migration.internal.run;

import java.util.regex.Pattern;

/**
 * One statement of a migration file.
 *
 * @param number its position in the file, from 1
 * @param line   the file line it starts on, from 1
 * @param sql    its text, without the terminating {@code ;}
 */
public record SqlStatement(int number, int line, String sql) {
    /**
     * Statements that begin, end or switch off a transaction: {@code BEGIN}, {@code START TRANSACTION},
     * {@code COMMIT}, {@code END}, {@code ROLLBACK} (not {@code ROLLBACK TO} a savepoint), {@code ABORT},
     * {@code PREPARE TRANSACTION}, {@code SET autocommit}.
     */
    private static final Pattern TRANSACTION_CONTROL = Pattern.compile("(?is)(begin|start\\s+transaction|commit|end"
            + "|abort|rollback(?!\\s+((transaction|work)\\s+)?to\\b)|prepare\\s+transaction"
            + "|set\\s+(@@(session\\.)?)?autocommit)\\b.*");

    /** Whether it begins, ends or switches off a transaction — the migrator's to manage, not a file's. */
    public boolean controlsTransaction() {
        return TRANSACTION_CONTROL.matcher(sql).matches();
    }

    /** {@code statement 2 (line 7): CREATE TABLE …}, the statement shortened to one line. */
    public String describe() {
        String oneLine = sql.replaceAll("\\s+", " ").trim();
        if (oneLine.length() > 200) oneLine = oneLine.substring(0, 197) + "...";
        return "statement " + number + " (line " + line + "): " + oneLine;
    }
}
