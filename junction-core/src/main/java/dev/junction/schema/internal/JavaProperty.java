package dev.junction.schema.internal;

import dev.junction.annotation.Column;
import dev.junction.annotation.Id;

/**
 * One property of a model class: a record component or an instance field.
 *
 * @param name   the property name
 * @param type   its declared type
 * @param column its {@link Column} annotation, or {@code null}
 * @param id     its {@link Id} annotation, or {@code null}
 * @param field  the field holding it (a record component's private field), whose annotations Bean Validation's
 *               constraints are read from; {@code null} when there is none
 */
public record JavaProperty(String name, Class<?> type, Column column, Id id, java.lang.reflect.Field field) {
}
