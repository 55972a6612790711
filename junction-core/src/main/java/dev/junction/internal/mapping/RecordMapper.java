package dev.junction.internal.mapping;

import dev.junction.JunctionException;
import dev.junction.schema.Attribute;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.List;

/**
 * Maps records through their canonical constructor and accessors, resolved once as method handles. Components
 * map to attributes by name; the component order need not match the column order.
 */
public final class RecordMapper<T> implements InstanceMapper<T> {
    private final Class<T> type;
    private final MethodHandle constructor;
    private final MethodHandle[] accessors;
    /** For each component, the index of its attribute in column order. */
    private final int[] attributeIndex;
    private final int attributeCount;

    public RecordMapper(Class<T> type, List<Attribute> attributes) {
        this.type = type;
        this.attributeCount = attributes.size();
        RecordComponent[] components = type.getRecordComponents();
        this.accessors = new MethodHandle[components.length];
        this.attributeIndex = new int[components.length];
        try {
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(type, MethodHandles.lookup());
            Class<?>[] parameterTypes = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                parameterTypes[i] = components[i].getType();
                accessors[i] = lookup.unreflect(components[i].getAccessor())
                        .asType(MethodType.methodType(Object.class, Object.class));
                attributeIndex[i] = indexOf(attributes, components[i].getName());
            }
            this.constructor = lookup.findConstructor(type, MethodType.methodType(void.class, parameterTypes))
                    .asType(MethodType.genericMethodType(components.length))
                    .asSpreader(Object[].class, components.length);
        } catch (ReflectiveOperationException e) {
            throw new JunctionException("Cannot access record " + type.getName() + ": " + e.getMessage(), e);
        }
    }

    static int indexOf(List<Attribute> attributes, String name) {
        for (int i = 0; i < attributes.size(); i++) {
            if (attributes.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalStateException("no attribute " + name);
    }

    @Override
    public Object[] toValues(T instance) {
        Object[] values = new Object[attributeCount];
        try {
            for (int i = 0; i < accessors.length; i++) {
                values[attributeIndex[i]] = (Object) accessors[i].invokeExact((Object) instance);
            }
        } catch (Throwable t) {
            throw rethrow(t);
        }
        return values;
    }

    @Override
    public T fromValues(Object[] values) {
        Object[] arguments = new Object[attributeIndex.length];
        for (int i = 0; i < arguments.length; i++) {
            arguments[i] = values[attributeIndex[i]];
        }
        try {
            return type.cast((Object) constructor.invokeExact(arguments));
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    @Override
    public T merge(T instance, Object[] values) {
        return fromValues(values);
    }

    private RuntimeException rethrow(Throwable t) {
        if (t instanceof RuntimeException r) return r;
        if (t instanceof Error e) throw e;
        return new JunctionException("Record " + type.getName() + " failed: " + t.getMessage(), t);
    }
}
