package dev.junction.internal.model;

import dev.junction.ValidationException;
import dev.junction.query.Aggregate;
import dev.junction.query.Aggregate.Function;
import dev.junction.query.internal.Sql;
import dev.junction.schema.Attribute;
import dev.junction.schema.DataType;
import dev.junction.schema.DataType.Kind;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.Set;

/**
 * One aggregate checked against a model: its attribute exists and can be aggregated so, and it knows the Java type of
 * its result, how to render itself and how to read its value — the same on all four databases, whatever type each
 * gives {@code SUM} or {@code AVG} (an integer average is computed in double precision everywhere).
 */
final class AggregateColumn {
    private static final Set<Kind> NUMBERS = EnumSet.of(Kind.INTEGER, Kind.BIGINT, Kind.DOUBLE, Kind.DECIMAL);
    /** Kinds whose order is the same in every database (booleans, binaries, UUIDs and enums have no common one). */
    private static final Set<Kind> ORDERED = EnumSet.of(Kind.STRING, Kind.TEXT, Kind.INTEGER, Kind.BIGINT,
            Kind.DOUBLE, Kind.DECIMAL, Kind.INSTANT, Kind.OFFSET_DATE_TIME, Kind.LOCAL_DATE_TIME, Kind.DATE);

    final Aggregate aggregate;
    private final ModelPlan plan;
    /** The attribute's index in the plan, or -1 for {@code COUNT(*)}. */
    private final int index;
    private final Kind kind;
    /** The Java type of the value. */
    final Class<?> type;

    AggregateColumn(ModelPlan plan, Aggregate aggregate) {
        this.aggregate = aggregate;
        this.plan = plan;
        Attribute attribute = aggregate.attribute() == null ? null : plan.where.attribute(aggregate.attribute());
        this.index = attribute == null ? -1 : plan.attributes.indexOf(attribute);
        this.kind = attribute == null ? null : attribute.type().kind();
        Function f = aggregate.function();
        if ((f == Function.SUM || f == Function.AVG) && !NUMBERS.contains(kind)) refuse(attribute, "not a number");
        if ((f == Function.MIN || f == Function.MAX) && !ORDERED.contains(kind)) {
            refuse(attribute, "not ordered alike in every database");
        }
        this.type = switch (f) {
            case COUNT -> Long.class;
            case SUM -> kind == Kind.DECIMAL ? BigDecimal.class : kind == Kind.DOUBLE ? Double.class : Long.class;
            case AVG -> kind == Kind.DECIMAL ? BigDecimal.class : Double.class;
            case MIN, MAX -> attribute.type().javaType();
        };
    }

    private void refuse(Attribute attribute, String why) {
        String model = plan.definition.name();
        throw new ValidationException(model, attribute.name(), "Cannot " + aggregate.function().name().toLowerCase(
                java.util.Locale.ROOT) + " " + model + "." + attribute.name() + ": it is " + kind + ", " + why);
    }

    /** {@code SUM("age")}, {@code COUNT(*)}, {@code AVG(CAST("age" AS DOUBLE PRECISION))}. */
    void render(Sql sql, String qualifier) {
        sql.append(aggregate.function().name()).append('(');
        if (index < 0) {
            sql.append("*)");
            return;
        }
        if (aggregate.isDistinct()) sql.append("DISTINCT ");
        String column = qualifier + plan.dialect.quote(plan.attributes.get(index).column());
        if (aggregate.function() == Function.AVG && kind != Kind.DECIMAL) {
            sql.append("CAST(").append(column).append(" AS ")
                    .append(plan.dialect.columnType(DataType.doubleType())).append(')');
        } else {
            sql.append(column);
        }
        sql.append(')');
    }

    /** The value in column {@code column} of the current row, as {@link #type}; null when SQL gave null. */
    Object read(ResultSet rs, int column) throws SQLException {
        Function f = aggregate.function();
        if (f == Function.COUNT) return rs.getLong(column);
        if (f == Function.MIN || f == Function.MAX || (f == Function.SUM && kind == Kind.DECIMAL)) {
            return plan.codecs[index].read(rs, column);  // the attribute's own codec: its type and scale
        }
        Object value = rs.getObject(column);
        if (value == null) return null;
        if (type == Double.class) return ((Number) value).doubleValue();
        if (type == BigDecimal.class) {
            // SQLite computes decimals in doubles, exact to 15 significant digits.
            return value instanceof BigDecimal d ? d : new BigDecimal(value.toString(), new MathContext(15));
        }
        return exactLong(value);
    }

    private Long exactLong(Object value) {
        try {
            if (value instanceof BigDecimal d) return d.longValueExact();
            if (value instanceof BigInteger i) return i.longValueExact();
        } catch (ArithmeticException e) {
            String model = plan.definition.name();
            throw new ValidationException(model, aggregate.attribute(), "The sum of " + model + "."
                    + aggregate.attribute() + " (" + value + ") does not fit a Long");
        }
        return ((Number) value).longValue();
    }
}
