package dev.junction.internal.model;

import dev.junction.Row;
import dev.junction.ValidationException;
import dev.junction.internal.Arguments;
import dev.junction.lifecycle.internal.ScopeFilter;
import dev.junction.query.Aggregate;
import dev.junction.query.GroupBy;
import dev.junction.query.Order;
import dev.junction.query.Query;
import dev.junction.query.Where;
import dev.junction.query.internal.Sql;
import dev.junction.schema.Attribute;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Aggregates of a model's rows ({@link dev.junction.ModelAggregates}): one {@code SELECT} of aggregate functions,
 * grouped or not, over the rows the handle reads — its scope's filter, soft-deleted rows left out — with every
 * attribute checked before the statement is rendered.
 */
final class Aggregations {
    private Aggregations() {
    }

    /** One aggregate over the rows {@code where} matches, as {@code type}. */
    static <V> Optional<V> single(ModelImpl<?> model, Aggregate aggregate, Class<V> type, Where where) {
        String call = model.name() + ".aggregate";
        Arguments.given(aggregate, call, "aggregate");
        Arguments.given(type, call, "type");
        Arguments.given(where, call, "where (use Where.all() for every row)");
        ModelPlan plan = model.plan();
        AggregateColumn column = new AggregateColumn(plan, aggregate);
        if (!boxed(type).isAssignableFrom(column.type)) {
            throw new ValidationException(model.name(), aggregate.attribute(), model.name() + ": "
                    + aggregate.function() + " of " + (aggregate.attribute() == null ? "rows" : aggregate.attribute())
                    + " is a " + column.type.getSimpleName() + ", not a " + type.getSimpleName());
        }
        Sql sql = new Sql().append("SELECT ");
        column.render(sql, "");
        sql.append(" FROM ").append(plan.quotedTable);
        plan.where.appendWhereClause(sql, plan.readWhere(ScopeFilter.where(model.readScope(), where), false));
        List<Object> values = model.runtime().scope().replicaRead(model.transaction(), c -> model.runtime().runner()
                .query(c, sql, plan.definition.tableName(), rs -> column.read(rs, 1)));
        Object value = values.isEmpty() ? null : values.get(0);
        @SuppressWarnings("unchecked") V typed = (V) value;
        return Optional.ofNullable(typed);
    }

    /** One row per group: grouped attributes, then the aggregates by alias. */
    static List<Row> grouped(ModelImpl<?> model, GroupBy groupBy, Aggregate[] given) {
        String call = model.name() + ".aggregate";
        Arguments.given(groupBy, call, "groupBy");
        List<Aggregate> aggregates = Arguments.each(call, "aggregate", Arguments.given(given, call, "aggregates"));
        ModelPlan plan = model.plan();
        List<Attribute> groups = new ArrayList<>();
        Map<String, Object> names = new HashMap<>();
        for (String name : groupBy.attributes()) {
            Attribute a = plan.where.attribute(name);
            groups.add(a);
            unique(model, names, name, a);
        }
        List<AggregateColumn> columns = new ArrayList<>();
        for (Aggregate aggregate : aggregates) {
            AggregateColumn column = new AggregateColumn(plan, aggregate);
            columns.add(column);
            unique(model, names, aggregate.alias(), column);
        }
        if (groups.isEmpty() && columns.isEmpty()) {
            throw new ValidationException(model.name(), null, call + ": nothing to select; give an attribute to group"
                    + " by or an aggregate");
        }
        Query query = groupBy.query();
        Sql sql = new Sql().append("SELECT ");
        for (int i = 0; i < groups.size(); i++) {
            if (i > 0) sql.append(", ");
            sql.append(plan.dialect.quote(groups.get(i).column()));
        }
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0 || !groups.isEmpty()) sql.append(", ");
            columns.get(i).render(sql, "");
        }
        sql.append(" FROM ").append(plan.quotedTable);
        plan.where.appendWhereClause(sql, plan.readWhere(ScopeFilter.where(model.readScope(), query.where()),
                query.isWithDeleted()));
        if (!groups.isEmpty()) {
            sql.append(" GROUP BY ");
            for (int i = 0; i < groups.size(); i++) {
                if (i > 0) sql.append(", ");
                sql.append(plan.dialect.quote(groups.get(i).column()));
            }
        }
        appendOrder(model, sql, query.order(), names);
        sql.append(plan.dialect.limitOffset(query.limit() != null, query.offset() != null));
        var longCodec = dev.junction.dialect.internal.StandardCodecs.BIGINT;
        if (query.limit() != null) sql.addBind((long) query.limit(), longCodec);
        if (query.offset() != null) sql.addBind((long) query.offset(), longCodec);
        int[] groupIndexes = groups.stream().mapToInt(plan.attributes::indexOf).toArray();
        return model.runtime().scope().replicaRead(model.transaction(), c -> model.runtime().runner().query(c, sql,
                plan.definition.tableName(), rs -> {
                    Row row = new Row();
                    for (int i = 0; i < groupIndexes.length; i++) {
                        row.put(groups.get(i).name(), plan.codecs[groupIndexes[i]].read(rs, i + 1));
                    }
                    for (int i = 0; i < columns.size(); i++) {
                        row.put(columns.get(i).aggregate.alias(), columns.get(i).read(rs, groupIndexes.length + i + 1));
                    }
                    return row;
                }));
    }

    /** Records a result column's name; a second column of the same name is refused. */
    private static void unique(ModelImpl<?> model, Map<String, Object> names, String name, Object column) {
        if (names.putIfAbsent(name, column) != null) {
            throw new ValidationException(model.name(), name, model.name() + ".aggregate: two result columns are"
                    + " named '" + name + "'; give one of the aggregates another alias with as(…)");
        }
    }

    /** ORDER BY grouped columns or aggregates, each named in {@code names}. */
    private static void appendOrder(ModelImpl<?> model, Sql sql, List<Order> order, Map<String, Object> names) {
        ModelPlan plan = model.plan();
        for (int i = 0; i < order.size(); i++) {
            Object column = names.get(order.get(i).attribute());
            if (column == null) {
                throw new ValidationException(model.name(), order.get(i).attribute(), model.name() + ".aggregate:"
                        + " cannot order by '" + order.get(i).attribute() + "', which is neither grouped by nor an"
                        + " aggregate's alias (the result has " + names.keySet() + ")");
            }
            sql.append(i == 0 ? " ORDER BY " : ", ");
            if (column instanceof AggregateColumn a) {
                a.render(sql, "");
            } else {
                sql.append(plan.dialect.quote(((Attribute) column).column()));
            }
            sql.append(order.get(i).descending() ? " DESC" : " ASC");
        }
    }

    private static Class<?> boxed(Class<?> type) {
        if (!type.isPrimitive()) return type;
        return java.lang.invoke.MethodType.methodType(type).wrap().returnType();
    }
}
