package dev.junction.lifecycle;

import dev.junction.internal.Arguments;
import dev.junction.query.Where;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an {@code update(Map, Where)} is about to write, as its {@code beforeBulkUpdate} and {@code afterBulkUpdate}
 * hooks see it. A before-hook returns it as it is, or changed with {@link #withValues} / {@link #withWhere}.
 * Immutable.
 *
 * @param values the attribute values to set, by attribute name (unmodifiable; may hold nulls)
 * @param where  the rows to change
 */
public record BulkUpdate(Map<String, Object> values, Where where) {
    public BulkUpdate {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(Arguments.given(values, "BulkUpdate", "values")));
        Arguments.given(where, "BulkUpdate", "where");
    }

    /** This update setting {@code values} instead. */
    public BulkUpdate withValues(Map<String, ?> values) {
        return new BulkUpdate(new LinkedHashMap<>(Arguments.given(values, "BulkUpdate.withValues", "values")), where);
    }

    /** This update changing the rows matching {@code where} instead. */
    public BulkUpdate withWhere(Where where) {
        return new BulkUpdate(values, where);
    }
}
