package dev.junction.association.internal;

import dev.junction.internal.model.ModelPlan;
import dev.junction.query.Query;
import dev.junction.query.Where;

/**
 * Whether a belongsToMany may count its links without joining its targets: the one place that decides, for
 * {@code count}, {@code has} and count-only includes ({@code countAll}). It may when a foreign-key constraint makes
 * every link's other key name a target row (by the key the links hold) and nothing on the target side can exclude
 * one: no target filter, no target scope that filters, no soft-deleted targets to hide. Otherwise — the join model
 * declared with {@code constraints(false)}, a filter, a scope, a paranoid target — a link may point at nothing or at
 * a row the read must skip, and the targets are joined. Stateless.
 */
final class LinkCounting {
    private LinkCounting() {
    }

    /**
     * Whether links can be counted alone under a target scope {@code targetScope} ({@code null}: none) and a target
     * filter {@code targetWhere} ({@code null}: none), soft-deleted targets counted when {@code withDeleted}.
     */
    static boolean linksAlone(JoinPlan link, ModelPlan joinPlan, ModelPlan targetPlan, Query targetScope,
                              Where targetWhere, boolean withDeleted) {
        return targetWhere == null && (targetScope == null || targetScope.where() == null)
                && targetPlan.readWhere(null, withDeleted) == null && linksReferToTargets(link, joinPlan, targetPlan);
    }

    /**
     * Whether a foreign-key constraint makes every link's other key name a target row, so that counting links needs
     * no join with the targets (without one, a link may point at nothing, and {@code count(source)} skips it). A
     * nullable other key does not: a link whose target was deleted under {@code ON DELETE SET NULL} stays, naming none.
     */
    static boolean linksReferToTargets(JoinPlan link, ModelPlan joinPlan, ModelPlan targetPlan) {
        var otherKey = joinPlan.attributes().get(joinPlan.indexOf(link.otherKey()));
        var reference = otherKey.reference();
        return reference != null && reference.constraint() && !otherKey.allowNull()
                && reference.model().equals(targetPlan.definition().name())
                && reference.attribute().equals(link.targetKey());
    }
}
