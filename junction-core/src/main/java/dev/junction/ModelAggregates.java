package dev.junction;

import dev.junction.query.Aggregate;
import dev.junction.query.GroupBy;
import dev.junction.query.Where;
import java.util.List;
import java.util.Optional;

/**
 * The side of a {@link Model} that aggregates its rows in the database: {@code SUM}, {@code AVG}, {@code MIN},
 * {@code MAX} of an attribute (and {@link Model#count(Where)}), and grouped aggregates returning one {@link Row} per
 * group. Each is one statement, read through the handle's scope with soft-deleted rows left out, as {@code count}.
 *
 * <p>The type asked for must hold the result: {@code Long} for the sum of integer attributes, {@code BigDecimal} for
 * the sum and the average of decimals, {@code Double} for the sum of doubles and the average of integers or doubles,
 * the attribute's own Java type for {@code min} and {@code max} ({@code Instant}, {@code String}, …) — or any
 * supertype ({@code Number}, {@code Object}); another type is a {@link ValidationException}, as are an unknown
 * attribute and a sum or average of an attribute that is not a number. Over no rows the result is empty (Sequelize's
 * {@code null}).
 *
 * <pre>{@code
 * long total = users.sum("age", Long.class).orElse(0L);
 * Optional<Instant> firstSignUp = users.min("createdAt", Instant.class, Where.eq("city", "Oslo"));
 * List<Row> perCity = users.aggregate(GroupBy.groupBy("city"), Aggregate.count(), Aggregate.avg("age"));
 * }</pre>
 *
 * @param <T> the model's instances
 */
public interface ModelAggregates<T> {

    /**
     * The value of one aggregate over the rows {@code where} matches ({@link Where#all()}: every row), as
     * {@code type} (Sequelize's {@code aggregate(field, fn, options)}); empty when SQL gives null (no rows, or
     * only nulls). A null {@code where} is a {@link ValidationException}.
     */
    <V> Optional<V> aggregate(Aggregate aggregate, Class<V> type, Where where);

    /**
     * One {@link Row} per group: the grouped attributes' values under their names, then each aggregate's value under
     * its {@link Aggregate#alias()}, in the group-by's order and page — one {@code SELECT … GROUP BY} statement.
     * Unknown attributes, an order by something neither grouped nor an aggregate's alias, or two columns of one
     * name are a {@link ValidationException}.
     *
     * <pre>{@code
     * for (Row city : users.aggregate(groupBy("city").order(Order.desc("count")), count(), max("age"))) {
     *     String name = city.getString("city");
     *     long people = city.getLong("count");
     *     Integer oldest = city.getInteger("maxAge");
     * }
     * }</pre>
     */
    List<Row> aggregate(GroupBy groupBy, Aggregate... aggregates);

    /** The sum of a numeric attribute over every row; empty when there is none. */
    default <V> Optional<V> sum(String attribute, Class<V> type) {
        return sum(attribute, type, Where.all());
    }

    /** The sum of a numeric attribute over the rows {@code where} matches; empty when none does. */
    default <V> Optional<V> sum(String attribute, Class<V> type, Where where) {
        return aggregate(Aggregate.sum(attribute), type, where);
    }

    /** The average of a numeric attribute over every row; empty when there is none. */
    default <V> Optional<V> avg(String attribute, Class<V> type) {
        return avg(attribute, type, Where.all());
    }

    /** The average of a numeric attribute over the rows {@code where} matches; empty when none does. */
    default <V> Optional<V> avg(String attribute, Class<V> type, Where where) {
        return aggregate(Aggregate.avg(attribute), type, where);
    }

    /** The smallest value of an attribute; empty when there is no row (or only nulls). */
    default <V> Optional<V> min(String attribute, Class<V> type) {
        return min(attribute, type, Where.all());
    }

    /** The smallest value of an attribute among the rows {@code where} matches. */
    default <V> Optional<V> min(String attribute, Class<V> type, Where where) {
        return aggregate(Aggregate.min(attribute), type, where);
    }

    /** The largest value of an attribute; empty when there is no row (or only nulls). */
    default <V> Optional<V> max(String attribute, Class<V> type) {
        return max(attribute, type, Where.all());
    }

    /** The largest value of an attribute among the rows {@code where} matches. */
    default <V> Optional<V> max(String attribute, Class<V> type, Where where) {
        return aggregate(Aggregate.max(attribute), type, where);
    }
}
