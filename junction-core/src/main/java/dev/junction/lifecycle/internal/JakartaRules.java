package dev.junction.lifecycle.internal;

import dev.junction.DefinitionException;
import dev.junction.lifecycle.AttributeRule;
import dev.junction.schema.AttributeSpec;
import jakarta.validation.Constraint;
import jakarta.validation.constraints.AssertFalse;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NegativeOrZero;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Null;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * Reads Jakarta Bean Validation constraints on a model's properties into Junction's validators: {@code @Email} is
 * {@code isEmail}, {@code @Size} is {@code len}, {@code @NotNull} is {@code allowNull(false)}… (the README has the
 * table). A constraint Junction cannot run — a custom one, a composed one, one on the class — is a
 * {@link DefinitionException} rather than a rule silently not kept. Constraints of groups other than the default
 * one are skipped, as a {@code Validator} skips them by default. Loaded only when the Bean Validation API is on the
 * classpath (see {@code ConstraintAnnotations}). Stateless.
 */
public final class JakartaRules {
    private static final String DEFAULT_MESSAGE = "{jakarta.validation.constraints.";
    private static final List<Class<? extends Annotation>> READ = List.of(AssertFalse.class, AssertTrue.class,
            DecimalMax.class, DecimalMin.class, Digits.class, Email.class, Future.class, FutureOrPresent.class,
            Max.class, Min.class, Negative.class, NegativeOrZero.class, NotBlank.class, NotEmpty.class, NotNull.class,
            Null.class, Past.class, PastOrPresent.class, Pattern.class, Positive.class, PositiveOrZero.class,
            Size.class);

    /** The kinds of property a constraint applies to. */
    private enum Kind { TEXT, NUMBER, TEMPORAL, BOOLEAN, ANY }

    private final String where;
    private final Class<?> type;

    private JakartaRules(String where, Class<?> type) {
        this.where = where;
        this.type = type;
    }

    /**
     * Adds to {@code attribute} the rules of the constraints on {@code element} (a property of Java type
     * {@code type}); {@code where} names model and attribute in a {@link DefinitionException}.
     */
    public static void apply(String where, AnnotatedElement element, Class<?> type, AttributeSpec attribute) {
        JakartaRules rules = new JakartaRules(where, java.lang.invoke.MethodType.methodType(type).wrap().returnType());
        for (Annotation annotation : constraints(element.getDeclaredAnnotations())) {
            if (rules.defaultGroup(annotation)) rules.read(annotation, attribute);
        }
    }

    /** Refuses constraints on the model class itself, which judge the whole object and Junction cannot run. */
    public static void checkClass(String where, Class<?> model) {
        List<Annotation> constraints = constraints(model.getDeclaredAnnotations());
        if (!constraints.isEmpty()) {
            throw new DefinitionException(where + ": class " + model.getSimpleName() + " has @"
                    + constraints.get(0).annotationType().getSimpleName() + ", a Bean Validation constraint on the"
                    + " whole object, which Junction does not run; declare it as a model validator,"
                    + " ModelSpec.validate(name, values -> …)");
        }
    }

    /** The constraints among {@code annotations}, repeated ones ({@code @Pattern.List}) unpacked. */
    private static List<Annotation> constraints(Annotation[] annotations) {
        List<Annotation> out = new ArrayList<>();
        for (Annotation annotation : annotations) {
            if (annotation.annotationType().isAnnotationPresent(Constraint.class)) {
                out.add(annotation);
                continue;
            }
            Object repeated = attribute(annotation, "value");
            if (repeated instanceof Annotation[] list && list.getClass().getComponentType()
                    .isAnnotationPresent(Constraint.class)) {
                out.addAll(Arrays.asList(list));
            }
        }
        return out;
    }

    private boolean defaultGroup(Annotation annotation) {
        Object groups = attribute(annotation, "groups");
        return !(groups instanceof Class<?>[] list) || list.length == 0 || Arrays.asList(list).contains(Default.class);
    }

    private void read(Annotation annotation, AttributeSpec a) {
        if (!readText(annotation, a) && !readNumber(annotation, a) && !readOther(annotation, a)) {
            throw new DefinitionException(where + " has @" + annotation.annotationType().getName() + ", a Bean"
                    + " Validation constraint Junction does not run (it reads " + READ.stream()
                    .map(c -> "@" + c.getSimpleName()).toList() + "); declare the rule as a custom validator,"
                    + " attribute(name, a -> a.validate(rule, value -> …)), or remove the annotation");
        }
    }

    /** The constraints on text (and on nullness); false when {@code annotation} is none of them. */
    private boolean readText(Annotation annotation, AttributeSpec a) {
        if (annotation instanceof NotNull) {
            a.notNull();
        } else if (annotation instanceof NotBlank) {
            a.notNull();
            add(a, annotation, Kind.TEXT, AttributeRule.notEmpty());
        } else if (annotation instanceof NotEmpty) {
            a.notNull();
            add(a, annotation, Kind.TEXT, AttributeRule.len(1, Integer.MAX_VALUE).describedAs("must not be empty"));
        } else if (annotation instanceof Size s) {
            AttributeRule len = AttributeRule.len(s.min(), s.max());
            add(a, annotation, Kind.TEXT, s.max() == Integer.MAX_VALUE
                    ? len.describedAs("must be at least " + s.min() + " characters long") : len);
        } else if (annotation instanceof Email e) {
            add(a, annotation, Kind.TEXT, AttributeRule.isEmail());
            if (!e.regexp().equals(".*")) add(a, annotation, Kind.TEXT, whole(e.regexp(), e.flags()));
        } else if (annotation instanceof Pattern p) {
            add(a, annotation, Kind.TEXT, whole(p.regexp(), p.flags()));
        } else {
            return false;
        }
        return true;
    }

    /** The constraints on numbers; false when {@code annotation} is none of them. */
    private boolean readNumber(Annotation annotation, AttributeSpec a) {
        if (annotation instanceof Min m) {
            add(a, annotation, Kind.NUMBER, AttributeRule.min(m.value()));
        } else if (annotation instanceof Max m) {
            add(a, annotation, Kind.NUMBER, AttributeRule.max(m.value()));
        } else if (annotation instanceof DecimalMin m) {
            add(a, annotation, Kind.NUMBER, bound(m.value(), m.inclusive(), true));
        } else if (annotation instanceof DecimalMax m) {
            add(a, annotation, Kind.NUMBER, bound(m.value(), m.inclusive(), false));
        } else if (annotation instanceof Positive) {
            add(a, annotation, Kind.NUMBER, number("positive", "must be greater than 0", d -> d.signum() > 0));
        } else if (annotation instanceof PositiveOrZero) {
            add(a, annotation, Kind.NUMBER, number("positiveOrZero", "must be 0 or more", d -> d.signum() >= 0));
        } else if (annotation instanceof Negative) {
            add(a, annotation, Kind.NUMBER, number("negative", "must be less than 0", d -> d.signum() < 0));
        } else if (annotation instanceof NegativeOrZero) {
            add(a, annotation, Kind.NUMBER, number("negativeOrZero", "must be 0 or less", d -> d.signum() <= 0));
        } else if (annotation instanceof Digits d) {
            add(a, annotation, Kind.NUMBER, number("digits", "must have at most " + d.integer() + " integer and "
                    + d.fraction() + " fraction digits", n -> digits(n, d.integer(), d.fraction())));
        } else {
            return false;
        }
        return true;
    }

    /** The constraints on booleans, dates and times, and {@code @Null}; false when {@code annotation} is none. */
    private boolean readOther(Annotation annotation, AttributeSpec a) {
        if (annotation instanceof AssertTrue) {
            add(a, annotation, Kind.BOOLEAN, rule("assertTrue", "must be true", Boolean.TRUE::equals));
        } else if (annotation instanceof AssertFalse) {
            add(a, annotation, Kind.BOOLEAN, rule("assertFalse", "must be false", Boolean.FALSE::equals));
        } else if (annotation instanceof Null) {
            add(a, annotation, Kind.ANY, AttributeRule.of("isNull", v -> v == null).describedAs("must be null"));
        } else if (annotation instanceof Past || annotation instanceof PastOrPresent
                || annotation instanceof Future || annotation instanceof FutureOrPresent) {
            add(a, annotation, Kind.TEMPORAL, TimeRules.of(annotation.annotationType().getSimpleName()));
        } else {
            return false;
        }
        return true;
    }

    /** Adds {@code rule} after checking it suits the property, described by the annotation's own message if any. */
    private void add(AttributeSpec a, Annotation annotation, Kind kind, AttributeRule rule) {
        String problem = switch (kind) {
            case TEXT -> type == String.class ? null : "text";
            case NUMBER -> Number.class.isAssignableFrom(type) ? null : "numbers";
            case TEMPORAL -> java.time.temporal.Temporal.class.isAssignableFrom(type) ? null : "dates and times";
            case BOOLEAN -> type == Boolean.class ? null : "booleans";
            case ANY -> null;
        };
        if (problem != null) {
            throw new DefinitionException(where + ": @" + annotation.annotationType().getSimpleName()
                    + " applies to " + problem + ", not to " + type.getSimpleName());
        }
        Object message = attribute(annotation, "message");
        boolean own = message instanceof String text && !text.startsWith(DEFAULT_MESSAGE);
        a.validate(own ? rule.describedAs(interpolated((String) message, annotation)) : rule);
    }

    /** A rule over non-null values (nulls are {@code allowNull}'s business, as for the built-in rules). */
    static AttributeRule rule(String name, String description, Predicate<Object> test) {
        return AttributeRule.of(name, v -> v == null || test.test(v)).describedAs(description);
    }

    private static AttributeRule number(String name, String description, Predicate<BigDecimal> test) {
        return rule(name, description, v -> !(v instanceof Double d && !Double.isFinite(d)) && test.test(decimal(v)));
    }

    private AttributeRule bound(String value, boolean inclusive, boolean lower) {
        BigDecimal limit;
        try {
            limit = new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw new DefinitionException(where + ": @Decimal" + (lower ? "Min" : "Max") + "(\"" + value
                    + "\") is not a number");
        }
        if (inclusive) return lower ? AttributeRule.min(limit) : AttributeRule.max(limit);
        return lower ? number("min", "must be greater than " + value, d -> d.compareTo(limit) > 0)
                : number("max", "must be less than " + value, d -> d.compareTo(limit) < 0);
    }

    private static boolean digits(BigDecimal value, int integer, int fraction) {
        BigDecimal d = value.stripTrailingZeros();
        return d.precision() - d.scale() <= integer && Math.max(d.scale(), 0) <= fraction;
    }

    /** A rule matching the whole text, as Bean Validation's {@code @Pattern} does. */
    private static AttributeRule whole(String regexp, Pattern.Flag[] flags) {
        int bits = 0;
        for (Pattern.Flag flag : flags) bits |= flag.getValue();
        try {
            java.util.regex.Pattern compiled = java.util.regex.Pattern.compile("\\A(?:" + regexp + ")\\z", bits);
            return AttributeRule.pattern(compiled).describedAs("must match " + regexp);
        } catch (java.util.regex.PatternSyntaxException e) {
            return AttributeRule.pattern(regexp);
        }
    }

    private static BigDecimal decimal(Object v) {
        return v instanceof BigDecimal d ? d : new BigDecimal(v.toString());
    }

    /** The annotation's message with {@code {attribute}} placeholders replaced by the annotation's values. */
    private static String interpolated(String message, Annotation annotation) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{(\\w+)}").matcher(message);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object value = attribute(annotation, m.group(1));
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(value == null ? m.group()
                    : value instanceof Object[] list ? Arrays.toString(list) : String.valueOf(value)));
        }
        return m.appendTail(out).toString();
    }

    /** An annotation's attribute by name, or {@code null} when it has none. */
    private static Object attribute(Annotation annotation, String name) {
        try {
            Method method = annotation.annotationType().getMethod(name);
            return method.getParameterCount() == 0 ? method.invoke(annotation) : null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
