package dev.junction.query;

import dev.junction.internal.Arguments;

/**
 * One ORDER BY term: an attribute and a direction. Immutable.
 *
 * @param attribute  the attribute (not column) name
 * @param descending whether largest comes first
 */
public record Order(String attribute, boolean descending) {
    public Order {
        Arguments.given(attribute, "Order", "attribute");
    }

    public static Order asc(String attribute) {
        return new Order(attribute, false);
    }

    public static Order desc(String attribute) {
        return new Order(attribute, true);
    }
}
