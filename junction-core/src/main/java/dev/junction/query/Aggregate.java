package dev.junction.query;

import dev.junction.ValidationException;
import dev.junction.internal.Arguments;

/**
 * One aggregate of a model's rows — {@code COUNT}, {@code SUM}, {@code AVG}, {@code MIN} or {@code MAX} of an
 * attribute — for {@link dev.junction.ModelAggregates}. In a grouped result each aggregate is a column named by its
 * {@linkplain #as(String) alias}: {@code count} for {@link #count()}, else the function and the attribute
 * ({@code avgAge}, {@code maxCreatedAt}, {@code countDistinctCity}). Immutable.
 *
 * <pre>{@code
 * import static dev.junction.query.Aggregate.*;
 * List<Row> perCity = users.aggregate(GroupBy.groupBy("city"), count(), avg("age").as("averageAge"));
 * }</pre>
 *
 * <p>Result types: {@code COUNT} a {@code Long}; {@code SUM} a {@code Long} of integer attributes, a
 * {@code BigDecimal} of decimals and a {@code Double} of doubles; {@code AVG} a {@code Double}, or a
 * {@code BigDecimal} of decimals; {@code MIN} and {@code MAX} the attribute's own Java type ({@code Instant},
 * {@code String}, …). Over no rows (or only nulls) every aggregate but {@code COUNT} is null, as in SQL and Sequelize.
 */
public final class Aggregate {
    /** The SQL aggregate function. */
    public enum Function { COUNT, SUM, AVG, MIN, MAX }

    private final Function function;
    private final String attribute;
    private final boolean distinct;
    private final String alias;

    private Aggregate(Function function, String attribute, boolean distinct, String alias) {
        this.function = function;
        this.attribute = attribute;
        this.distinct = distinct;
        this.alias = alias;
    }

    /** How many rows ({@code COUNT(*)}). */
    public static Aggregate count() {
        return new Aggregate(Function.COUNT, null, false, null);
    }

    /** How many rows have a value (not null) for {@code attribute}. */
    public static Aggregate count(String attribute) {
        return of(Function.COUNT, attribute);
    }

    /** The sum of a numeric attribute. */
    public static Aggregate sum(String attribute) {
        return of(Function.SUM, attribute);
    }

    /** The average of a numeric attribute. */
    public static Aggregate avg(String attribute) {
        return of(Function.AVG, attribute);
    }

    /** The smallest value of an attribute (a number, a text, a date or time). */
    public static Aggregate min(String attribute) {
        return of(Function.MIN, attribute);
    }

    /** The largest value of an attribute (a number, a text, a date or time). */
    public static Aggregate max(String attribute) {
        return of(Function.MAX, attribute);
    }

    private static Aggregate of(Function function, String attribute) {
        String call = "Aggregate." + function.name().toLowerCase(java.util.Locale.ROOT);
        return new Aggregate(function, Arguments.given(attribute, call, "attribute"), false, null);
    }

    /** Over distinct values only ({@code COUNT(DISTINCT "city")}); needs an attribute. */
    public Aggregate distinct() {
        if (attribute == null) {
            throw new ValidationException(null, null, "Aggregate.count().distinct(): say which attribute's distinct"
                    + " values to count, as count(\"city\").distinct()");
        }
        return new Aggregate(function, attribute, true, alias);
    }

    /** This aggregate, named {@code alias} in a grouped result (and in its order). */
    public Aggregate as(String alias) {
        if (Arguments.given(alias, "Aggregate.as", "alias").isBlank()) {
            throw new ValidationException(null, attribute, "Aggregate.as: the alias must not be blank");
        }
        return new Aggregate(function, attribute, distinct, alias);
    }

    /** The function. */
    public Function function() {
        return function;
    }

    /** The attribute aggregated; {@code null} for {@link #count()}. */
    public String attribute() {
        return attribute;
    }

    /** Whether only distinct values are aggregated. */
    public boolean isDistinct() {
        return distinct;
    }

    /** The name of this aggregate's column in a grouped result: as given to {@link #as(String)}, else derived. */
    public String alias() {
        if (alias != null) return alias;
        String name = function.name().toLowerCase(java.util.Locale.ROOT);
        if (attribute == null) return name;
        String capitalised = Character.toUpperCase(attribute.charAt(0)) + attribute.substring(1);
        return name + (distinct ? "Distinct" : "") + capitalised;
    }

    @Override
    public String toString() {
        return function + "(" + (distinct ? "DISTINCT " : "") + (attribute == null ? "*" : attribute) + ") AS "
                + alias();
    }
}
