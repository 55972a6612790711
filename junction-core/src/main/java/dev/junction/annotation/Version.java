package dev.junction.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the property that counts a row's versions, as JPA's {@code @Version} and {@code ModelSpec.version(name)}:
 * an {@code Integer} or {@code Long} (or {@code int}/{@code long}), NOT NULL, default 0, which every write of an
 * instance checks and adds one to (optimistic locking; see {@code dev.junction.StaleInstanceException}).
 *
 * <pre>{@code
 * record Account(Long id, String owner, @Version Integer version) { }
 * }</pre>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface Version {
}
