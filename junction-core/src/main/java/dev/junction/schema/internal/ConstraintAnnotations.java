package dev.junction.schema.internal;

import dev.junction.lifecycle.internal.JakartaRules;
import dev.junction.schema.AttributeSpec;

/**
 * Reads Jakarta Bean Validation constraints into validators when the API ({@code jakarta.validation}) is on the
 * classpath, and does nothing otherwise: {@link JakartaRules}, which refers to the API's classes, is loaded only when
 * they are there, so Junction runs without them. Stateless.
 */
final class ConstraintAnnotations {
    private static final boolean PRESENT = present();

    private ConstraintAnnotations() {
    }

    /** Adds the rules of the constraints on {@code property} to {@code attribute}. */
    static void apply(String where, JavaProperty property, AttributeSpec attribute) {
        if (PRESENT && property.field() != null) {
            JakartaRules.apply(where + ": attribute '" + property.name() + "'", property.field(), property.type(),
                    attribute);
        }
    }

    /** Refuses constraints on the model class itself. */
    static void checkClass(String where, Class<?> model) {
        if (PRESENT) JakartaRules.checkClass(where, model);
    }

    private static boolean present() {
        try {
            Class.forName("jakarta.validation.Constraint", false, ConstraintAnnotations.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
