package dev.junction.lifecycle.internal;

import dev.junction.UnknownScopeException;
import dev.junction.query.Order;
import dev.junction.query.Query;
import dev.junction.query.Where;
import dev.junction.query.internal.Sql;
import dev.junction.query.internal.WhereRenderer;
import dev.junction.schema.ModelDefinition;
import dev.junction.schema.ModelScopes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one place a model's scopes become part of a read: which scope a handle reads with, and how a scope merges
 * into a query or a filter. As Sequelize merges, except that conditions are always AND-ed — Sequelize lets a later
 * condition on the same attribute replace an earlier one (its default {@code whereMergeStrategy}); here none is
 * dropped. A model without scopes pays one null check per read. Immutable and thread-safe.
 */
public final class ScopeFilter {
    /** The name that selects the default scope in {@code scoped(…)}, as in Sequelize. */
    public static final String DEFAULT = "defaultScope";

    private final String model;
    private final ModelScopes scopes;
    private final Map<List<String>, Query> merged = new ConcurrentHashMap<>();

    public ScopeFilter(ModelDefinition definition) {
        this.model = definition.name();
        this.scopes = definition.scopes();
    }

    /**
     * The scope a handle reads with, or {@code null} for none: the default scope for {@code names} null, no scope for
     * none, else the named scopes merged in the order given.
     */
    public Query scope(List<String> names) {
        if (names == null) return scopes.defaultScope();
        if (names.isEmpty()) return null;
        return merged.computeIfAbsent(names, this::merge);
    }

    /** Refuses a name this model does not declare, listing the ones it does. */
    public void check(List<String> names) {
        for (String name : names) {
            if (name.equals(DEFAULT) || scopes.named().containsKey(name)) continue;
            List<String> known = new ArrayList<>();
            if (scopes.defaultScope() != null) known.add(DEFAULT);
            known.addAll(scopes.named().keySet());
            throw new UnknownScopeException(model, name, known);
        }
    }

    private Query merge(List<String> names) {
        Query result = null;
        for (String name : names) {
            Query next = name.equals(DEFAULT) ? scopes.defaultScope() : scopes.named().get(name);
            if (next != null) result = result == null ? next : combine(result, next);
        }
        return result;
    }

    /**
     * {@code query} read through {@code scope}: both filters; the scope's order, then the query's; the query's limit
     * and offset where it gives them, else the scope's.
     */
    public static Query apply(Query scope, Query query) {
        return scope == null ? query : combine(scope, query);
    }

    /** {@code where} and the scope's filter; {@code where} itself when the scope has none. */
    public static Where where(Query scope, Where where) {
        if (scope == null || scope.where() == null) return where;
        if (where == null || where instanceof Where.And and && and.parts().isEmpty()) return scope.where();
        return scope.where().and(where);
    }

    /** Appends {@code AND <the scope's filter>} to a condition already begun, rendered by {@code renderer}. */
    public static void appendAnd(Sql sql, Query scope, WhereRenderer renderer) {
        if (scope == null || scope.where() == null) return;
        sql.append(" AND ");
        renderer.render(sql, scope.where());
    }

    /**
     * {@code first} then {@code second}: filters AND-ed, orders joined without repeats, second's page winning, and
     * second's {@link Query#withDeleted()}.
     */
    private static Query combine(Query first, Query second) {
        Query out = Query.all();
        Where where = where(first, second.where());
        if (where != null) out = out.and(where);
        LinkedHashSet<Order> order = new LinkedHashSet<>(first.order());
        order.addAll(second.order());
        if (!order.isEmpty()) out = out.order(order.toArray(Order[]::new));
        Integer limit = second.limit() != null ? second.limit() : first.limit();
        Integer offset = second.offset() != null ? second.offset() : first.offset();
        if (limit != null) out = out.limit(limit);
        if (offset != null) out = out.offset(offset);
        return second.isWithDeleted() ? out.withDeleted() : out;
    }
}
