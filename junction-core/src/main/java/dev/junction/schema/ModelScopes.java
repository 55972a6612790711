package dev.junction.schema;

import dev.junction.query.Query;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A model's scopes as declared with {@link ModelSpec#defaultScope(Query)} and {@link ModelSpec#scope(String, Query)}:
 * the default scope, applied to every read of the model, and the named ones a handle selects with
 * {@code Model.scoped(…)}. Immutable.
 *
 * @param defaultScope the default scope, or {@code null} when the model has none
 * @param named        the named scopes, in declaration order
 */
public record ModelScopes(Query defaultScope, Map<String, Query> named) {
    private static final ModelScopes NONE = new ModelScopes(null, Map.of());

    public ModelScopes {
        named = named == null || named.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(named));
    }

    /** No scopes at all. */
    public static ModelScopes none() {
        return NONE;
    }

    /** Whether the model declares no scope. */
    public boolean isEmpty() {
        return defaultScope == null && named.isEmpty();
    }
}
