package dev.junction.association.internal;

import dev.junction.dialect.H2Dialect;
import dev.junction.internal.model.ModelPlan;
import dev.junction.query.Include;
import dev.junction.query.Where;
import dev.junction.query.internal.Sql;
import java.util.List;

/**
 * The parents of an include level as the database can select them again: the parent query's table and filter
 * (scope, soft-deleted rows, the {@code EXISTS} of required includes), without its order. An unpaged
 * {@code findAll} may load its first include level with {@code <child key> IN (SELECT <parent key> FROM … WHERE …)}
 * (Hibernate's SUBSELECT fetch; the databases plan it as a semi-join, the subquery run once) instead of sending
 * every parent key back; a page (limit/offset) cannot be selected again cheaply and keeps the key lists. H2 gets the
 * correlated {@code EXISTS (SELECT 1 FROM <parent> WHERE <parent key> = <child key> AND …)} instead: it re-runs an
 * uncorrelated {@code IN} subquery for every row when it does not reuse results ({@code OPTIMIZE_REUSE_RESULTS=FALSE}),
 * while its correlated form is one index look-up per row.
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
     * Fewest parents for which the subquery beats a list of bound keys: below it, the list is short and re-running
     * the parents' filter may cost more than it saves.
     */
    static final int MIN_PARENTS = 500;

    /**
     * Whether selecting the parents again beats sending their keys: where keys travel as a list of bind parameters
     * (SQLite, MariaDB), from {@link #MIN_PARENTS} parents on (no long IN list to send and parse, no chunks); where
     * they travel as one array (PostgreSQL, H2), only when they would not fit one array — measured, one array
     * parameter is as fast as the semi-join on PostgreSQL and faster on H2 (W2b, W2c).
     */
    static boolean wins(int parents, boolean keyArray, int keysPerStatement) {
        return keyArray ? parents > keysPerStatement : parents >= MIN_PARENTS;
    }

    /** Appends the condition that the child key names one of these parents ({@code IN} or, on H2, {@code EXISTS}). */
    void renderCondition(Sql sql, String keyAttribute, String childKey, IncludeLoader loader) {
        String key = plan.quotedTable() + "."
                + plan.dialect().quote(plan.attributes().get(plan.indexOf(keyAttribute)).column());
        if (plan.dialect() instanceof H2Dialect) {
            sql.append("EXISTS (SELECT 1 FROM ").append(plan.quotedTable()).append(" WHERE ").append(key)
                    .append(" = ").append(childKey);
            loader.appendFilter(sql, plan, where, includes, plan.quotedTable() + ".", false);
        } else {
            sql.append(childKey).append(" IN (SELECT ").append(key).append(" FROM ").append(plan.quotedTable());
            loader.appendFilter(sql, plan, where, includes, plan.quotedTable() + ".", true);
        }
        sql.append(')');
    }
}
