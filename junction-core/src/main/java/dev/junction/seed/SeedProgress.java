package dev.junction.seed;

/**
 * Hears how far a {@link Seeder} has come with one file, to show progress (the {@code junction} command draws a
 * bar on a terminal, plain lines otherwise). Called on the seeding thread; the default methods do nothing.
 */
public interface SeedProgress {
    /** Progress nobody listens to. */
    SeedProgress NONE = new SeedProgress() { };

    /** Work on {@code file} begins: {@code action} is {@code "apply"} or {@code "undo"}, of {@code rows} rows. */
    default void started(String file, String action, long rows) {
    }

    /** {@code done} of the file's rows are written (or deleted) so far. */
    default void advanced(long done) {
    }

    /** Work on the current file has ended, successfully or not. */
    default void finished() {
    }
}
