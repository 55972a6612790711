package dev.junction.internal.mapping;

/**
 * Converts between instances of a model's class and arrays of attribute values in the model's column order.
 * Built once per model; stateless and thread-safe.
 *
 * @param <T> the instance type
 */
public interface InstanceMapper<T> {
    /** The attribute values of {@code instance}, in column order; {@code null} where the class holds no property. */
    Object[] toValues(T instance);

    /** A new instance holding {@code values} (column order). */
    T fromValues(Object[] values);

    /**
     * {@code instance} updated with {@code values}: a new record, or the same POJO or Row with its properties set.
     */
    T merge(T instance, Object[] values);
}
