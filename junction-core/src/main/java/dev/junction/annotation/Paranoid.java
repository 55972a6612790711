package dev.junction.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Soft-deletes a model class's rows, as {@code ModelSpec.paranoid()} does: a nullable {@code deletedAt} timestamp
 * that {@code destroy} sets and every read skips unless asked. Needs timestamps. The class need not hold the
 * attribute.
 *
 * <pre>{@code
 * @Paranoid
 * record Beach(Long id, String name) { }        // table Beaches gains "deletedAt"
 * }</pre>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Paranoid {
    /** The soft-delete attribute's name ({@code deletedAt} by default). */
    String value() default "deletedAt";
}
