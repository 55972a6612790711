package dev.junction.internal.mapping;

import dev.junction.JunctionException;
import dev.junction.ResultMappingException;
import dev.junction.schema.Attribute;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.VarHandle;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.util.List;

/**
 * Maps classes that are built through a constructor taking their fields in declaration order (a Kotlin
 * {@code data class}, or a Java class of final fields): values are read from the fields and a new instance is built
 * for every change, as for records. Resolved once as method handles.
 */
public final class ConstructorMapper<T> implements InstanceMapper<T> {
    private final Class<T> type;
    private final MethodHandle constructor;
    private final VarHandle[] fields;
    /** For each constructor parameter (field), the index of its attribute in column order. */
    private final int[] attributeIndex;
    private final int attributeCount;

    public ConstructorMapper(Class<T> type, Constructor<?> constructor, List<Field> fields,
            List<Attribute> attributes) {
        this.type = type;
        this.attributeCount = attributes.size();
        this.fields = new VarHandle[fields.size()];
        this.attributeIndex = new int[fields.size()];
        try {
            for (int i = 0; i < fields.size(); i++) {
                Field field = fields.get(i);
                this.fields[i] = MethodHandles.privateLookupIn(field.getDeclaringClass(), MethodHandles.lookup())
                        .unreflectVarHandle(field);
                attributeIndex[i] = RecordMapper.indexOf(attributes, field.getName());
            }
            this.constructor = MethodHandles.privateLookupIn(type, MethodHandles.lookup()).unreflectConstructor(constructor)
                    .asType(MethodType.genericMethodType(fields.size()))
                    .asSpreader(Object[].class, fields.size());
        } catch (ReflectiveOperationException e) {
            throw new JunctionException("Cannot access class " + type.getName() + ": " + e.getMessage(), e);
        }
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
        Object[] arguments = new Object[attributeIndex.length];
        for (int i = 0; i < arguments.length; i++) {
            arguments[i] = values[attributeIndex[i]];
        }
        try {
            return type.cast((Object) constructor.invokeExact(arguments));
        } catch (NullPointerException e) {
            // A Kotlin non-null parameter given NULL (its column allows NULL), or NULL for a primitive.
            ResultMappingException error = new ResultMappingException("Cannot build " + type.getSimpleName() + ": "
                    + e.getMessage() + "; a property that may hold NULL must be nullable (String?, Int?), or its"
                    + " column @Column(allowNull = false)", type.getSimpleName(), null, null);
            error.initCause(e);
            throw error;
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new JunctionException("Cannot construct " + type.getName() + ": " + t.getMessage(), t);
        }
    }

    @Override
    public T merge(T instance, Object[] values) {
        return fromValues(values);
    }
}
