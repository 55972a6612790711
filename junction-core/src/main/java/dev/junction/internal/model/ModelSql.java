package dev.junction.internal.model;

import dev.junction.lifecycle.internal.ScopeFilter;
import dev.junction.query.Order;
import dev.junction.query.Query;
import dev.junction.query.Where;
import dev.junction.query.internal.Sql;
import dev.junction.query.internal.SqlTemplate;
import dev.junction.query.internal.WhereShape;
import java.util.List;

/**
 * The SQL a model's own operations share: its SELECT, filter, order and page, and its key condition. Stateless.
 */
public final class ModelSql {
    private ModelSql() {
    }

    static Sql select(ModelPlan plan) {
        return new Sql().append("SELECT ").append(plan.selectList).append(" FROM ").append(plan.quotedTable);
    }

    static Sql render(ModelPlan plan, Query given, List<String> scopeNames) {
        Query query = ScopeFilter.apply(plan.scopes.scope(scopeNames), given);
        Sql sql = select(plan);
        plan.where.appendWhereClause(sql, plan.readWhere(query.where(), query.isWithDeleted()));
        appendOrderAndPage(plan, sql, query, "");
        return sql;
    }

    private static final Object[] NONE = new Object[0];

    /** The shape of a {@code findByPk}: which scope the handle reads with. */
    private record ByKey(List<String> scopeNames) {
    }

    /** The shape of a find or count whose filter has a {@link WhereShape}; the scope brings only constants. */
    private record Find(boolean count, List<String> scopeNames, String where, List<Order> order, boolean limit,
                        boolean offset, boolean withDeleted) {
    }

    /** {@link #selectByKey}, rendered once per plan and scope; {@code key} is bound per call. */
    static Sql selectByKeyOnce(ModelPlan plan, Object[] key, List<String> scopeNames) {
        return plan.statements.get(new ByKey(scopeNames),
                () -> SqlTemplate.of(selectByKey(plan, key, scopeNames), key.length, 0)).with(key, NONE);
    }

    /**
     * {@link #render}, rendered once per plan and shape of the query (its filter's {@link WhereShape}, order, page or
     * not) and bound per call; a filter without a shape is rendered every time.
     */
    static Sql renderOnce(ModelPlan plan, Query given, List<String> scopeNames) {
        String shape = WhereShape.of(given.where());
        if (shape == null) return render(plan, given, scopeNames);
        Query query = ScopeFilter.apply(plan.scopes.scope(scopeNames), given);
        List<Object> tail = WhereShape.values(given.where(), plan.where);
        if (query.limit() != null) tail.add((long) query.limit());
        if (query.offset() != null) tail.add((long) query.offset());
        Object[] values = tail.toArray();
        Find key = new Find(false, scopeNames, shape, query.order(), query.limit() != null, query.offset() != null,
                query.isWithDeleted());
        return plan.statements.get(key, () -> SqlTemplate.of(render(plan, given, scopeNames), 0, values.length))
                .with(NONE, values);
    }

    /** {@code SELECT COUNT(*)} of the rows matching {@code where} and the scope, rendered once per filter shape. */
    static Sql countOnce(ModelPlan plan, Where where, List<String> scopeNames) {
        String shape = WhereShape.of(where);
        if (shape == null) return count(plan, where, scopeNames);
        Object[] values = WhereShape.values(where, plan.where).toArray();
        Find key = new Find(true, scopeNames, shape, List.of(), false, false, false);
        return plan.statements.get(key, () -> SqlTemplate.of(count(plan, where, scopeNames), 0, values.length))
                .with(NONE, values);
    }

    static Sql count(ModelPlan plan, Where where, List<String> scopeNames) {
        Sql sql = new Sql().append("SELECT COUNT(*) FROM ").append(plan.quotedTable);
        plan.where.appendWhereClause(sql, plan.readWhere(ScopeFilter.where(plan.scopes.scope(scopeNames), where),
                false));
        return sql;
    }

    /** The SELECT of the row with {@code key}, with what the model adds to every read ({@link ModelPlan#readWhere}). */
    static Sql selectByKey(ModelPlan plan, Object[] key, List<String> scopeNames) {
        Sql sql = select(plan);
        appendKeyCondition(plan, sql, key);
        appendScopeCondition(plan, sql, scopeNames);
        dev.junction.query.Where added = plan.readWhere(null, false);
        if (added != null) plan.where.render(sql.append(" AND "), added);
        return sql;
    }

    /** Appends ORDER BY (columns prefixed with {@code qualifier}) and LIMIT/OFFSET for {@code query}. */
    public static void appendOrderAndPage(ModelPlan plan, Sql sql, Query query, String qualifier) {
        if (!query.order().isEmpty()) {
            sql.append(" ORDER BY ");
            for (int i = 0; i < query.order().size(); i++) {
                Order order = query.order().get(i);
                if (i > 0) sql.append(", ");
                sql.append(qualifier).append(plan.dialect.quote(plan.where.attribute(order.attribute()).column()))
                        .append(order.descending() ? " DESC" : " ASC");
            }
        }
        sql.append(plan.dialect.limitOffset(query.limit() != null, query.offset() != null));
        var longCodec = dev.junction.dialect.internal.StandardCodecs.BIGINT;
        if (query.limit() != null) sql.addBind((long) query.limit(), longCodec);
        if (query.offset() != null) sql.addBind((long) query.offset(), longCodec);
    }

    /** Appends {@code WHERE k1 = ? AND k2 = ?} binding {@code key} (primary-key order). */
    public static void appendKeyCondition(ModelPlan plan, Sql sql, Object[] key) {
        sql.append(" WHERE ");
        for (int k = 0; k < plan.keyIndexes.length; k++) {
            int i = plan.keyIndexes[k];
            if (k > 0) sql.append(" AND ");
            sql.append(plan.dialect.quote(plan.attributes.get(i).column())).append(" = ");
            sql.bind(key[k], plan.codecs[i]);
        }
    }

    /** Appends {@code AND <scope filter>} after a key condition, when the handle reads with a scope that filters. */
    static void appendScopeCondition(ModelPlan plan, Sql sql, List<String> scopeNames) {
        ScopeFilter.appendAnd(sql, plan.scopes.scope(scopeNames), plan.where);
    }

    /** {@code key} as text for a message: {@code id=7} or {@code a=1, b=2}. */
    public static String keyText(ModelPlan plan, Object[] key) {
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < key.length; k++) {
            if (k > 0) out.append(", ");
            out.append(plan.attributes.get(plan.keyIndexes[k]).name()).append('=').append(key[k]);
        }
        return out.toString();
    }

    /**
     * {@code UPDATE t SET c1 = ?, c2 = ?} for the given columns of {@code row}, to be followed by a condition; on a
     * model with a version attribute (never among {@code columns}), {@code "version" = "version" + 1} too.
     */
    public static Sql updateSet(ModelPlan plan, Object[] row, int[] columns) {
        Sql sql = new Sql().append("UPDATE ").append(plan.quotedTable).append(" SET ");
        for (int n = 0; n < columns.length; n++) {
            int i = columns[n];
            if (n > 0) sql.append(", ");
            sql.append(plan.dialect.quote(plan.attributes.get(i).column())).append(" = ");
            sql.bind(row[i], plan.codecs[i]);
        }
        if (plan.versionIndex >= 0) {
            // Optimistic locking: every UPDATE of a versioned row makes it a new version (VersionGuard).
            String version = plan.dialect.quote(plan.attributes.get(plan.versionIndex).column());
            sql.append(columns.length > 0 ? ", " : "").append(version).append(" = ").append(version).append(" + 1");
        }
        return sql;
    }

    /** A statement of {@code text} binding the parameters of {@code from}, whose text {@code text} wraps or extends. */
    public static Sql rewritten(String text, Sql from) {
        Sql sql = Sql.of(text);
        for (Sql.Bind bind : from.binds()) sql.addBind(bind.value(), bind.codec());
        return sql;
    }
}
