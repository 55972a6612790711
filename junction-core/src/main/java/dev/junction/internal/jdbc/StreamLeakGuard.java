package dev.junction.internal.jdbc;

import java.lang.ref.Cleaner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives back the connection of a stream that was dropped unclosed and part-read ({@code stream.findFirst()} without
 * try-with-resources) once the garbage collector finds it, and warns on the logger {@code dev.junction.stream}
 * with the stack trace of the call that opened it. Until then the connection stays taken: only closing the stream,
 * or {@code Model.forEach} and {@code Model.withStream}, give it back at once. Thread-safe.
 */
final class StreamLeakGuard {
    private static final Logger LOG = LoggerFactory.getLogger("dev.junction.stream");
    private static final Cleaner CLEANER = Cleaner.create();

    private StreamLeakGuard() {
    }

    /**
     * Watches a stream's {@code reader}: {@code release} runs if the reader is collected before it ran. Clean the
     * returned watch when {@code release} runs otherwise, so that nothing it holds outlives the stream.
     */
    static Cleaner.Cleanable watch(Object reader, Release release) {
        OpenedAt openedAt = new OpenedAt();
        return CLEANER.register(reader, () -> {
            if (release.isDone()) return;
            LOG.warn("A stream was dropped without being read to the end or closed; its connection is given back"
                    + " now. Close streams (try-with-resources), or use Model.forEach or Model.withStream", openedAt);
            release.run();
        });
    }

    /** What a stream holds, given back once. */
    interface Release extends Runnable {
        boolean isDone();
    }

    /** Where the stream was opened: the stack trace the warning shows. */
    private static final class OpenedAt extends Exception {
        private static final long serialVersionUID = 1L;

        OpenedAt() {
            super("The stream was opened here");
        }
    }
}
