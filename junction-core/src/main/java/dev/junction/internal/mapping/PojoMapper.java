package dev.junction.internal.mapping;

import dev.junction.JunctionException;
import dev.junction.schema.Attribute;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.VarHandle;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;

/** Maps plain classes through their no-argument constructor and fields (no setters needed), resolved once. */
public final class PojoMapper<T> implements InstanceMapper<T> {
    private final Class<T> type;
    private final MethodHandle constructor;
    private final VarHandle[] fields;
    private final int[] attributeIndex;
    private final int attributeCount;

    public PojoMapper(Class<T> type, List<Attribute> attributes) {
        this.type = type;
        this.attributeCount = attributes.size();
        List<VarHandle> handles = new ArrayList<>();
        List<Integer> indexes = new ArrayList<>();
        try {
            for (int i = 0; i < attributes.size(); i++) {
                Attribute a = attributes.get(i);
                if (!a.isProperty()) continue;
                Field field = findField(type, a.name());
                MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(field.getDeclaringClass(),
                        MethodHandles.lookup());
                handles.add(lookup.unreflectVarHandle(field));
                indexes.add(i);
            }
            this.constructor = MethodHandles.privateLookupIn(type, MethodHandles.lookup())
                    .findConstructor(type, MethodType.methodType(void.class))
                    .asType(MethodType.methodType(Object.class));
        } catch (ReflectiveOperationException e) {
            throw new JunctionException("Cannot access class " + type.getName() + ": " + e.getMessage(), e);
        }
        this.fields = handles.toArray(VarHandle[]::new);
        this.attributeIndex = indexes.stream().mapToInt(Integer::intValue).toArray();
    }

    private static Field findField(Class<?> type, String name) throws NoSuchFieldException {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(name);
            } catch (NoSuchFieldException ignored) {
                // look in the superclass
            }
        }
        throw new NoSuchFieldException(name);
    }

    @Override
    public Object[] toValues(T instance) {
        Object[] values = new Object[attributeCount];
        for (int i = 0; i < fields.length; i++) {
            values[attributeIndex[i]] = fields[i].get(instance);
        }
        return values;
    }

    @Override
    public T fromValues(Object[] values) {
        try {
            return merge(type.cast((Object) constructor.invokeExact()), values);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new JunctionException("Cannot construct " + type.getName() + ": " + t.getMessage(), t);
        }
    }

    @Override
    public T merge(T instance, Object[] values) {
        for (int i = 0; i < fields.length; i++) {
            Object value = values[attributeIndex[i]];
            if (value == null && fields[i].varType().isPrimitive()) continue;
            fields[i].set(instance, value);
        }
        return instance;
    }
}
