package dev.junction.migration.internal.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * The text of one migration file as it is rendered: statements, each ending with {@code ;} on its last line, and
 * {@code --} comments. A statement that would lose data and was not allowed to is written commented out, after a
 * {@code -- WARNING} line saying what it loses and how to allow it.
 */
public final class MigrationScript {
    private final List<String> lines = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final boolean allowDataLoss;
    private int statements;
    private boolean commentingOut;

    /** @param allowDataLoss whether data-losing statements are written as statements */
    public MigrationScript(boolean allowDataLoss) {
        this.allowDataLoss = allowDataLoss;
    }

    /** Adds a statement (commented out, every line, inside {@link #commentedOut}). */
    public void statement(String sql) {
        if (commentingOut) {
            lines.add("-- " + (sql + ";").replace("\n", "\n-- "));
            return;
        }
        lines.add(sql + ";");
        statements++;
    }

    /** Writes the statements {@code statements} adds commented out, after a {@code -- NOTE} line saying why. */
    public void commentedOut(String why, Runnable statements) {
        lines.add("-- NOTE: " + why);
        boolean outer = commentingOut;
        commentingOut = true;
        try {
            statements.run();
        } finally {
            commentingOut = outer;
        }
    }

    /** Adds a comment line. */
    public void comment(String text) {
        lines.add("-- " + text);
    }

    /**
     * Adds a statement that loses data: as a statement when allowed, else commented out after a warning naming
     * {@code what} (table or column) that is also reported in {@link #warnings()}.
     */
    public void lossy(String what, String sql) {
        if (allowDataLoss) {
            statement(sql);
            return;
        }
        String warning = what + " loses data; left commented out: pass --allow-data-loss"
                + " (GenerateOptions.allowDataLoss(true)) to write it";
        warnings.add(warning);
        lines.add("-- WARNING: " + warning);
        lines.add("-- " + (sql + ";").replace("\n", "\n-- ")); // every line, a literal's too: no line runs alone
    }

    /**
     * Reports a data-losing change that was left out (not written even commented, as it is no single statement):
     * a warning line in the file and in {@link #warnings()}.
     */
    public void withheld(String what) {
        String warning = what + " loses data; left out: pass --allow-data-loss (GenerateOptions.allowDataLoss(true))"
                + " to write it";
        warnings.add(warning);
        lines.add("-- WARNING: " + warning);
    }

    /** Reports something the migration does not do on this database: a warning line and {@link #warnings()}. */
    public void note(String warning) {
        warnings.add(warning);
        lines.add("-- WARNING: " + warning);
    }

    /** Whether data-losing statements are written as statements. */
    public boolean allowsDataLoss() {
        return allowDataLoss;
    }

    /** Warnings about statements left commented out. */
    public List<String> warnings() {
        return warnings;
    }

    /** Whether any statement was written (comments aside). */
    public boolean hasStatements() {
        return statements > 0;
    }

    /** The file's text. */
    public String text() {
        return String.join("\n", lines) + "\n";
    }
}
