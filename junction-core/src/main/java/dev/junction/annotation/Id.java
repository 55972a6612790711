package dev.junction.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record component or field as (part of) the primary key. Without it, a property named {@code id} is the
 * key. Several marked properties make a composite key, in declaration order.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
public @interface Id {
    /** Whether the database generates the value; by default only a lone integer key does. */
    Generated generated() default Generated.DEFAULT;

    /** Who supplies key values. */
    enum Generated { DEFAULT, YES, NO }
}
