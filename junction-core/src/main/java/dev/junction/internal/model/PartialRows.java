package dev.junction.internal.model;

import dev.junction.Row;
import dev.junction.query.Query;
import dev.junction.query.Where;
import dev.junction.schema.Attribute;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The values a hook's instance is made from when a class-backed model is written through its {@link Row} view with
 * a row holding only some attributes: an update or destroy by key takes the absent ones from the stored row (read
 * once per key and call, soft-deleted or not, unscoped), and a null still left for a primitive class component
 * gets that primitive's zero, so the instance can be made (the row keeps its null unless a hook changes it). Only
 * the hooked Row views of class-backed models use this, and only their partial rows read.
 * One per write call; not thread-safe.
 */
final class PartialRows {
    private final ModelImpl<?> handle;
    private final ModelState state;
    private final Map<List<Object>, Object[]> stored = new HashMap<>();
    /** Whether the write names existing rows (update, destroy), whose absent attributes are read. */
    private boolean existing;
    /** Per attribute, the zero of its primitive component; made on first need. */
    private Object[] zeros;

    PartialRows(ModelImpl<?> handle, ModelState state) {
        this.handle = handle;
        this.state = state;
    }

    /** From now on, absent attributes are taken from the stored row with the row's key. */
    void existing() {
        this.existing = true;
    }

    /** The values (column order) to make the hook's instance from. */
    Object[] valuesOf(Row row) {
        Object[] values = state.rowValues().valuesOf(row, state.rows());
        List<Attribute> attributes = state.plan().attributes;
        boolean partial = false;
        for (Attribute a : attributes) partial |= !row.containsKey(a.name());
        Object[] saved = partial && existing ? storedRow(values) : null;
        for (int i = 0; i < values.length; i++) {
            Attribute a = attributes.get(i);
            if (saved != null && !row.containsKey(a.name())) values[i] = saved[i];
            if (values[i] == null && a.isProperty()) values[i] = zeroOf(i);
        }
        return values;
    }

    private Object[] storedRow(Object[] values) {
        int[] keys = state.plan().keyIndexes;
        List<Object> key = new ArrayList<>(keys.length);
        List<Where> parts = new ArrayList<>(keys.length);
        for (int k : keys) {
            if (values[k] == null) return null;
            key.add(values[k]);
            parts.add(Where.eq(state.plan().attributes.get(k).name(), values[k]));
        }
        return stored.computeIfAbsent(key, ignored -> {
            Where where = parts.size() == 1 ? parts.get(0) : new Where.And(parts);
            // The row as stored decides what is written: read on the primary, never a replica that may lag.
            Optional<?> found = handle.runtime().scope().onPrimary(() -> handle.unscoped()
                    .findOne(Query.where(where).withDeleted()));
            return found.map(r -> state.rowValues().valuesOf((Row) r, state.rows())).orElse(null);
        });
    }

    /** The zero of the class's primitive component or field for attribute {@code i}; {@code null} if not primitive. */
    private Object zeroOf(int i) {
        if (zeros == null) {
            List<Attribute> attributes = state.plan().attributes;
            zeros = new Object[attributes.size()];
            for (int a = 0; a < zeros.length; a++) {
                Class<?> type = javaTypeOf(state.plan().definition.javaType(), attributes.get(a).name());
                if (type == boolean.class) zeros[a] = false;
                else if (type == char.class) zeros[a] = '\0';
                else if (type != null && type.isPrimitive()) {
                    zeros[a] = java.lang.reflect.Array.get(java.lang.reflect.Array.newInstance(type, 1), 0);
                }
            }
        }
        return zeros[i];
    }

    private static Class<?> javaTypeOf(Class<?> type, String name) {
        if (type == null) return null;
        if (type.isRecord()) {
            return Arrays.stream(type.getRecordComponents()).filter(c -> c.getName().equals(name))
                    .map(RecordComponent::getType).findFirst().orElse(null);
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) if (f.getName().equals(name)) return f.getType();
        }
        return null;
    }
}
