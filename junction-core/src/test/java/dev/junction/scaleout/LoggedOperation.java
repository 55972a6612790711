package dev.junction.scaleout;

import java.util.List;

/**
 * One link operation of a concurrency run as its thread logged it: on which owner, what it did with which targets,
 * when it started and ended ({@link System#nanoTime}, taken just before the call and just after it returned or
 * threw), and whether it committed (returned) or failed (threw {@code failure}).
 *
 * @param thread   the worker that ran it
 * @param owner    the owner's key
 * @param kind     add, set or remove
 * @param targets  the targets' keys: one for add and remove, the whole group for set
 * @param start    nanoTime just before the call
 * @param end      nanoTime just after it returned or threw
 * @param failure  what it threw, or {@code null} when it committed
 * @param attempts how many times the database saw it start (more than one: Junction retried it); 0 when not counted
 */
record LoggedOperation(int thread, long owner, Kind kind, List<Long> targets, long start, long end, Throwable failure,
                       int attempts) {
    /** What an operation did. */
    enum Kind { ADD, SET, REMOVE }

    LoggedOperation {
        targets = List.copyOf(targets);
        if (end < start) throw new IllegalArgumentException("operation ends before it starts: " + start + " > " + end);
        if (kind != Kind.SET && targets.size() != 1) {
            throw new IllegalArgumentException(kind + " takes one target, got " + targets);
        }
    }

    boolean committed() {
        return failure == null;
    }

    /** True when this one ended before {@code other} started: every linearisation puts it first. */
    boolean certainlyBefore(LoggedOperation other) {
        return end < other.start;
    }

    @Override
    public String toString() {
        return "thread " + thread + " " + kind.name().toLowerCase(java.util.Locale.ROOT) + " " + targets + " of owner "
                + owner + " [" + start + ", " + end + "] " + (failure == null ? "committed"
                : "failed: " + failure.getClass().getSimpleName() + ": " + failure.getMessage());
    }
}
