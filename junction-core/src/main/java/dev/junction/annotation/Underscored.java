package dev.junction.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Gives a model class snake_case names, as {@code ModelSpec.underscored(boolean)} does: columns ({@code first_name},
 * {@code created_at}) and, unless {@link Table} names it, the table ({@code SandcastleType → sandcastle_types});
 * without it the database-wide setting applies. An {@code underscored(…)} in code wins over it.
 *
 * <pre>{@code
 * @Underscored
 * record Beach(Long id, Long townId) { }     // table beaches, columns id, town_id, created_at, updated_at
 * }</pre>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Underscored {
    /** Whether names are snake_case. */
    boolean value() default true;
}
