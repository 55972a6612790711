package dev.junction.internal.mapping;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Equality of attribute values as the database compares them, where Java's own differs: a {@code byte[]} by its
 * content (Java compares arrays by identity, and every read gives a new array), a {@link BigDecimal} by its numeric
 * value ({@code 7} and {@code 7.00}, as a column of scale 2 gives it back). Keys and values put in hash maps and sets
 * (links by target key, parents by key, natural keys) go through {@link #key}.
 */
public final class ValueEquality {
    private ValueEquality() {
    }

    /**
     * {@code value} itself, or a stand-in whose {@code equals} and {@code hashCode} agree with {@link #same}: for use
     * as a hash key only — bind and return the value, never the stand-in.
     */
    public static Object key(Object value) {
        if (value instanceof byte[] bytes) return ByteBuffer.wrap(bytes);
        if (value instanceof BigDecimal decimal) return decimal.stripTrailingZeros();
        return value;
    }

    /** {@code values} without repeats as the database compares them, in the order given (the first of each kept). */
    public static <T> List<T> distinct(Collection<T> values) {
        Map<Object, T> byKey = new LinkedHashMap<>();
        for (T value : values) byKey.putIfAbsent(key(value), value);
        return new ArrayList<>(byKey.values());
    }

    /** Whether two values are equal as the database compares them. */
    public static boolean same(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) return x.compareTo(y) == 0;
        if (a instanceof byte[] x && b instanceof byte[] y) return Arrays.equals(x, y);
        return Objects.equals(a, b);
    }
}
