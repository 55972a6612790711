package dev.junction.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stores the property as a JSON document ({@code DataType.json()}), written and read as the property's own type,
 * generic types included. Map and List properties are JSON without it; a record or bean property needs it (or
 * {@code attribute(name, DataType.json())}).
 *
 * <pre>{@code
 * record Address(String street, String city) { }
 * record Venue(Long id, String name, @Json Address address, List<String> tags) { }
 * }</pre>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface Json {
}
