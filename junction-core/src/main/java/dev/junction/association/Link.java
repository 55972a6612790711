package dev.junction.association;

import dev.junction.ValidationException;
import dev.junction.internal.Arguments;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A target to link together with values for the join row, for {@code add}, {@code set} and {@code create}
 * of a {@link BelongsToMany}: {@code favorites.add(alice, Link.of(dune, Map.of("rating", 5)))}.
 *
 * @param target  a target instance or its key
 * @param through values of the join model's own attributes (null: none)
 */
public record Link(Object target, Map<String, ?> through) {
    public Link {
        Arguments.given(target, "Link.of", "target");
        // A join value may be null (a rating not given); a null attribute name is refused by name.
        Map<String, Object> copy = new LinkedHashMap<>();
        if (through != null) through.forEach(copy::put);
        if (copy.containsKey(null)) {
            throw new ValidationException(null, null, "Link.of: an attribute name of the join values is null");
        }
        through = Collections.unmodifiableMap(copy);
    }

    /** {@code target} with {@code through} as the values of its join row. */
    public static Link of(Object target, Map<String, ?> through) {
        return new Link(target, through);
    }
}
