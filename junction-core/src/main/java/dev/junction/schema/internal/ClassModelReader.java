package dev.junction.schema.internal;

import dev.junction.DefinitionException;
import dev.junction.annotation.Column;
import dev.junction.annotation.Id;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * Reads the properties of a model class: record components in order, or a class's instance fields in declaration
 * order (superclass first). A class that is not a record is built one of two ways:
 * <ul>
 *   <li>through a constructor whose parameter types are its fields' types, in declaration order — when it has no
 *       no-argument constructor, or has a {@code final} field (a Kotlin {@code data class}: {@code val} properties
 *       are final fields declared in primary-constructor order); its values are passed to that constructor;</li>
 *   <li>otherwise through its no-argument constructor, its fields then written directly (a POJO).</li>
 * </ul>
 * {@link Column} and {@link Id} are read from the field, or else from the matching constructor parameter (where a
 * Kotlin annotation on a constructor property lands by default).
 */
public final class ClassModelReader {
    private ClassModelReader() {
    }

    /** The persistent properties of {@code type}; static, transient and synthetic fields are skipped. */
    public static List<JavaProperty> properties(Class<?> type) {
        if (type.isRecord()) {
            List<JavaProperty> out = new ArrayList<>();
            for (RecordComponent c : type.getRecordComponents()) {
                out.add(new JavaProperty(c.getName(), c.getType(), c.getAnnotation(Column.class),
                        c.getAnnotation(Id.class), componentField(type, c)));
            }
            return out;
        }
        List<Field> fields = persistentFields(type);
        Constructor<?> constructor = propertyConstructor(type, fields);
        if (constructor == null) {
            requireNoArgumentConstructor(type, fields);
        }
        Annotation[][] parameters = constructor == null ? null : constructor.getParameterAnnotations();
        List<JavaProperty> out = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            Annotation[] parameter = parameters != null && parameters.length == fields.size() ? parameters[i]
                    : new Annotation[0];
            out.add(new JavaProperty(f.getName(), f.getType(), annotation(f, parameter, Column.class),
                    annotation(f, parameter, Id.class), f));
        }
        return out;
    }

    /**
     * The constructor a non-record model class is built through, taking its {@link #properties} in order; {@code null}
     * for a record, or for a class built through its no-argument constructor and fields.
     */
    public static Constructor<?> propertyConstructor(Class<?> type) {
        return type.isRecord() ? null : propertyConstructor(type, persistentFields(type));
    }

    private static Constructor<?> propertyConstructor(Class<?> type, List<Field> fields) {
        boolean anyFinal = fields.stream().anyMatch(f -> Modifier.isFinal(f.getModifiers()));
        if (!anyFinal && hasNoArgumentConstructor(type)) return null;
        Class<?>[] types = fields.stream().map(Field::getType).toArray(Class<?>[]::new);
        for (Constructor<?> c : type.getDeclaredConstructors()) {
            if (!c.isSynthetic() && Arrays.equals(c.getParameterTypes(), types)) return c;
        }
        return null;
    }

    private static void requireNoArgumentConstructor(Class<?> type, List<Field> fields) {
        if (hasNoArgumentConstructor(type)) return;
        throw new DefinitionException("Model class " + type.getName() + " has no no-argument constructor and no"
                + " constructor taking its fields in declaration order " + fields.stream()
                .map(f -> f.getType().getSimpleName() + " " + f.getName()).toList()
                + "; add one, or make it a record (or a Kotlin data class whose properties are all in its primary"
                + " constructor)");
    }

    /** Whether {@code type} declares a constructor without parameters (of any access). */
    public static boolean hasNoArgumentConstructor(Class<?> type) {
        try {
            type.getDeclaredConstructor();
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    private static List<Field> persistentFields(Class<?> type) {
        if (type.isInterface() || Modifier.isAbstract(type.getModifiers()) || type.isEnum() || type.isArray()
                || type.isPrimitive()) {
            throw new DefinitionException("Model class " + type.getName()
                    + " must be a record or a concrete class with a no-argument constructor");
        }
        Deque<Class<?>> chain = new ArrayDeque<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            chain.push(c);
        }
        List<Field> out = new ArrayList<>();
        for (Class<?> c : chain) {
            for (Field f : c.getDeclaredFields()) {
                int mod = f.getModifiers();
                if (!Modifier.isStatic(mod) && !Modifier.isTransient(mod) && !f.isSynthetic()) out.add(f);
            }
        }
        return out;
    }

    private static <A extends Annotation> A annotation(Field field, Annotation[] parameter, Class<A> kind) {
        A onField = field.getAnnotation(kind);
        if (onField != null) return onField;
        for (Annotation a : parameter) {
            if (kind.isInstance(a)) return kind.cast(a);
        }
        return null;
    }

    /**
     * The private field of a record component, which carries the component's annotations whose targets do not
     * include record components (Bean Validation's: fields, methods, parameters, type uses).
     */
    private static Field componentField(Class<?> type, RecordComponent c) {
        try {
            return type.getDeclaredField(c.getName());
        } catch (NoSuchFieldException e) {
            return null;
        }
    }
}
