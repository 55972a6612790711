package dev.junction.association.internal;

import dev.junction.internal.model.ModelPlan;
import dev.junction.internal.model.ModelSql;
import dev.junction.lifecycle.internal.ScopeFilter;
import dev.junction.query.Order;
import dev.junction.query.Query;
import dev.junction.query.Where;
import dev.junction.query.internal.Sql;
import dev.junction.query.internal.SqlTemplate;
import dev.junction.query.internal.StatementCache;
import dev.junction.query.internal.WhereShape;
import java.util.Collection;
import java.util.List;

/**
 * The statements of a belongsToMany's reads — {@code get}, {@code getLinked}, {@code count}, {@code has} — each
 * rendered once per shape of call (filter shapes, order, page or not, number of keys) and bound per call. Counts
 * read the join table alone where {@link LinkCounting} says the foreign key vouches for the targets. The cache
 * belongs to the plans it was rendered for: a model amended or a join model re-paired (new plans) starts a new one.
 * Shared by an association and its transaction-bound copies. Thread-safe.
 */
final class LinkReads {
    private record Plans(ModelPlan target, ModelPlan join, JoinPlan link, StatementCache cache) {
    }

    private record Select(boolean linked, Query targetScope, Query joinScope, String targetWhere, String throughWhere,
                          List<Order> order, boolean limit, boolean offset, boolean withDeleted) {
    }

    private record Count(boolean alone, Query targetScope, Query joinScope, String targetWhere,
                         String throughWhere) {
    }

    private record Has(boolean alone, Query joinScope, String keys) {
    }

    /** The keys' shape of a {@code has} of one key (no filter's shape is ever this). */
    private static final String ONE_KEY = "=";

    private volatile Plans current;

    /** The statements rendered for these plans; a new cache when any of them changed. */
    private StatementCache cache(ModelPlan t, ModelPlan j, JoinPlan p) {
        Plans plans = current;
        if (plans == null || plans.target() != t || plans.join() != j || plans.link() != p) {
            plans = new Plans(t, j, p, new StatementCache());
            current = plans;
        }
        return plans.cache();
    }

    /** The targets of {@code owner} ({@code linked}: with their join rows) for a query and a join-row filter. */
    Sql select(BelongsToManyImpl<?, ?> m, Object owner, Query query, Where throughWhere, boolean linked) {
        ModelPlan t = m.target.plan();
        ModelPlan j = m.join().plan();
        JoinPlan p = m.plan();
        Query targetScope = m.target.readScope();
        Query scoped = ScopeFilter.apply(targetScope, query);
        String targetShape = WhereShape.of(query.where());
        String throughShape = WhereShape.of(throughWhere);
        if (targetShape == null || throughShape == null) return renderSelect(m, owner, scoped, throughWhere, linked);
        List<Object> tail = WhereShape.values(query.where(), t.where("t."));
        tail.addAll(WhereShape.values(throughWhere, j.where("j.")));
        if (scoped.limit() != null) tail.add((long) scoped.limit());
        if (scoped.offset() != null) tail.add((long) scoped.offset());
        Select shape = new Select(linked, targetScope, m.join().readScope(), targetShape, throughShape,
                scoped.order(), scoped.limit() != null, scoped.offset() != null, scoped.isWithDeleted());
        return cache(t, j, p).get(shape, () -> SqlTemplate.of(renderSelect(m, owner, scoped, throughWhere, linked),
                1, tail.size())).with(new Object[] {owner}, tail.toArray());
    }

    private static Sql renderSelect(BelongsToManyImpl<?, ?> m, Object owner, Query scoped, Where throughWhere,
                                    boolean linked) {
        ModelPlan t = m.target.plan();
        ModelPlan j = m.join().plan();
        Sql sql = new Sql().append("SELECT ").append(t.selectList("t."));
        if (linked) sql.append(", ").append(j.selectList("j."));
        fromLinks(m, sql, owner, t.readWhere(scoped.where(), scoped.isWithDeleted()), throughWhere);
        ModelSql.appendOrderAndPage(t, sql, scoped, "t.");
        return sql;
    }

    /** {@code count(owner, targetWhere, throughWhere)}: the join rows alone when the foreign key allows. */
    Sql count(BelongsToManyImpl<?, ?> m, Object owner, Where targetWhere, Where throughWhere) {
        ModelPlan t = m.target.plan();
        ModelPlan j = m.join().plan();
        JoinPlan p = m.plan();
        Query targetScope = m.target.readScope();
        boolean alone = LinkCounting.linksAlone(p, j, t, targetScope, targetWhere, false);
        String targetShape = WhereShape.of(targetWhere);
        String throughShape = WhereShape.of(throughWhere);
        if (targetShape == null || throughShape == null) {
            return renderCount(m, owner, alone, targetWhere, throughWhere);
        }
        List<Object> tail = WhereShape.values(targetWhere, t.where("t."));
        tail.addAll(WhereShape.values(throughWhere, j.where("j.")));
        Count shape = new Count(alone, targetScope, m.join().readScope(), targetShape, throughShape);
        return cache(t, j, p).get(shape, () -> SqlTemplate.of(renderCount(m, owner, alone, targetWhere,
                throughWhere), 1, tail.size())).with(new Object[] {owner}, tail.toArray());
    }

    private static Sql renderCount(BelongsToManyImpl<?, ?> m, Object owner, boolean alone, Where targetWhere,
                                   Where throughWhere) {
        Sql sql = new Sql().append("SELECT COUNT(*)");
        if (alone) {
            fromLinksAlone(m, sql, owner, throughWhere);
        } else {
            ModelPlan t = m.target.plan();
            fromLinks(m, sql, owner, t.readWhere(ScopeFilter.where(m.target.readScope(), targetWhere), false),
                    throughWhere);
        }
        return sql;
    }

    /**
     * How many of the targets whose keys are {@code keys} (not empty, no repeats) {@code owner} is linked to, as
     * {@code has} asks it (unscoped, as Sequelize's): {@code COUNT(DISTINCT j.otherKey)} of the join rows alone when
     * the foreign key allows, else of the targets joined. One key is compared with {@code =}, and counted alone
     * with {@code COUNT(*)}: its links, which may be several ({@code unique(false)}), so the caller asks for one or
     * more.
     */
    Sql has(BelongsToManyImpl<?, ?> m, Object owner, Collection<Object> keys) {
        ModelPlan t = m.target.plan();
        ModelPlan j = m.join().plan();
        JoinPlan p = m.plan();
        boolean alone = LinkCounting.linksAlone(p, j, t, null, null, false);
        String key = alone ? p.otherKey() : p.targetKey();
        if (keys.size() == 1) { // the common call: one key, bound without building a filter's shape
            Object given = keys.iterator().next();
            Object[] tail = {(alone ? j.where("j.") : t.where("t.")).filterValue(key, given)};
            Has shape = new Has(alone, m.join().readScope(), ONE_KEY);
            return cache(t, j, p).get(shape, () -> SqlTemplate.of(renderHas(m, owner, alone, Where.eq(key, given)), 1,
                    1)).with(new Object[] {owner}, tail);
        }
        Where linked = Where.in(key, keys);
        String keysShape = WhereShape.of(linked);
        if (keysShape == null) return renderHas(m, owner, alone, linked);
        Object[] tail = WhereShape.values(linked, alone ? j.where("j.") : t.where("t.")).toArray();
        Has shape = new Has(alone, m.join().readScope(), keysShape);
        return cache(t, j, p).get(shape, () -> SqlTemplate.of(renderHas(m, owner, alone, linked), 1, tail.length))
                .with(new Object[] {owner}, tail);
    }

    private static Sql renderHas(BelongsToManyImpl<?, ?> m, Object owner, boolean alone, Where linked) {
        ModelPlan t = m.target.plan();
        ModelPlan j = m.join().plan();
        JoinPlan p = m.plan();
        var d = t.dialect();
        Sql sql = new Sql();
        if (alone && linked instanceof Where.Comparison) {
            sql.append("SELECT COUNT(*)"); // one key: any link row of it will do (see BelongsToManyImpl.has)
            fromLinksAlone(m, sql, owner, linked);
        } else if (alone) {
            sql.append("SELECT COUNT(DISTINCT j.").append(d.quote(BelongsToManyImpl.column(j, p.otherKey())))
                    .append(")");
            fromLinksAlone(m, sql, owner, linked);
        } else {
            sql.append("SELECT COUNT(DISTINCT t.").append(d.quote(BelongsToManyImpl.column(t, p.targetKey())))
                    .append(")");
            fromLinks(m, sql, owner, t.readWhere(linked, false), null);
        }
        return sql;
    }

    /**
     * {@code FROM target t JOIN through j ON j.otherKey = t.targetKey WHERE j.foreignKey = ? AND j.scope = ?…}
     * plus the join model's own default scope (never its ends' scopes), and the target and join filters.
     */
    private static void fromLinks(BelongsToManyImpl<?, ?> m, Sql sql, Object owner, Where targetWhere,
                                  Where throughWhere) {
        ModelPlan t = m.target.plan();
        ModelPlan j = m.join().plan();
        JoinPlan p = m.plan();
        var d = t.dialect();
        sql.append(" FROM ").append(t.quotedTable()).append(" t JOIN ").append(j.quotedTable()).append(" j ON j.")
                .append(d.quote(BelongsToManyImpl.column(j, p.otherKey()))).append(" = t.")
                .append(d.quote(BelongsToManyImpl.column(t, p.targetKey())));
        linkConditions(m, sql, owner);
        if (targetWhere != null) {
            sql.append(" AND ");
            t.where("t.").render(sql, targetWhere);
        }
        appendThrough(sql, j, throughWhere);
    }

    /** {@code FROM through j WHERE j.foreignKey = ? …}: the links alone, under the same link conditions. */
    private static void fromLinksAlone(BelongsToManyImpl<?, ?> m, Sql sql, Object owner, Where throughWhere) {
        ModelPlan j = m.join().plan();
        sql.append(" FROM ").append(j.quotedTable()).append(" j");
        linkConditions(m, sql, owner);
        appendThrough(sql, j, throughWhere);
    }

    /** {@code WHERE j.foreignKey = ?}, the side's scope values, live links only, the join model's own scope. */
    private static void linkConditions(BelongsToManyImpl<?, ?> m, Sql sql, Object owner) {
        ModelPlan j = m.join().plan();
        JoinPlan p = m.plan();
        sql.append(" WHERE j.").append(j.dialect().quote(BelongsToManyImpl.column(j, p.foreignKey()))).append(" = ");
        sql.bind(owner, j.codec(j.indexOf(p.foreignKey())));
        BelongsToManyImpl.appendScope(sql, p, j, "j.");
        ParanoidLinks.appendLive(sql, j, "j.");
        ScopeFilter.appendAnd(sql, m.join().readScope(), j.where("j."));
    }

    private static void appendThrough(Sql sql, ModelPlan j, Where throughWhere) {
        if (throughWhere == null) return;
        sql.append(" AND ");
        j.where("j.").render(sql, throughWhere);
    }
}
