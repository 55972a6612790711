package dev.junction.query;

import dev.junction.internal.Arguments;
import java.util.List;

/**
 * The rows a grouped aggregate reads and how it groups them, for
 * {@link dev.junction.ModelAggregates#aggregate(GroupBy, Aggregate...)}: the attributes to group by (none: one
 * group of every row), a filter, an order by grouped attributes or aggregate aliases, and a page of groups.
 * Immutable; each method returns a new one.
 *
 * <pre>{@code
 * List<Row> top = users.aggregate(groupBy("city").where(gt("age", 17)).order(Order.desc("count")).limit(3),
 *         Aggregate.count(), Aggregate.avg("age"));
 * }</pre>
 */
public final class GroupBy {
    private final List<String> attributes;
    private final Query query;

    private GroupBy(List<String> attributes, Query query) {
        this.attributes = List.copyOf(attributes);
        this.query = query;
    }

    /** Groups the rows by these attributes (none: every row is one group). */
    public static GroupBy groupBy(String... attributes) {
        return new GroupBy(Arguments.each("GroupBy.groupBy", "attribute",
                Arguments.given(attributes, "GroupBy.groupBy", "attributes")), Query.all());
    }

    /** Only the rows matching {@code where} are grouped (SQL's {@code WHERE}, before grouping). */
    public GroupBy where(Where where) {
        return new GroupBy(attributes, query.and(Arguments.given(where, "GroupBy.where", "where")));
    }

    /** Orders the groups by grouped attributes or by aggregates, named by their alias ({@code desc("count")}). */
    public GroupBy order(Order... terms) {
        return new GroupBy(attributes, query.order(terms));
    }

    /** At most {@code n} groups. */
    public GroupBy limit(int n) {
        return new GroupBy(attributes, query.limit(n));
    }

    /** Skips the first {@code n} groups. */
    public GroupBy offset(int n) {
        return new GroupBy(attributes, query.offset(n));
    }

    /** Groups soft-deleted rows of a paranoid model too. */
    public GroupBy withDeleted() {
        return new GroupBy(attributes, query.withDeleted());
    }

    /** The attributes grouped by. */
    public List<String> attributes() {
        return attributes;
    }

    /** The filter, order and page, as a query. */
    public Query query() {
        return query;
    }
}
