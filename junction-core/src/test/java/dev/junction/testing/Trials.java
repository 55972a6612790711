package dev.junction.testing;

/** Runs a test body several times, each on a fresh database of the same backend: for races that show only sometimes. */
public final class Trials {
    /** One trial's body. */
    @FunctionalInterface
    public interface Body {
        void run(TestTarget target) throws Exception;
    }

    private Trials() {
    }

    /** Runs {@code body} {@code count} times: on {@code first}, then on fresh databases of its backend. */
    public static void run(TestTarget first, int count, Body body) throws Exception {
        for (int trial = 0; trial < count; trial++) {
            try (TestTarget target = trial == 0 ? first : new TestTarget(first.backend())) {
                body.run(target);
            }
        }
    }
}
