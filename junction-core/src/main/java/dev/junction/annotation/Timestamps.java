package dev.junction.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Whether a model class keeps {@code createdAt}/{@code updatedAt}, as {@code ModelSpec.timestamps(boolean)} says it;
 * without it the database-wide setting applies. A {@code timestamps(…)} in code wins over it.
 *
 * <pre>{@code
 * @Timestamps(false)
 * record Tag(Long id, String name) { }
 * }</pre>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Timestamps {
    /** Whether the timestamps are kept. */
    boolean value();
}
