package dev.junction;

import dev.junction.internal.Arguments;
import dev.junction.internal.RowAccess;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.AbstractMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * An instance of a model that has no Java class — join models, models defined by name, any model seen through
 * {@code db.model("Name")}. An ordered map from attribute name to value, with typed getters. Several threads may
 * read an unchanged row at once (as they may a {@link LinkedHashMap}); writes are not thread-safe.
 *
 * <pre>{@code
 * db.model("UserFavorites").create(Row.of("UserId", 1, "ShowId", 2));
 * Row link = db.model("UserFavorites").findOne(where(eq("UserId", 1))).orElseThrow();
 * long show = link.getLong("ShowId");
 * }</pre>
 */
public final class Row extends AbstractMap<String, Object> {
    static {
        RowAccess.register(Row::new);
    }

    /**
     * The values by name; null while the row is still the compact form an eager load made (names and array).
     * Volatile, and read once into a local by every method, so that several threads may read one unchanged compact
     * row at once (as they may an ordinary map): each sees either null and the arrays, or a fully built map.
     */
    private volatile LinkedHashMap<String, Object> values;
    /** Compact form: names shared by every row of one include, and this row's values in the same order; kept (and
     * never changed) after the map is made, so a concurrent reader still holding the compact view reads them safely. */
    private final String[] names;
    private final Object[] array;

    public Row() {
        this.values = new LinkedHashMap<>();
        this.names = null;
        this.array = null;
    }

    /** A row holding a copy of {@code values} (none for null). */
    public Row(Map<String, ?> values) {
        this.values = values == null ? new LinkedHashMap<>() : new LinkedHashMap<>(values);
        this.names = null;
        this.array = null;
    }

    /**
     * A read-mostly row over shared {@code names} and its own {@code array} (an eager load's join rows: a map per
     * link would cost more than reading the link); it becomes an ordinary map on the first write or iteration.
     */
    private Row(String[] names, Object[] array) {
        this.names = names;
        this.array = array;
    }

    /** The map behind this row, made from the compact form the first time it is needed. */
    private LinkedHashMap<String, Object> map() {
        LinkedHashMap<String, Object> map = values;
        if (map == null) {
            // Two readers may both get here; each builds an equal map from the unchanged arrays, and either may win.
            map = new LinkedHashMap<>(2 * names.length);
            for (int i = 0; i < names.length; i++) map.put(names[i], array[i]);
            values = map;
        }
        return map;
    }

    /** The index of {@code attribute} in the compact form, or -1. */
    private int indexOf(Object attribute) {
        for (int i = 0; i < names.length; i++) {
            if (names[i] == attribute) return i;
        }
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(attribute)) return i;
        }
        return -1;
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
            row.map().put(name, namesAndValues[i + 1]);
        }
        return row;
    }

    /** Sets a value and returns this row, for chaining. */
    public Row with(String attribute, Object value) {
        map().put(attribute, value);
        return this;
    }

    @Override
    public Object put(String attribute, Object value) {
        return map().put(Arguments.given(attribute, "Row.put", "attribute"), value);
    }

    @Override
    public Object get(Object attribute) {
        LinkedHashMap<String, Object> map = values;
        if (map != null) return map.get(attribute);
        int i = indexOf(attribute);
        return i < 0 ? null : array[i];
    }

    @Override
    public boolean containsKey(Object attribute) {
        LinkedHashMap<String, Object> map = values;
        return map != null ? map.containsKey(attribute) : indexOf(attribute) >= 0;
    }

    @Override
    public int size() {
        LinkedHashMap<String, Object> map = values;
        return map != null ? map.size() : names.length;
    }

    @Override
    public Object remove(Object attribute) {
        return map().remove(attribute);
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return map().entrySet();
    }

    /** The value as {@code type}, or {@code null}; throws {@link ClassCastException} naming the attribute if it is not one. */
    public <V> V get(String attribute, Class<V> type) {
        Arguments.given(type, "Row.get", "type");
        Object value = get(attribute);
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
