package dev.junction.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Column options for a record component or field. Anything set programmatically with
 * {@code ModelSpec.attribute(name, …)} wins over this annotation.
 *
 * <pre>{@code
 * record User(Long id, @Column(unique = true, allowNull = false, length = 40) String username) { }
 * }</pre>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
public @interface Column {
    /** Column name; empty for the default (the property name, or snake_case when underscored). */
    String name() default "";

    /** Whether NULL is allowed. */
    boolean allowNull() default true;

    /** Whether the column alone is unique. */
    boolean unique() default false;

    /**
     * The composite unique key this column belongs to, as {@code AttributeSpec.unique(group)}: the columns that name
     * the same group are unique together. Empty for none.
     */
    String uniqueGroup() default "";

    /**
     * Length of a String column, 0 for the default (255); of a {@code byte[]} column, its most bytes
     * ({@code DataType.binary(length)}: a key of bytes on MariaDB needs one), 0 for none.
     */
    int length() default 0;

    /** Store a String as unbounded text instead of VARCHAR. */
    boolean text() default false;

    /** Precision of a BigDecimal column; 0 for the default (38). */
    int precision() default 0;

    /** Scale of a BigDecimal column; -1 for the default (2). */
    int scale() default -1;
}
