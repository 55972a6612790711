package dev.junction.cli.internal;

import dev.junction.seed.SeedProgress;
import java.io.PrintWriter;

/**
 * Seeding progress as plain lines, for output that is not a terminal (a log, a pipe, CI): for a file of at least
 * {@link #FROM_ROWS} rows, one when it starts, then one per tenth of its rows at most, and one at the end; nothing for
 * smaller files, which are done before a line would help. Not thread-safe.
 */
final class ProgressLines implements SeedProgress {
    /** The smallest file whose progress is printed. */
    static final long FROM_ROWS = 500;

    private final PrintWriter out;
    private boolean shown;
    private String file;
    private long rows;
    private long lastTenth;

    ProgressLines(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void started(String file, String action, long rows) {
        this.file = file;
        this.rows = rows;
        this.lastTenth = 0;
        this.shown = rows >= FROM_ROWS;
        if (!shown) return;
        out.println(file + ": " + (action.equals("undo") ? "undoing " : "applying ") + rows + " row(s)");
        out.flush();
    }

    @Override
    public void advanced(long done) {
        if (!shown) return;
        long tenth = rows == 0 ? 10 : done * 10 / rows;
        if (tenth == lastTenth && done < rows) return;
        lastTenth = tenth;
        out.println(file + ": " + done + "/" + rows + " row(s)");
        out.flush();
    }
}
