package dev.junction.association.internal;

import dev.junction.internal.model.ModelPlan;
import dev.junction.query.Include;
import dev.junction.query.Where;
import dev.junction.query.internal.Sql;
import java.util.List;

/**
 * The parents of an include level as the database can select them again: the parent query's table and filter
 * (scope, soft-deleted rows, the {@code EXISTS} of required includes), without its order. An unpaged
 * {@code findAll} loads its first include level with {@code <child key> IN (SELECT <parent key> FROM … WHERE …)}
 * (Hibernate's SUBSELECT fetch) instead of sending every parent key back; a page (limit/offset) cannot be selected
 * again cheaply and keeps the key lists.
 *
 * <p>Both statements run on one connection; inside a transaction they see the same rows. Outside one, each
 * statement sees the database as it is when it runs: children of a parent inserted in between are read and dropped
 * (no parent in hand wants them), and a parent deleted in between simply has no children — as with key lists.
 *
 * @param plan      the parent model's plan
 * @param where     the parent query's filter as read (scope and paranoid filter included), or null
 * @param includes  the parent level's includes, whose required ones restrict the parents
 */
record ParentSubquery(ModelPlan plan, Where where, List<Include<?, ?>> includes) {
    /**
     * Fewest parents for which the subquery beats sending their keys: below it, the key list is short and
     * re-running the parents' filter may cost more than it saves.
     */
    static final int MIN_PARENTS = 500;

    /** {@code SELECT <key attribute's column> FROM <parent table> WHERE …}. */
    Sql render(String keyAttribute, IncludeLoader loader) {
        Sql sql = new Sql().append("SELECT ").append(plan.quotedTable()).append('.')
                .append(plan.dialect().quote(plan.attributes().get(plan.indexOf(keyAttribute)).column()))
                .append(" FROM ").append(plan.quotedTable());
        loader.appendFilter(sql, plan, where, includes, plan.quotedTable() + ".");
        return sql;
    }
}
