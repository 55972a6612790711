package dev.junction.lifecycle;

import dev.junction.internal.Arguments;
import dev.junction.schema.DataType;
import java.math.BigDecimal;
import java.net.URI;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One validator of an attribute's value (Sequelize's {@code validate: { isEmail: true }}), declared with
 * {@link dev.junction.schema.AttributeSpec}: {@code a.isEmail().len(3, 80)}. As in Sequelize, built-in rules see
 * only non-null values (a null is {@code allowNull}'s business), while a custom rule also sees the null of an
 * attribute that allows null. Immutable and thread-safe if its test is.
 */
public final class AttributeRule {
    private static final Pattern EMAIL = Pattern.compile(
            "^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@([A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?\\.)+[A-Za-z]{2,}$");
    private static final Pattern UUID = Pattern.compile(
            "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");
    private static final List<String> URL_SCHEMES = List.of("http", "https", "ftp");

    /** Which attribute types a rule may be declared on (a date bound also needs the attribute's own type). */
    private enum Applies { ANY, TEXT, NUMBER }

    private final String name;
    private final String description;
    private final Applies applies;
    private final Predicate<Object> test;
    private final String declarationProblem;
    private final boolean seesNull;
    private final Class<?> boundType;

    private AttributeRule(String name, String description, Applies applies, Predicate<Object> test,
                          String declarationProblem) {
        this(name, description, applies, test, declarationProblem, false, null);
    }

    private AttributeRule(String name, String description, Applies applies, Predicate<Object> test,
                          String declarationProblem, boolean seesNull, Class<?> boundType) {
        this.name = name;
        this.description = description;
        this.applies = applies;
        this.test = test;
        this.declarationProblem = declarationProblem;
        this.seesNull = seesNull;
        this.boundType = boundType;
    }

    /**
     * A custom rule called {@code name}: {@code test} is true for a valid value. Like Sequelize's custom validators
     * it also gets {@code null} when the attribute allows null; a test that throws counts as failed.
     */
    public static AttributeRule of(String name, Predicate<Object> test) {
        Arguments.declared(name, "AttributeSpec.validate", "rule name");
        Arguments.declared(test, "AttributeSpec.validate", "test");
        return new AttributeRule(name, "fails validator '" + name + "'", Applies.ANY, test, null, true, null);
    }

    /** Text that is not only whitespace. */
    public static AttributeRule notEmpty() {
        return new AttributeRule("notEmpty", "must not be empty", Applies.TEXT, v -> !v.toString().isBlank(), null);
    }

    /** Text of {@code min} to {@code max} characters (code points), both inclusive. */
    public static AttributeRule len(int min, int max) {
        String problem = min < 0 || min > max ? "len(" + min + ", " + max + ") needs 0 <= min <= max" : null;
        return new AttributeRule("len", "must be " + min + " to " + max + " characters long", Applies.TEXT, v -> {
            int n = v.toString().codePointCount(0, v.toString().length());
            return n >= min && n <= max;
        }, problem);
    }

    /** A number of at least {@code min}. */
    public static AttributeRule min(Number min) {
        Arguments.declared(min, "AttributeSpec.min", "min");
        BigDecimal bound = decimal(min);
        return new AttributeRule("min", "must be at least " + min, Applies.NUMBER,
                v -> finite(v) && decimal((Number) v).compareTo(bound) >= 0, null);
    }

    /** A number of at most {@code max}. */
    public static AttributeRule max(Number max) {
        Arguments.declared(max, "AttributeSpec.max", "max");
        BigDecimal bound = decimal(max);
        return new AttributeRule("max", "must be at most " + max, Applies.NUMBER,
                v -> finite(v) && decimal((Number) v).compareTo(bound) <= 0, null);
    }

    /** A date or time no earlier than {@code min}, declared on an attribute of {@code min}'s own type. */
    public static AttributeRule min(Temporal min) {
        Arguments.declared(min, "AttributeSpec.min", "min");
        return new AttributeRule("min", "must be at or after " + min, Applies.ANY,
                v -> compare(v, min) >= 0, null, false, min.getClass());
    }

    /** A date or time no later than {@code max}, declared on an attribute of {@code max}'s own type. */
    public static AttributeRule max(Temporal max) {
        Arguments.declared(max, "AttributeSpec.max", "max");
        return new AttributeRule("max", "must be at or before " + max, Applies.ANY,
                v -> compare(v, max) <= 0, null, false, max.getClass());
    }

    /** Text matching {@code regex} somewhere (as JavaScript's {@code RegExp.test}; anchor it for a whole match). */
    public static AttributeRule pattern(String regex) {
        Arguments.declared(regex, "AttributeSpec.pattern", "regex");
        try {
            return pattern(Pattern.compile(regex));
        } catch (PatternSyntaxException e) {
            return new AttributeRule("pattern", "", Applies.TEXT, v -> false,
                    "pattern '" + regex + "' is not a regular expression: " + e.getDescription());
        }
    }

    /** Text in which {@code regex} finds a match. */
    public static AttributeRule pattern(Pattern regex) {
        Arguments.declared(regex, "AttributeSpec.pattern", "regex");
        return new AttributeRule("pattern", "must match " + regex.pattern(), Applies.TEXT,
                v -> regex.matcher(v.toString()).find(), null);
    }

    /** An email address ({@code local@domain.tld}). */
    public static AttributeRule isEmail() {
        return new AttributeRule("isEmail", "must be an email address", Applies.TEXT,
                v -> EMAIL.matcher(v.toString()).matches(), null);
    }

    /** An absolute http, https or ftp URL with a host. */
    public static AttributeRule isUrl() {
        return new AttributeRule("isUrl", "must be a URL", Applies.TEXT, v -> isUrl(v.toString()), null);
    }

    /** One of {@code values} (compared as text, as Sequelize does, so an enum matches its name). */
    public static AttributeRule isIn(List<?> values) {
        Arguments.declared(values, "AttributeSpec.isIn", "values");
        List<String> allowed = values.stream().map(v -> String.valueOf(Arguments.declared(v, "AttributeSpec.isIn",
                "value"))).toList();
        return new AttributeRule("isIn", "must be one of " + allowed, Applies.ANY,
                v -> allowed.contains(v instanceof Enum<?> e ? e.name() : v.toString()), null);
    }

    /** A UUID in its 8-4-4-4-12 hexadecimal form (any UUID value is one). */
    public static AttributeRule isUUID() {
        return new AttributeRule("isUUID", "must be a UUID", Applies.ANY,
                v -> v instanceof java.util.UUID || UUID.matcher(v.toString()).matches(), null);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(Object value, Temporal bound) {
        return ((Comparable) value).compareTo(bound);
    }

    /**
     * This rule, described by {@code description} in its failures' messages instead of its own words (Sequelize's
     * {@code msg}): {@code AttributeRule.len(2, 50).describedAs("needs 2 to 50 letters")} fails as
     * {@code Participation.role needs 2 to 50 letters (len), was ''}.
     */
    public AttributeRule describedAs(String description) {
        Arguments.declared(description, "AttributeRule.describedAs", "description");
        return new AttributeRule(name, description, applies, test, declarationProblem, seesNull, boundType);
    }

    /** The rule's name, as a {@link dev.junction.ValidationException.Failure} reports it. */
    public String name() {
        return name;
    }

    /** What a valid value is, for messages ({@code "must be an email address"}). */
    public String description() {
        return description;
    }

    /** Whether the rule also judges a null value (custom rules do; built-in ones skip nulls). */
    public boolean seesNull() {
        return seesNull;
    }

    /** Whether {@code value} passes; a null passes a built-in rule (it only judges values, see {@link #seesNull}). */
    public boolean test(Object value) {
        if (value == null && !seesNull) return true;
        return test.test(value);
    }

    /** Why this rule cannot be declared on an attribute of {@code type}, or {@code null} when it can. */
    public String problemWith(DataType type) {
        Arguments.given(type, "AttributeRule.problemWith", "type");
        if (declarationProblem != null) return declarationProblem;
        DataType.Kind kind = type.kind();
        boolean text = kind == DataType.Kind.STRING || kind == DataType.Kind.TEXT;
        boolean number = Number.class.isAssignableFrom(kind.javaType());
        if (applies == Applies.TEXT && !text) return name + " applies to text, not to " + type;
        if (applies == Applies.NUMBER && !number) return name + " applies to numbers, not to " + type;
        if (boundType != null && boundType != kind.javaType()) {
            return name + "(" + boundType.getSimpleName() + ") cannot judge " + type;
        }
        return null;
    }

    private static boolean finite(Object v) {
        return !(v instanceof Double d) || Double.isFinite(d);
    }

    private static BigDecimal decimal(Number n) {
        return n instanceof BigDecimal d ? d : new BigDecimal(n.toString());
    }

    private static boolean isUrl(String text) {
        try {
            URI uri = new URI(text);
            return uri.getScheme() != null && URL_SCHEMES.contains(uri.getScheme().toLowerCase(java.util.Locale.ROOT))
                    && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
