package dev.junction.association.internal;

import dev.junction.association.Association;
import dev.junction.internal.Runtime;
import dev.junction.internal.jdbc.ResultStream;
import dev.junction.internal.jdbc.RowReader;
import dev.junction.internal.mapping.ValueEquality;
import dev.junction.internal.model.ModelImpl;
import dev.junction.internal.model.ModelPlan;
import dev.junction.internal.model.ModelSql;
import dev.junction.lifecycle.internal.ScopeFilter;
import dev.junction.query.Include;
import dev.junction.query.Loaded;
import dev.junction.query.Order;
import dev.junction.query.Query;
import dev.junction.query.Where;
import dev.junction.query.internal.Sql;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Loads include trees one level per query: the parents first (so limit and offset page parents, whatever is
 * included), then, for each include, one query for the children of all parents at once: with the parents' keys
 * chunked below the bind-parameter limit, or, for the first level of an unpaged query where that wins, with the
 * parents' own filter again as a subquery ({@link ParentSubquery}). No join multiplies rows across to-many
 * includes; a {@code required} include is an {@code EXISTS} in its parent's query, so pages and counts stay right.
 * Thread-safe.
 */
public final class IncludeLoader {
    private final Runtime runtime;

    public IncludeLoader(Runtime runtime) {
        this.runtime = runtime;
    }

    /** The parents the query selects, each with its includes loaded. */
    public <T> List<Loaded<T>> findAll(ModelImpl<T> model, Query given, List<Include<?, ?>> included) {
        List<Include<?, ?>> includes = prepared(model, included);
        Query query = ScopeFilter.apply(model.readScope(), given);
        ModelPlan plan = model.plan();
        Sql sql = new Sql().append("SELECT ").append(plan.selectList("")).append(" FROM ").append(plan.quotedTable());
        appendFilter(sql, plan, plan.readWhere(query.where(), query.isWithDeleted()), includes,
                plan.quotedTable() + ".");
        ModelSql.appendOrderAndPage(plan, sql, query, "");
        ParentSubquery again = query.limit() == null && query.offset() == null
                ? new ParentSubquery(plan, plan.readWhere(query.where(), query.isWithDeleted()), includes) : null;
        return runtime.scope().replicaRead(model.transaction(), connection -> {
            List<LoadedNode<T>> parents = runtime.runner().query(connection, sql, plan.definition().tableName(),
                    rs -> node(model, model.readValues(rs, 1)));
            loadLevel(connection, model, parents, includes, 1, again);
            return new ArrayList<Loaded<T>>(parents);
        });
    }

    /**
     * Parents read lazily; each batch of {@link #STREAM_BATCH} gets its includes loaded before it is handed on, on
     * the stream's own connection where the dialect can query beside a stream (so one connection suffices).
     */
    public <T> Stream<Loaded<T>> stream(ModelImpl<T> model, Query given, List<Include<?, ?>> included) {
        List<Include<?, ?>> includes = prepared(model, included);
        Query query = ScopeFilter.apply(model.readScope(), given);
        ModelPlan plan = model.plan();
        Sql sql = new Sql().append("SELECT ").append(plan.selectList("")).append(" FROM ").append(plan.quotedTable());
        appendFilter(sql, plan, plan.readWhere(query.where(), query.isWithDeleted()), includes,
                plan.quotedTable() + ".");
        ModelSql.appendOrderAndPage(plan, sql, query, "");
        RowReader<LoadedNode<T>> reader = rs -> node(model, model.readValues(rs, 1));
        String table = plan.definition().tableName();
        if (includes.isEmpty()) {
            return ResultStream.open(runtime, model.transaction(), sql, table, reader).map(node -> node);
        }
        return ResultStream.open(runtime, model.transaction(), sql, table, reader, STREAM_BATCH,
                (connection, batch) -> loadLevel(connection, model, batch, includes, 1, null)).map(node -> node);
    }

    /** Parents per include round when streaming. */
    public static final int STREAM_BATCH = 1_000;

    /** How many parents the filter and the required includes select: never inflated by what is included. */
    public <T> long count(ModelImpl<T> model, Where where, boolean withDeleted, List<Include<?, ?>> given) {
        List<Include<?, ?>> includes = prepared(model, given);
        ModelPlan plan = model.plan();
        Sql sql = new Sql().append("SELECT COUNT(*) FROM ").append(plan.quotedTable());
        appendFilter(sql, plan, plan.readWhere(ScopeFilter.where(model.readScope(), where), withDeleted), includes,
                plan.quotedTable() + ".");
        return runtime.scope().replicaRead(model.transaction(), c -> runtime.runner().queryLong(c, sql,
                plan.definition().tableName()));
    }

    /** Loads the includes of instances already in hand. */
    public <T> List<Loaded<T>> load(ModelImpl<T> model, List<T> instances, List<Include<?, ?>> given) {
        List<Include<?, ?>> includes = prepared(model, given);
        List<LoadedNode<T>> parents = new ArrayList<>(instances.size());
        for (T instance : instances) {
            parents.add(new LoadedNode<>(instance, model.valuesOf(instance)));
        }
        return runtime.scope().replicaRead(model.transaction(), connection -> {
            loadLevel(connection, model, parents, includes, 1, null);
            return new ArrayList<Loaded<T>>(parents);
        });
    }

    /** The include tree with every {@code Include.all()} written out, checked against the models. */
    private static List<Include<?, ?>> prepared(ModelImpl<?> model, List<Include<?, ?>> given) {
        List<Include<?, ?>> includes = IncludeExpansion.expand(model, given);
        IncludeCheck.check(model, includes);
        return includes;
    }

    private static <T> LoadedNode<T> node(ModelImpl<T> model, Object[] values) {
        return new LoadedNode<>(model.instanceOf(values), values);
    }

    /** {@code WHERE filter AND EXISTS(required include)…}, columns of the filter unqualified. */
    void appendFilter(Sql sql, ModelPlan plan, Where where, List<? extends Include<?, ?>> includes,
                      String outer) {
        appendFilter(sql, plan, where, includes, outer, true);
    }

    /** {@link #appendFilter}, continuing a {@code WHERE} already begun (with {@code AND}) unless {@code first}. */
    void appendFilter(Sql sql, ModelPlan plan, Where where, List<? extends Include<?, ?>> includes,
                      String outer, boolean first) {
        if (where != null) {
            sql.append(first ? " WHERE " : " AND ");
            plan.where("").render(sql, where);
            first = false;
        }
        for (Include<?, ?> include : includes) {
            if (!include.isRequired()) continue;
            sql.append(first ? " WHERE " : " AND ");
            first = false;
            appendExists(sql, include, outer, 1);
        }
    }

    /**
     * Loads one level: each include's children of all {@code parents}. {@code again} selects the same parents in
     * SQL (an unpaged first level), or is null (key lists).
     */
    private <S> void loadLevel(Connection connection, ModelImpl<S> model, List<LoadedNode<S>> parents,
                               List<Include<?, ?>> includes, int depth, ParentSubquery again) {
        for (Include<?, ?> include : includes) {
            loadInclude(connection, model, parents, include, depth, again);
        }
    }

    private <S, U> void loadInclude(Connection connection, ModelImpl<S> model, List<LoadedNode<S>> parents,
                                    Include<?, U> include, int depth, ParentSubquery again) {
        AssociationBase<S, U> association = base(include.association(), model);
        if (parents.isEmpty()) return;
        if (include.isCountOnly()) {
            loadCounts(connection, model, parents, association, include, depth, again);
            return;
        }
        int keyIndex = model.plan().indexOf(parentKey(association));
        // The parents of each key value, by ValueEquality.key; the keys as bound.
        Map<Object, List<LoadedNode.Sink>> byKey = new LinkedHashMap<>();
        List<Object> keys = new ArrayList<>();
        for (LoadedNode<S> parent : parents) {
            LoadedNode.Sink sink = parent.open(association);
            Object key = parent.values()[keyIndex];
            if (key != null) byKey.computeIfAbsent(ValueEquality.key(key), k -> {
                keys.add(key);
                return new ArrayList<>(1);
            }).add(sink);
        }
        ModelImpl<U> target = association.target;
        Map<Object, LoadedNode<U>> children = new LinkedHashMap<>();
        LevelQuery<S, U> level = new LevelQuery<>(association, include, depth, model.plan());
        ThroughLayout layout = level.layout();
        for (Sql sql : statements(level, keys, again, association, false)) {
            runtime.runner().forEachRow(connection, sql, target.plan().definition().tableName(), rs -> {
                Object identity = level.identity(rs);
                LoadedNode<U> child = children.get(identity);
                Object[] values = child != null ? child.values() : target.readValues(rs, 1);
                Object group = level.groupKey(rs, values);
                List<LoadedNode.Sink> sinks = byKey.get(ValueEquality.key(group));
                // No parent in hand wants it: a parent that the subquery saw but the parent query did not.
                if (sinks == null) return;
                if (child == null) {
                    child = node(target, values);
                    children.put(identity, child);
                }
                if (layout == null) {
                    for (LoadedNode.Sink sink : sinks) sink.add(child);
                    return;
                }
                // One link for every parent of this key; it does not keep the keys the parent and the child hold.
                LoadedLink link = level.link(rs, child);
                for (LoadedNode.Sink sink : sinks) sink.add(link, layout);
            });
        }
        if (!include.children().isEmpty()) {
            loadLevel(connection, target, new ArrayList<>(children.values()), include.children(), depth + 1, null);
        }
    }

    /**
     * The statements that read one level: one with the parents' subquery where {@code again} allows it and it wins
     * ({@link ParentSubquery#wins}), else the key lists chunked below the dialect's limits.
     */
    private List<Sql> statements(LevelQuery<?, ?> level, List<Object> keys, ParentSubquery again,
                                 AssociationBase<?, ?> association, boolean count) {
        int chunk = keysPerStatement(level);
        if (again != null && ParentSubquery.wins(keys.size(), level.arrayElementType() != null, chunk)) {
            Sql sql = count ? level.renderCount(again, this) : level.render(again, this);
            if (sql.binds().size() <= runtime.dialect().maxBindParameters()) return List.of(sql);
        }
        List<Sql> out = new ArrayList<>();
        for (int from = 0; from < keys.size(); from += chunk) {
            List<Object> part = keys.subList(from, Math.min(keys.size(), from + chunk));
            out.add(count ? level.renderCount(part, this) : level.render(part, this));
        }
        return out;
    }

    /** A count-only include: every parent gets how many children it has, 0 when it has none; no child is read. */
    private <S, U> void loadCounts(Connection connection, ModelImpl<S> model, List<LoadedNode<S>> parents,
                                   AssociationBase<S, U> association, Include<?, U> include, int depth,
                                   ParentSubquery again) {
        int keyIndex = model.plan().indexOf(parentKey(association));
        Map<Object, List<LoadedNode<S>>> byKey = new LinkedHashMap<>(); // by ValueEquality.key
        List<Object> keys = new ArrayList<>();
        for (LoadedNode<S> parent : parents) {
            parent.count(association, 0);
            Object key = parent.values()[keyIndex];
            if (key != null) byKey.computeIfAbsent(ValueEquality.key(key), k -> {
                keys.add(key);
                return new ArrayList<>();
            }).add(parent);
        }
        LevelQuery<S, U> level = new LevelQuery<>(association, include, depth, model.plan());
        for (Sql sql : statements(level, keys, again, association, true)) {
            runtime.runner().forEachRow(connection, sql, association.target.plan().definition().tableName(), rs -> {
                long count = rs.getLong(2);
                for (LoadedNode<S> parent : byKey.getOrDefault(ValueEquality.key(level.countKey(rs)), List.of())) {
                    parent.count(association, count);
                }
            });
        }
    }

    /** The parent attribute whose values select an include's children. */
    static String parentKey(AssociationBase<?, ?> association) {
        if (association instanceof BelongsToManyImpl<?, ?> m) return m.sourceKey;
        if (association instanceof HasManyImpl<?, ?> m) return m.sourceKey;
        if (association instanceof HasOneImpl<?, ?> m) return m.sourceKey;
        return ((BelongsToImpl<?, ?>) association).foreignKey;
    }

    /** Keys per child query: an array's limit, or the bind limit less what the include's own conditions bind. */
    private int keysPerStatement(LevelQuery<?, ?> level) {
        if (level.arrayElementType() != null) return runtime.dialect().maxArrayLength();
        return Math.max(1, runtime.dialect().maxBindParameters() - level.conditionBinds(this));
    }

    /** Appends {@code EXISTS (…)}: the parent, qualified by {@code outer}, has something for this include. */
    void appendExists(Sql sql, Include<?, ?> include, String outer, int depth) {
        AssociationBase<?, ?> association = (AssociationBase<?, ?>) include.association();
        new LevelQuery<>(association, include, depth, null).renderExists(sql, outer, this);
    }

    @SuppressWarnings("unchecked")
    private static <S, U> AssociationBase<S, U> base(Association<?, U> association, ModelImpl<S> model) {
        return (AssociationBase<S, U>) IncludeCheck.owned(model, association);
    }

    /** Orders for an include, qualified. */
    static void appendOrder(Sql sql, ModelPlan plan, List<Order> order, String qualifier) {
        if (order.isEmpty()) return;
        sql.append(" ORDER BY ");
        for (int i = 0; i < order.size(); i++) {
            if (i > 0) sql.append(", ");
            sql.append(qualifier).append(plan.dialect().quote(plan.where("").attribute(order.get(i).attribute())
                    .column())).append(order.get(i).descending() ? " DESC" : " ASC");
        }
    }
}
