package dev.junction.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A non-unique index of a model class, as {@code ModelSpec.index(…)} declares one; repeat it for several. Unique
 * ones are {@code @Column(unique = true)} or {@code attribute(name, a -> a.unique(group))}.
 *
 * <pre>{@code
 * @Index({"town", "name"})                          // beaches_town_name
 * @Index(name = "beaches_by_rating", value = "rating")
 * record Beach(Long id, String town, String name, Integer rating) { }
 * }</pre>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Repeatable(Indexes.class)
public @interface Index {
    /** The indexed attributes (property names), in index order. */
    String[] value();

    /** The index name; empty for the default, {@code <table>_<columns>} in snake_case as Sequelize names it. */
    String name() default "";
}
