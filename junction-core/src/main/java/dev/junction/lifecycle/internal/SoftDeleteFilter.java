package dev.junction.lifecycle.internal;

import dev.junction.query.Where;
import dev.junction.schema.Attribute;
import dev.junction.schema.ModelDefinition;
import java.util.List;

/**
 * The condition that hides a paranoid model's soft-deleted rows ({@code deletedAt IS NULL}), the one place every read
 * of such a model — its own finds and counts, includes of it at any level, association reads, seeds' look-ups — gets
 * it from. Models that are not paranoid have none ({@link #of} gives {@code null}), so their SQL is unchanged.
 * Immutable and thread-safe.
 */
public final class SoftDeleteFilter {
    private final String attribute;
    private final Where live;
    private final Where deleted;

    private SoftDeleteFilter(String attribute) {
        this.attribute = attribute;
        this.live = Where.isNull(attribute);
        this.deleted = Where.isNotNull(attribute);
    }

    /** The filter of {@code model}, or {@code null} when it is not paranoid. */
    public static SoftDeleteFilter of(ModelDefinition model) {
        return model.attributeWithRole(Attribute.Role.DELETED_AT).map(a -> new SoftDeleteFilter(a.name()))
                .orElse(null);
    }

    /** The soft-delete attribute's name ({@code deletedAt}). */
    public String attribute() {
        return attribute;
    }

    /** {@code where} (may be {@code null} or empty: every row) limited to rows that are not soft-deleted. */
    public Where live(Where where) {
        return empty(where) ? live : new Where.And(List.of(where, live));
    }

    /** {@code where} limited to soft-deleted rows (what {@code restore} brings back). */
    public Where deleted(Where where) {
        return empty(where) ? deleted : new Where.And(List.of(where, deleted));
    }

    private static boolean empty(Where where) {
        return where == null || where instanceof Where.And and && and.parts().isEmpty();
    }
}
