package dev.junction.migration.internal;

/**
 * One statement of a migration file.
 *
 * @param number its position in the file, from 1
 * @param line   the file line it starts on, from 1
 * @param sql    its text, without the terminating {@code ;}
 */
public record SqlStatement(int number, int line, String sql) {
    /** {@code statement 2 (line 7): CREATE TABLE …}, the statement shortened to one line. */
    public String describe() {
        String oneLine = sql.replaceAll("\\s+", " ").trim();
        if (oneLine.length() > 200) oneLine = oneLine.substring(0, 197) + "...";
        return "statement " + number + " (line " + line + "): " + oneLine;
    }
}
