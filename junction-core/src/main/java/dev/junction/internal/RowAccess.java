package dev.junction.internal;

import dev.junction.Row;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * Lets the loader make a {@link Row} in its compact form (names shared by every join row of an include, one value
 * array per row) without a public constructor: {@code Row} registers the factory when its class is initialised —
 * the JDK's "shared secrets" pattern, as {@link RuntimeAccess}. Thread-safe.
 */
public final class RowAccess {
    private static volatile BiFunction<String[], Object[], Row> factory;

    static {
        try {
            Class.forName(Row.class.getName(), true, RowAccess.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private RowAccess() {
    }

    /** Called once, by {@code Row}'s static initialiser. */
    public static synchronized void register(BiFunction<String[], Object[], Row> make) {
        if (factory != null) throw new IllegalStateException("The row factory is already registered");
        factory = Objects.requireNonNull(make, "make");
    }

    /**
     * A row over {@code names} and {@code values}, in the same order; neither is copied nor ever written by the row,
     * which turns into an ordinary map of its own on its first write or iteration (so the caller may hand the same
     * arrays to many rows, and must not change them).
     */
    public static Row compact(String[] names, Object[] values) {
        return factory.apply(names, values);
    }
}
