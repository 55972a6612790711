package dev.junction.association;

import dev.junction.internal.Arguments;
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
        through = through == null ? Map.of() : Map.copyOf(through);
    }

    public static Link of(Object target, Map<String, ?> through) {
        return new Link(target, through);
    }
}
