package dev.junction;

import dev.junction.internal.Arguments;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.AbstractMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * An instance of a model that has no Java class — join models, models defined by name, any model seen through
 * {@code db.model("Name")}. An ordered map from attribute name to value, with typed getters. Not thread-safe.
 *
 * <pre>{@code
 * db.model("UserFavorites").create(Row.of("UserId", 1, "ShowId", 2));
 * Row link = db.model("UserFavorites").findOne(where(eq("UserId", 1))).orElseThrow();
 * long show = link.getLong("ShowId");
 * }</pre>
 */
public final class Row extends AbstractMap<String, Object> {
    private final LinkedHashMap<String, Object> values;

    public Row() {
        this.values = new LinkedHashMap<>();
    }

    /** A row holding a copy of {@code values} (none for null). */
    public Row(Map<String, ?> values) {
        this.values = values == null ? new LinkedHashMap<>() : new LinkedHashMap<>(values);
    }

    /** A row from alternating names and values: {@code Row.of("UserId", 1, "ShowId", 2)}. */
    public static Row of(Object... namesAndValues) {
        if (Arguments.given(namesAndValues, "Row.of", "namesAndValues").length % 2 != 0) {
            throw new ValidationException(null, null, "Row.of takes name/value pairs; got an odd number of arguments");
        }
        Row row = new Row();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (!(namesAndValues[i] instanceof String name)) {
                throw new ValidationException(null, null, "Row.of: argument " + i + " must be an attribute name, was "
                        + namesAndValues[i]);
            }
            row.values.put(name, namesAndValues[i + 1]);
        }
        return row;
    }

    /** Sets a value and returns this row, for chaining. */
    public Row with(String attribute, Object value) {
        values.put(attribute, value);
        return this;
    }

    @Override
    public Object put(String attribute, Object value) {
        return values.put(Arguments.given(attribute, "Row.put", "attribute"), value);
    }

    @Override
    public Object get(Object attribute) {
        return values.get(attribute);
    }

    @Override
    public boolean containsKey(Object attribute) {
        return values.containsKey(attribute);
    }

    @Override
    public Object remove(Object attribute) {
        return values.remove(attribute);
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return values.entrySet();
    }

    /** The value as {@code type}, or {@code null}; throws {@link ClassCastException} naming the attribute if it is not one. */
    public <V> V get(String attribute, Class<V> type) {
        Arguments.given(type, "Row.get", "type");
        Object value = values.get(attribute);
        if (value == null || type.isInstance(value)) {
            return type.cast(value);
        }
        throw new ClassCastException("Attribute '" + attribute + "' holds a " + value.getClass().getSimpleName()
                + ", not a " + type.getSimpleName());
    }

    public String getString(String attribute) {
        return get(attribute, String.class);
    }

    /** The value as a Long (any integral number is widened), or {@code null}. */
    public Long getLong(String attribute) {
        Number n = get(attribute, Number.class);
        return n == null ? null : n.longValue();
    }

    /** The value as an Integer (any integral number within range), or {@code null}. */
    public Integer getInteger(String attribute) {
        Number n = get(attribute, Number.class);
        return n == null ? null : Math.toIntExact(n.longValue());
    }

    public Double getDouble(String attribute) {
        Number n = get(attribute, Number.class);
        return n == null ? null : n.doubleValue();
    }

    public BigDecimal getBigDecimal(String attribute) {
        return get(attribute, BigDecimal.class);
    }

    public Boolean getBoolean(String attribute) {
        return get(attribute, Boolean.class);
    }

    public Instant getInstant(String attribute) {
        return get(attribute, Instant.class);
    }

    public UUID getUuid(String attribute) {
        return get(attribute, UUID.class);
    }
}
