package dev.junction.schema.internal;

import dev.junction.DefinitionException;
import dev.junction.annotation.Column;
import dev.junction.annotation.Id;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** Reads the properties of a model class: record components in order, or a POJO's instance fields. */
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
        if (type.isInterface() || Modifier.isAbstract(type.getModifiers()) || type.isEnum() || type.isArray()
                || type.isPrimitive()) {
            throw new DefinitionException("Model class " + type.getName()
                    + " must be a record or a concrete class with a no-argument constructor");
        }
        try {
            type.getDeclaredConstructor();
        } catch (NoSuchMethodException e) {
            throw new DefinitionException("Model class " + type.getName()
                    + " has no no-argument constructor; add one, or make it a record");
        }
        Deque<Class<?>> chain = new ArrayDeque<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            chain.push(c);
        }
        List<JavaProperty> out = new ArrayList<>();
        for (Class<?> c : chain) {
            for (Field f : c.getDeclaredFields()) {
                int mod = f.getModifiers();
                if (Modifier.isStatic(mod) || Modifier.isTransient(mod) || f.isSynthetic()) {
                    continue;
                }
                out.add(new JavaProperty(f.getName(), f.getType(), f.getAnnotation(Column.class),
                        f.getAnnotation(Id.class), f));
            }
        }
        return out;
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
