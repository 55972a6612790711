package dev.junction.query;

import dev.junction.ValidationException;
import dev.junction.internal.Arguments;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * A filter on a model's rows, built from static factories and combined with {@link #and}, {@link #or} and
 * {@link #not}. Attributes are named as in the model (not as columns); values are always bound, never inlined.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * import static dev.junction.query.Where.*;
 * users.findAll(Query.where(and(like("username", "a%"), gt("age", 18), not(isNull("email")))));
 * }</pre>
 */
public sealed interface Where {

    /** Comparison operators. */
    enum Operator {
        EQ("="), NE("<>"), GT(">"), GTE(">="), LT("<"), LTE("<="), LIKE("LIKE");

        private final String sql;

        Operator(String sql) {
            this.sql = sql;
        }

        public String sql() {
            return sql;
        }
    }

    /** {@code attribute <op> value}. */
    record Comparison(String attribute, Operator operator, Object value) implements Where {
        public Comparison {
            Arguments.given(attribute, "Where", "attribute");
            Arguments.given(operator, "Where", "operator");
        }
    }

    /**
     * {@code attribute IN (values)}, or {@code NOT IN} when negated. An empty list matches nothing (IN) or everything
     * (NOT IN). The values may not contain {@code null}: SQL never matches it there (use {@link #isNull}).
     */
    record In(String attribute, List<Object> values, boolean negated) implements Where {
        public In {
            Arguments.given(attribute, negated ? "Where.notIn" : "Where.in", "attribute");
            Arguments.given(values, negated ? "Where.notIn" : "Where.in", "values");
            for (Object value : values) {
                if (value == null) {
                    throw new ValidationException(null, attribute, (negated ? "notIn(" : "in(") + attribute
                            + ", …) cannot hold null, which SQL never matches there; combine with isNull(\""
                            + attribute + "\") instead");
                }
            }
            values = List.copyOf(values);
        }
    }

    /** {@code attribute IS NULL}, or {@code IS NOT NULL} when negated. */
    record IsNull(String attribute, boolean negated) implements Where {
        public IsNull {
            Arguments.given(attribute, negated ? "Where.isNotNull" : "Where.isNull", "attribute");
        }
    }

    /**
     * The value at {@code path} inside json() attribute {@code attribute} compared with {@code value}: a String
     * with JSON strings, a number with JSON numbers (numerically), a Boolean with JSON booleans; {@code EQ} with a
     * {@code null} value means the path holds JSON null or nothing, {@code NE} with {@code null} the opposite. Built
     * by {@link #json(String, String...)}; see {@link JsonPath}.
     */
    record JsonComparison(String attribute, List<String> path, Operator operator, Object value) implements Where {
        public JsonComparison {
            Arguments.given(attribute, "Where.json", "attribute");
            path = JsonPath.checkedPath(attribute, path);
            Arguments.given(operator, "Where.json", "operator");
            JsonPath.checkValue(attribute, path, operator, value);
        }
    }

    /** All of the parts; an empty AND matches everything. */
    record And(List<Where> parts) implements Where {
        public And {
            parts = Arguments.each("Where.and", "part", Arguments.given(parts, "Where.and", "parts"));
        }
    }

    /** Any of the parts; an empty OR matches nothing. */
    record Or(List<Where> parts) implements Where {
        public Or {
            parts = Arguments.each("Where.or", "part", Arguments.given(parts, "Where.or", "parts"));
        }
    }

    /** The opposite of the part. */
    record Not(Where part) implements Where {
        public Not {
            Arguments.given(part, "Where.not", "part");
        }
    }

    /** Equal to {@code value}; {@code eq(a, null)} means {@code IS NULL}, as in Sequelize. */
    static Where eq(String attribute, Object value) {
        return value == null ? new IsNull(attribute, false) : new Comparison(attribute, Operator.EQ, value);
    }

    /** Not equal to {@code value}; {@code ne(a, null)} means {@code IS NOT NULL}. */
    static Where ne(String attribute, Object value) {
        return value == null ? new IsNull(attribute, true) : new Comparison(attribute, Operator.NE, value);
    }

    static Where gt(String attribute, Object value) {
        return new Comparison(attribute, Operator.GT, Arguments.given(value, "Where.gt", "value"));
    }

    static Where gte(String attribute, Object value) {
        return new Comparison(attribute, Operator.GTE, Arguments.given(value, "Where.gte", "value"));
    }

    static Where lt(String attribute, Object value) {
        return new Comparison(attribute, Operator.LT, Arguments.given(value, "Where.lt", "value"));
    }

    static Where lte(String attribute, Object value) {
        return new Comparison(attribute, Operator.LTE, Arguments.given(value, "Where.lte", "value"));
    }

    /**
     * SQL LIKE with {@code %} and {@code _} wildcards, on a string, text or enum attribute (case-sensitive except on
     * SQLite, whose LIKE ignores ASCII case).
     */
    static Where like(String attribute, String pattern) {
        return new Comparison(attribute, Operator.LIKE, Arguments.given(pattern, "Where.like", "pattern"));
    }

    static Where in(String attribute, Collection<?> values) {
        return new In(attribute, new ArrayList<>(Arguments.given(values, "Where.in", "values")), false);
    }

    static Where in(String attribute, Object... values) {
        return new In(attribute, Arrays.asList(Arguments.given(values, "Where.in", "values")), false);
    }

    static Where notIn(String attribute, Collection<?> values) {
        return new In(attribute, new ArrayList<>(Arguments.given(values, "Where.notIn", "values")), true);
    }

    static Where notIn(String attribute, Object... values) {
        return new In(attribute, Arrays.asList(Arguments.given(values, "Where.notIn", "values")), true);
    }

    static Where isNull(String attribute) {
        return new IsNull(attribute, false);
    }

    static Where isNotNull(String attribute) {
        return new IsNull(attribute, true);
    }

    static Where and(Where... parts) {
        return new And(Arrays.asList(Arguments.given(parts, "Where.and", "parts")));
    }

    static Where or(Where... parts) {
        return new Or(Arrays.asList(Arguments.given(parts, "Where.or", "parts")));
    }

    static Where not(Where part) {
        return new Not(part);
    }

    /**
     * A condition on the value at {@code path} inside json() attribute {@code attribute}, where the database can
     * look inside JSON (PostgreSQL, MariaDB/MySQL, SQLite; not H2). A path element of digits indexes an array.
     *
     * <pre>{@code
     * shows.findAll(Query.where(Where.json("meta", "venue", "city").eq("Oslo")));
     * shows.findAll(Query.where(Where.json("meta", "seats").gt(100)));
     * }</pre>
     */
    static JsonPath json(String attribute, String... path) {
        return new JsonPath(Arguments.given(attribute, "Where.json", "attribute"),
                Arrays.asList(Arguments.given(path, "Where.json", "path")));
    }

    /**
     * The value at a dotted path, its first part the json() attribute, equals {@code value}:
     * {@code jsonPath("meta.venue.city", "Oslo")} is {@code json("meta", "venue", "city").eq("Oslo")}.
     */
    static Where jsonPath(String dottedPath, Object value) {
        String dotted = Arguments.given(dottedPath, "Where.jsonPath", "dottedPath");
        List<String> parts = Arrays.asList(dotted.split("\\.", -1));
        return json(parts.get(0), parts.subList(1, parts.size()).toArray(String[]::new)).eq(value);
    }

    /** Matches every row. */
    static Where all() {
        return new And(List.of());
    }

    /** This filter and {@code other}. */
    default Where and(Where other) {
        return new And(List.of(this, Arguments.given(other, "Where.and", "other")));
    }

    /** This filter or {@code other}. */
    default Where or(Where other) {
        return new Or(List.of(this, Arguments.given(other, "Where.or", "other")));
    }
}
