package dev.junction.query;

import dev.junction.internal.Arguments;
import java.util.List;

/**
 * A page of rows with their includes, and the count of all rows matching the same filter (Sequelize's
 * {@code findAndCountAll}); the count is never inflated by what is included.
 *
 * @param rows  the page
 * @param count how many rows match in all
 * @param <T>   the instance type
 */
public record Page<T>(List<Loaded<T>> rows, long count) {
    public Page {
        rows = Arguments.listOrEmpty(rows);
    }
}
