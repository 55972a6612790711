package dev.junction.query;

import dev.junction.ValidationException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A path inside a json() attribute, to compare the value found there: made by
 * {@link Where#json(String, String...)}. Strings compare with JSON strings, numbers with JSON numbers
 * (numerically), booleans with JSON booleans; a path that leads nowhere holds no value, so it matches only
 * {@link #isNull()}. Path elements are letters, digits, '_', '-' and '$' (an element of digits indexes an array);
 * they travel as bound parameters. Immutable and thread-safe.
 *
 * <pre>{@code
 * import static dev.junction.query.Where.json;
 * shows.findAll(Query.where(json("meta", "venue", "city").eq("Oslo").and(json("meta", "seats").gte(100))));
 * }</pre>
 */
public final class JsonPath {
    /** What a path element may hold: nothing that means something in a JSON path, nor quotes. */
    private static final Pattern ELEMENT = Pattern.compile("[\\p{L}\\p{N}_$-]{1,128}");

    private final String attribute;
    private final List<String> path;

    JsonPath(String attribute, List<String> path) {
        this.attribute = attribute;
        this.path = checkedPath(attribute, path);
    }

    /** The value there equals {@code value} (a String, number or Boolean); {@code null}: {@link #isNull()}. */
    public Where eq(Object value) {
        return new Where.JsonComparison(attribute, path, Where.Operator.EQ, value);
    }

    /** The value there is not {@code value}; a path holding no value matches neither eq nor ne, as in SQL. */
    public Where ne(Object value) {
        return new Where.JsonComparison(attribute, path, Where.Operator.NE, value);
    }

    /** The value there is a number greater than {@code value}. */
    public Where gt(Number value) {
        return new Where.JsonComparison(attribute, path, Where.Operator.GT, given(value, "gt"));
    }

    /** The value there is a number at least {@code value}. */
    public Where gte(Number value) {
        return new Where.JsonComparison(attribute, path, Where.Operator.GTE, given(value, "gte"));
    }

    /** The value there is a number less than {@code value}. */
    public Where lt(Number value) {
        return new Where.JsonComparison(attribute, path, Where.Operator.LT, given(value, "lt"));
    }

    /** The value there is a number at most {@code value}. */
    public Where lte(Number value) {
        return new Where.JsonComparison(attribute, path, Where.Operator.LTE, given(value, "lte"));
    }

    /** The path holds JSON null or nothing (the key is missing, or the attribute is NULL). */
    public Where isNull() {
        return new Where.JsonComparison(attribute, path, Where.Operator.EQ, null);
    }

    /** The path holds a value other than JSON null. */
    public Where isNotNull() {
        return new Where.JsonComparison(attribute, path, Where.Operator.NE, null);
    }

    private Number given(Number value, String call) {
        if (value == null) {
            throw new ValidationException(null, attribute, "Where.json(\"" + attribute + "\", …)." + call
                    + ": the number must not be null");
        }
        return value;
    }

    /** {@code path} copied, or a {@link ValidationException} when it is empty or an element is not allowed. */
    static List<String> checkedPath(String attribute, List<String> path) {
        if (path == null || path.isEmpty()) {
            throw new ValidationException(null, attribute, "Where.json(\"" + attribute + "\", …) needs a path: at"
                    + " least one key inside the document");
        }
        for (String element : path) {
            if (element == null || !ELEMENT.matcher(element).matches()) {
                throw new ValidationException(null, attribute, "Where.json(\"" + attribute + "\", …): path element "
                        + (element == null ? "null" : "'" + element + "'") + " may hold only letters, digits, '_',"
                        + " '-' and '$' (at most 128)");
            }
        }
        return List.copyOf(path);
    }

    /** Refuses a value of another kind than String, number or Boolean, and order comparisons of non-numbers. */
    static void checkValue(String attribute, List<String> path, Where.Operator operator, Object value) {
        String where = "Where.json(\"" + attribute + "\", " + String.join(", ", path) + ")";
        boolean number = value instanceof Integer || value instanceof Long || value instanceof Short
                || value instanceof Byte || value instanceof BigInteger || value instanceof BigDecimal
                || value instanceof Double && Double.isFinite((Double) value)
                || value instanceof Float && Float.isFinite((Float) value);
        boolean equality = operator == Where.Operator.EQ || operator == Where.Operator.NE;
        if (!equality && !number) {
            throw new ValidationException(null, attribute, where + ": " + operator.sql() + " compares a finite"
                    + " number, got " + describe(value));
        }
        if (equality && value != null && !number && !(value instanceof String) && !(value instanceof Boolean)) {
            throw new ValidationException(null, attribute, where + " compares a String, a finite number or a"
                    + " Boolean, got " + describe(value));
        }
    }

    private static String describe(Object value) {
        return value == null ? "null" : value.getClass().getSimpleName() + " '" + value + "'";
    }

    @Override
    public String toString() {
        return attribute + (path.isEmpty() ? "" : "." + String.join(".", path));
    }
}
