package dev.junction.internal.model;

import dev.junction.Row;
import dev.junction.internal.mapping.InstanceMapper;
import dev.junction.lifecycle.HookPoint;
import dev.junction.lifecycle.ModelHooks;
import dev.junction.lifecycle.internal.HookRunner;
import dev.junction.schema.Attribute;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Runs a model's hooks for one handle. Hooks take instances of the model's class; a {@link Row} view of a
 * class-backed model (seeds, {@code db.model(name)}, join rows) hands them an instance made from the row and reads
 * the row back from what a before-hook returns: the attributes the row held, and those the hook changed.
 */
final class InstanceHookValues<T> {
    private final ModelHooks hooks;
    private final String model;
    private final ModelState state;
    /** Whether this handle's instances are Rows of a class-backed model, converted for the hooks. */
    private final boolean converts;
    /** How a row holding only some attributes becomes a whole instance; {@code null} unless {@link #converts}. */
    private final PartialRows partial;

    InstanceHookValues(ModelImpl<T> handle, ModelState state, ModelHooks hooks) {
        this.hooks = hooks;
        this.model = handle.name();
        this.state = state;
        this.converts = handle.type() != state.plan().definition.javaType();
        this.partial = converts ? new PartialRows(handle, state) : null;
    }

    /** The write names stored rows by key (update, destroy): a partial row's hooks see the stored values too. */
    void existing() {
        if (partial != null) partial.existing();
    }

    /** {@code instance} through the before-hooks at {@code point}. */
    @SuppressWarnings("unchecked")
    T before(HookPoint point, T instance) {
        if (!hooks.has(point)) return instance;
        if (!converts) return HookRunner.run(hooks, point, model, instance);
        Row row = (Row) instance;
        Object[] given = partial.valuesOf(row);
        return (T) fromTyped(HookRunner.run(hooks, point, model, typed(given)), row, given);
    }

    /** Runs the hooks at {@code point} that cannot change {@code instance} (after-hooks, beforeDestroy). */
    void after(HookPoint point, T instance) {
        if (!hooks.has(point)) return;
        HookRunner.run(hooks, point, model, converts ? toTyped((Row) instance) : instance);
    }

    /** {@code instances} through the list hooks at {@code point} (beforeBulkCreate, afterBulkCreate). */
    @SuppressWarnings("unchecked")
    List<T> list(HookPoint point, List<T> instances) {
        if (!hooks.has(point)) return instances;
        if (!converts) return HookRunner.run(hooks, point, model, instances);
        List<Object> typed = new ArrayList<>(instances.size());
        List<Object[]> given = new ArrayList<>(instances.size());
        for (T row : instances) {
            Object[] values = row == null ? null : partial.valuesOf((Row) row);
            given.add(values);
            typed.add(values == null ? null : typed(values));
        }
        List<Object> result = HookRunner.run(hooks, point, model, typed);
        if (!point.replaces()) return instances;
        List<T> rows = new ArrayList<>(result.size());
        for (int i = 0; i < result.size(); i++) {
            Row original = i < instances.size() ? (Row) instances.get(i) : null;
            Object[] before = i < instances.size() ? given.get(i) : null;
            rows.add(result.get(i) == null ? null : (T) fromTyped(result.get(i), original, before));
        }
        return rows;
    }

    /**
     * What the after-update hooks get for {@code stored}, the updated instance: itself, or for a Row view only the key
     * and the {@code columns} written, so that the others are read as stored (see {@link PartialRows}).
     */
    @SuppressWarnings("unchecked")
    T written(T stored, int[] columns) {
        if (!converts || !hooks.has(HookPoint.AFTER_UPDATE)) return stored;
        List<Attribute> attributes = state.plan().attributes;
        Row all = (Row) stored;
        Row row = new Row();
        for (int k : state.plan().keyIndexes) row.put(attributes.get(k).name(), all.get(attributes.get(k).name()));
        for (int i : columns) row.put(attributes.get(i).name(), all.get(attributes.get(i).name()));
        return (T) row;
    }

    /** {@code value} through the hooks at {@code point}: a BulkUpdate or a Where. */
    <V> V value(HookPoint point, V value) {
        return hooks.has(point) ? HookRunner.run(hooks, point, model, value) : value;
    }

    private Object toTyped(Row row) {
        return typed(partial.valuesOf(row));
    }

    @SuppressWarnings("unchecked")
    private Object typed(Object[] values) {
        return ((InstanceMapper<Object>) state.typed()).fromValues(values.clone());
    }

    /**
     * The row for what a hook returned: the attributes {@code original} held (none when it is a new instance) and
     * those whose value the hook changed from {@code given}, the values its instance was made from; attributes the
     * class does not hold keep the row's values.
     */
    @SuppressWarnings("unchecked")
    private Row fromTyped(Object typed, Row original, Object[] given) {
        Object[] values = ((InstanceMapper<Object>) state.typed()).toValues(typed);
        Object[] before = given == null ? new Object[values.length] : given;
        List<Attribute> attributes = state.plan().attributes;
        Row row = new Row();
        for (int i = 0; i < values.length; i++) {
            String name = attributes.get(i).name();
            boolean held = original != null && original.containsKey(name);
            Object value = attributes.get(i).isProperty() ? values[i] : before[i];
            boolean changed = !Objects.equals(value, before[i]);
            if (held && !changed && original.get(name) == null) value = null; // a null filled in, kept null
            if (held || changed) row.put(name, value);
        }
        return row;
    }
}
