package dev.junction.internal;

import dev.junction.Junction;
import java.util.Objects;
import java.util.function.Function;

/**
 * Hands Junction's own packages (seeds, tools) the runtime behind a {@link Junction} without a public method on
 * it: {@code Junction} registers the accessor when its class is initialised — the JDK's "shared secrets" pattern.
 * Thread-safe.
 */
public final class RuntimeAccess {
    private static volatile Function<Junction, Runtime> accessor;

    private RuntimeAccess() {
    }

    /** Called once, by {@code Junction}'s static initialiser. */
    public static synchronized void register(Function<Junction, Runtime> access) {
        if (accessor != null) throw new IllegalStateException("The runtime accessor is already registered");
        accessor = Objects.requireNonNull(access, "access");
    }

    /** The runtime of an open {@code Junction}. */
    public static Runtime of(Junction db) {
        // An instance exists, so Junction's class, and with it the accessor, is initialised.
        return accessor.apply(Objects.requireNonNull(db, "db"));
    }
}
