package dev.junction.cli.internal;

import dev.junction.seed.SeedProgress;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/** Seeding progress as a bar redrawn in place on the terminal (standard error), one per file. Not thread-safe. */
final class ProgressBarDisplay implements SeedProgress {
    private ProgressBar bar;

    @Override
    public void started(String file, String action, long rows) {
        bar = new ProgressBarBuilder().setTaskName((action.equals("undo") ? "undo " : "") + file)
                .setInitialMax(rows).setUnit(" rows", 1).setUpdateIntervalMillis(100).build();
    }

    @Override
    public void advanced(long done) {
        if (bar != null) bar.stepTo(done);
    }

    @Override
    public void finished() {
        if (bar != null) bar.close();
        bar = null;
    }
}
