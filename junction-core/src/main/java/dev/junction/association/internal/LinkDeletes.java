package dev.junction.association.internal;

import dev.junction.internal.jdbc.SqlRunner;
import dev.junction.internal.model.ModelPlan;
import dev.junction.query.internal.Sql;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;

/**
 * Renders and runs the DELETEs of one many-to-many's links — by target key, by surrogate id, or every link of an
 * owner — each inside the association's scope and chunked below the dialect's bind-parameter limit. The links of a
 * paranoid join model are soft-deleted instead: an UPDATE stamping deletedAt on the live ones ({@link ParanoidLinks}),
 * with the same conditions. Stateless.
 */
final class LinkDeletes {
    private final SqlRunner runner;
    private final JoinPlan plan;
    private final ModelPlan j;
    /** The join model's hooks, or {@code null}: then a DELETE is all a deletion sends. */
    private final LinkHooks hooks;

    LinkDeletes(BelongsToManyImpl<?, ?> association, ModelPlan j) {
        this(association, j, null);
    }

    LinkDeletes(BelongsToManyImpl<?, ?> association, ModelPlan j, LinkHooks hooks) {
        this.runner = association.runtime.runner();
        this.plan = association.plan();
        this.j = j;
        this.hooks = hooks;
    }

    /** How many target keys one DELETE lists at most. */
    int chunk() {
        return Math.max(1, j.dialect().maxBindParameters() - 10);
    }

    /** Deletes {@code owner}'s links to {@code keys}, one statement per {@link #chunk()} keys. */
    void byTarget(Connection connection, Object owner, List<Object> keys) {
        int chunk = chunk();
        for (int from = 0; from < keys.size(); from += chunk) {
            List<Object> part = keys.subList(from, Math.min(keys.size(), from + chunk));
            if (hooks != null) {
                hooks.delete(connection, byTarget(select(), owner, part), byTarget(owner, part));
            } else {
                runner.update(connection, byTarget(owner, part), j.definition().tableName());
            }
        }
    }

    /** The DELETE of {@code owner}'s links to {@code keys} (at most {@link #chunk()} of them). */
    Sql byTarget(Object owner, List<Object> keys) {
        return byTarget(start(), owner, keys);
    }

    private Sql byTarget(Sql sql, Object owner, List<Object> keys) {
        whereOwner(sql, owner, "");
        appendIn(sql, plan.otherKey(), keys);
        ParanoidLinks.appendLive(sql, j, "");
        return sql;
    }

    /** {@code SELECT <every column> FROM <join table>}: the rows a DELETE removes, read for the join's hooks. */
    private Sql select() {
        return new Sql().append("SELECT ").append(j.selectList("")).append(" FROM ").append(j.quotedTable());
    }

    /**
     * Every link of {@code owner} in this scope, in one statement however many there are: listing their keys would
     * cost one statement per bind-parameter limit's worth, and H2 matches an IN list by scanning it for every row.
     */
    void all(Connection connection, Object owner) {
        Sql sql = start();
        whereOwner(sql, owner, "");
        ParanoidLinks.appendLive(sql, j, "");
        if (hooks == null) {
            runner.update(connection, sql, j.definition().tableName());
            return;
        }
        Sql select = select();
        whereOwner(select, owner, "");
        ParanoidLinks.appendLive(select, j, "");
        hooks.delete(connection, select, sql);
    }

    /** Deletes the links with these surrogate ids (non-unique links). */
    void byIds(Connection connection, List<Object> ids) {
        String key = j.definition().primaryKey().get(0).name();
        int chunk = chunk();
        for (int from = 0; from < ids.size(); from += chunk) {
            Sql sql = start().append(" WHERE 1=1");
            appendIn(sql, key, ids.subList(from, Math.min(ids.size(), from + chunk)));
            ParanoidLinks.appendLive(sql, j, "");
            if (hooks == null) {
                runner.update(connection, sql, j.definition().tableName());
                continue;
            }
            Sql select = select().append(" WHERE 1=1");
            appendIn(select, key, ids.subList(from, Math.min(ids.size(), from + chunk)));
            ParanoidLinks.appendLive(select, j, "");
            hooks.delete(connection, select, sql);
        }
    }

    /** {@code DELETE FROM table}, or for a paranoid join model {@code UPDATE table SET deletedAt = now}. */
    private Sql start() {
        if (ParanoidLinks.paranoid(j)) return ParanoidLinks.softDelete(j, Instant.now());
        return new Sql().append("DELETE FROM ").append(j.quotedTable());
    }

    private void appendIn(Sql sql, String attribute, List<Object> values) {
        int index = j.indexOf(attribute);
        sql.append(" AND ").append(j.dialect().quote(j.attributes().get(index).column())).append(" IN (");
        for (int n = 0; n < values.size(); n++) {
            if (n > 0) sql.append(", ");
            sql.bind(values.get(n), j.codec(index));
        }
        sql.append(')');
    }

    /** {@code WHERE foreignKey = ? AND scope…}: also the condition of an update of one owner's link. */
    void whereOwner(Sql sql, Object owner, String qualifier) {
        int fk = j.indexOf(plan.foreignKey());
        sql.append(" WHERE ").append(qualifier).append(j.dialect().quote(j.attributes().get(fk).column()))
                .append(" = ");
        sql.bind(owner, j.codec(fk));
        BelongsToManyImpl.appendScope(sql, plan, j, qualifier);
    }
}
