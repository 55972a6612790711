package dev.junction.association.internal;

import dev.junction.internal.ModelPlan;
import dev.junction.query.Where;
import dev.junction.query.internal.Sql;
import dev.junction.schema.Attribute;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Locks the rows that new links refer to, before they are inserted, where the database's foreign-key check reads the
 * referenced row as committed without waiting for a concurrent transaction that deleted it
 * ({@link dev.junction.dialect.Dialect#foreignKeyCheckIgnoresUncommittedDeletes()}: H2). Unlocked, a link inserted
 * while its user's delete is still uncommitted passes the check and outlives the user, whose {@code ON DELETE
 * CASCADE} ran before the link existed. Locked ({@code SELECT … FOR UPDATE}, in the link's transaction), the insert
 * waits for the delete to end and then fails the check, as it does on the other databases. Stateless.
 */
final class ReferencedRowLocks {
    private ReferencedRowLocks() {
    }

    /**
     * Whether links of {@code association} need the locks: on such a database, when the join table has foreign keys.
     */
    static boolean needed(BelongsToManyImpl<?, ?> association) {
        ModelPlan j = association.join().plan();
        if (!j.dialect().foreignKeyCheckIgnoresUncommittedDeletes()) return false;
        JoinPlan plan = association.plan();
        return constrained(j, plan.foreignKey()) || constrained(j, plan.otherKey());
    }

    private static boolean constrained(ModelPlan j, String attribute) {
        Attribute a = j.attributes().get(j.indexOf(attribute));
        return a.reference() != null && a.reference().constraint();
    }

    /**
     * Locks the owner's row and the targets' rows until the transaction ends, with one statement
     * ({@code SELECT 1 FROM Users s, Shows t WHERE s.id = ? AND t.id IN (…) FOR UPDATE}).
     */
    static void lock(BelongsToManyImpl<?, ?> association, Connection connection, Object owner,
                     Collection<Object> targetKeys) {
        ModelPlan s = association.source.plan();
        ModelPlan t = association.target.plan();
        int sourceKey = s.indexOf(association.sourceKey);
        Sql sql = new Sql().append("SELECT 1 FROM ").append(s.quotedTable()).append(" s, ").append(t.quotedTable())
                .append(" t WHERE s.").append(s.dialect().quote(s.attributes().get(sourceKey).column())).append(" = ");
        sql.bind(owner, s.codec(sourceKey)).append(" AND ");
        t.where("t.").render(sql, Where.in(association.targetKey, new ArrayList<>(targetKeys)));
        sql.append(t.dialect().lockRowsForUpdate());
        association.runtime.runner().forEachRow(connection, sql, t.definition().tableName(), rs -> { });
    }

    /** The distinct keys of {@code wanted}. */
    static List<Object> keys(List<LinkInserts.Wanted> wanted) {
        return wanted.stream().map(LinkInserts.Wanted::key).distinct().toList();
    }
}
