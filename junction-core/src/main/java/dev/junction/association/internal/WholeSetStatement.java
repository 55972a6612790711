package dev.junction.association.internal;

import dev.junction.association.internal.LinkInserts.Wanted;
import dev.junction.dialect.Dialect;
import dev.junction.internal.model.ModelPlan;
import dev.junction.query.internal.Sql;
import dev.junction.schema.Attribute;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A {@code set} of plain unique links done by the database in one round trip (PostgreSQL): the owner lock, then one
 * statement that deletes the owner's links to targets not wanted and inserts the wanted ones not there, the target
 * keys bound as one array. The driver sends BEGIN ahead of the lock, and a set in a transaction of its own sends its
 * COMMIT behind the write: the whole set is that one round trip (inside a caller's transaction, the caller commits).
 * The lock is a statement of its own, ahead of the write: the write then reads the links as its previous holder
 * committed them ({@link OwnerLinks}).
 *
 * <pre>{@code
 * SELECT 1 FROM "Users" WHERE "id" = ? FOR NO KEY UPDATE;
 * WITH wanted AS (SELECT unnest(?) AS v),
 *      dropped AS (DELETE FROM "UserFavorites" AS d WHERE d."UserId" = ?
 *                  AND NOT EXISTS (SELECT 1 FROM wanted w WHERE w.v = d."ShowId"))
 * INSERT INTO "UserFavorites" ("createdAt", "updatedAt", "UserId", "ShowId")
 *   SELECT CAST(? AS TIMESTAMP WITH TIME ZONE), CAST(? AS …), CAST(? AS BIGINT), w.v FROM wanted w
 *   WHERE NOT EXISTS (SELECT 1 FROM "UserFavorites" AS e WHERE e."UserId" = ? AND e."ShowId" = w.v)
 *   ON CONFLICT ("UserId", "ShowId") DO NOTHING
 * }</pre>
 *
 * Only where nothing needs the diff in Java: no join values given, no hooks or validators on the join model, not
 * paranoid, no owner version to match, no default supplier on the join model's own attributes (decided once: it
 * may give each row its own value), and every column but the target key the same for every new link (timestamps,
 * scope, constant defaults). Everything else takes {@link LinkWriter}'s diff. Stateless.
 */
final class WholeSetStatement {
    private final BelongsToManyImpl<?, ?> association;
    private final JoinPlan plan;
    private final ModelPlan j;
    private final LinkInserts inserts;
    private final int otherKey;
    /** The SQL element type of the target keys' array. */
    private final String elementType;

    private WholeSetStatement(BelongsToManyImpl<?, ?> association, LinkInserts inserts, String elementType) {
        this.association = association;
        this.plan = association.plan();
        this.j = association.join().plan();
        this.inserts = inserts;
        this.otherKey = j.indexOf(plan.otherKey());
        this.elementType = elementType;
    }

    /**
     * The statement for {@code association}'s sets, or {@code null} where its links need the diff in Java whatever
     * the call: not unique, hooks, validators or soft deletes on the join model, or a database that cannot do it.
     */
    static WholeSetStatement of(BelongsToManyImpl<?, ?> association, LinkInserts inserts, boolean hooked) {
        ModelPlan j = association.join().plan();
        Dialect dialect = j.dialect();
        if (!association.plan().unique() || hooked || ParanoidLinks.paranoid(j) || j.validator() != null
                || !dialect.sendsStatementsTogether() || !dialect.deletesInInsert()
                || suppliesPerRow(j, association.plan())) {
            return null;
        }
        String elementType = dialect.arrayElementType(j.attributes().get(j.indexOf(association.plan().otherKey()))
                .type());
        return elementType == null ? null : new WholeSetStatement(association, inserts, elementType);
    }

    /**
     * Whether a column of the new links may take a different value per row: a default supplier (called once per row;
     * the statement binds one value for all) on any attribute but the keys, which the links give, and the timestamps,
     * which Junction sets to one instant per call.
     */
    private static boolean suppliesPerRow(ModelPlan j, JoinPlan plan) {
        for (int i = 0; i < j.attributes().size(); i++) {
            if (i == j.createdAtIndex() || i == j.updatedAtIndex() || i == j.generatedKeyIndex()
                    || i == j.indexOf(plan.foreignKey()) || i == j.indexOf(plan.otherKey())) {
                continue;
            }
            if (j.attributes().get(i).defaultSupplier() != null) return true;
        }
        return false;
    }

    /**
     * Makes {@code owner}'s links {@code wanted}, after {@code lock}, and with {@code commit} (a transaction of the
     * set's own) ends the transaction in the same round trip; false (nothing sent) where this call needs the diff in
     * Java after all: join values given, or columns that differ between new links. A failing statement leaves the
     * COMMIT unrun: the server skips the rest of the batch, and the transaction is rolled back as a whole.
     */
    boolean run(Connection connection, Sql lock, Object owner, List<Wanted> wanted, boolean commit) {
        if (wanted.size() > j.dialect().maxArrayLength() || wanted.stream().anyMatch(w -> !w.values().isEmpty())) {
            return false;
        }
        List<Wanted> sorted = LinkInserts.inKeyOrder(wanted); // new links locked in key order, as add does
        Instant now = Instant.now();
        Object[] row = sorted.isEmpty() ? null : inserts.row(owner, sorted.get(0), now);
        if (row != null && !sameBesideKey(row, inserts.row(owner, sorted.get(sorted.size() - 1), now))) return false;
        List<Object> keys = new ArrayList<>(sorted.size());
        sorted.forEach(w -> keys.add(w.key()));
        Sql write = new Sql().append("WITH wanted AS (SELECT unnest(");
        write.bind(keys, j.dialect().listCodec(j.attributes().get(otherKey).type())).append(") AS v)");
        appendDelete(write, owner);
        if (row != null) {
            appendInsert(write, owner, row);
        } else {
            write.append(" SELECT 1"); // nothing wanted: the DELETE alone
        }
        association.runtime.runner().runTogether(connection, List.of(lock, write), j.definition().tableName(), null,
                commit);
        return true;
    }

    /** {@code , dropped AS (DELETE … the owner's links in this scope to targets not wanted)}. */
    private void appendDelete(Sql sql, Object owner) {
        sql.append(", dropped AS (DELETE FROM ").append(j.quotedTable()).append(" AS d");
        whereOwner(sql, owner, "d.");
        sql.append(" AND NOT EXISTS (SELECT 1 FROM wanted w WHERE w.v = d.").append(column(otherKey)).append("))");
    }

    /** {@code INSERT … SELECT} of the wanted links not there, every column but the target key bound once. */
    private void appendInsert(Sql sql, Object owner, Object[] row) {
        List<Integer> columns = new ArrayList<>();
        for (int i = 0; i < j.attributes().size(); i++) {
            if (i != j.generatedKeyIndex()) columns.add(i);
        }
        sql.append(" INSERT INTO ").append(j.quotedTable()).append(" (");
        for (int n = 0; n < columns.size(); n++) sql.append(n == 0 ? "" : ", ").append(column(columns.get(n)));
        sql.append(") SELECT ");
        for (int n = 0; n < columns.size(); n++) {
            int i = columns.get(n);
            sql.append(n == 0 ? "" : ", ");
            if (i == otherKey) {
                sql.append("w.v");
            } else {
                Attribute a = j.attributes().get(i);
                sql.append("CAST(").bind(row[i], j.codec(i)).append(" AS ")
                        .append(j.dialect().columnType(a.type())).append(')');
            }
        }
        sql.append(" FROM wanted w WHERE NOT EXISTS (SELECT 1 FROM ").append(j.quotedTable()).append(" AS e");
        whereOwner(sql, owner, "e.");
        sql.append(" AND e.").append(column(otherKey)).append(" = w.v) ON CONFLICT (");
        List<String> identity = plan.identity();
        for (int n = 0; n < identity.size(); n++) {
            sql.append(n == 0 ? "" : ", ").append(column(j.indexOf(identity.get(n))));
        }
        sql.append(") DO NOTHING");
    }

    private void whereOwner(Sql sql, Object owner, String qualifier) {
        int fk = j.indexOf(plan.foreignKey());
        sql.append(" WHERE ").append(qualifier).append(column(fk)).append(" = ").bind(owner, j.codec(fk));
        BelongsToManyImpl.appendScope(sql, plan, j, qualifier);
    }

    /** Whether two new links' rows agree in every column but the target key (and a generated key). */
    private boolean sameBesideKey(Object[] a, Object[] b) {
        for (int i = 0; i < a.length; i++) {
            if (i != otherKey && i != j.generatedKeyIndex() && !Objects.deepEquals(a[i], b[i])) return false;
        }
        return true;
    }

    private String column(int index) {
        return j.dialect().quote(j.attributes().get(index).column());
    }
}
