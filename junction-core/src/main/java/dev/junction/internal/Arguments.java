package dev.junction.internal;

import dev.junction.DefinitionException;
import dev.junction.ValidationException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Null checks of public methods' arguments that fail with Junction's typed errors, naming the call and the
 * parameter, instead of a bare {@code NullPointerException}: a {@link ValidationException} for a value given to an
 * operation, a {@link DefinitionException} for a declaration (models, attributes, associations). Stateless.
 */
public final class Arguments {
    private Arguments() {
    }

    /** {@code value}, or a {@link ValidationException}: {@code "Where.eq: attribute must not be null"}. */
    public static <V> V given(V value, String call, String parameter) {
        if (value == null) throw new ValidationException(null, null, message(call, parameter));
        return value;
    }

    /** {@code value}, or a {@link DefinitionException} naming the call and the parameter. */
    public static <V> V declared(V value, String call, String parameter) {
        if (value == null) throw new DefinitionException(message(call, parameter));
        return value;
    }

    /** The elements of a varargs argument, each checked like {@link #given}; none for a null array. */
    @SafeVarargs
    public static <V> List<V> each(String call, String parameter, V... values) {
        if (values == null) return List.of();
        List<V> out = new ArrayList<>(values.length);
        for (V value : values) out.add(given(value, call, parameter));
        return out;
    }

    /** A copy of a collection argument, each element checked like {@link #given}; empty for null. */
    public static <V> List<V> each(String call, String parameter, Collection<? extends V> values) {
        if (values == null) return List.of();
        for (V value : values) given(value, call, parameter);
        return List.copyOf(values);
    }

    /** An immutable copy of a list component of a value record; empty for null (null means none). */
    public static <V> List<V> listOrEmpty(Collection<? extends V> values) {
        return values == null ? List.of() : List.copyOf(values);
    }

    private static String message(String call, String parameter) {
        return call + ": " + parameter + " must not be null";
    }
}
