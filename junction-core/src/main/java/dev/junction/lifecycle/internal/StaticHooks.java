package dev.junction.lifecycle.internal;

import dev.junction.DefinitionException;
import dev.junction.Row;
import dev.junction.lifecycle.BulkUpdate;
import dev.junction.lifecycle.HookPoint;
import dev.junction.lifecycle.ModelHooks;
import dev.junction.query.Where;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Finds the static hook methods of a model class, next to {@code static void associate(Models)}: a method named
 * after a {@link HookPoint} ({@code static Show beforeCreate(Show show)}, {@code static void afterCreate(Show show)})
 * taking what that point gives — the class, {@code List} (bulkCreate), {@link BulkUpdate} or {@link Where}. A
 * before-hook that may change its value returns it (the same type) or is {@code void}; the others are {@code void}.
 * Checked once, when the model is defined: a wrong signature is a {@link DefinitionException}. A class's
 * {@code beforeCreate} runs before its {@code beforeSave} (likewise after- and update hooks). Stateless.
 */
public final class StaticHooks {
    private StaticHooks() {
    }

    /** The static hooks of {@code type}; none for {@link Row} and for classes declaring none. */
    public static ModelHooks of(Class<?> type) {
        if (type == null || type == Row.class) return ModelHooks.none();
        Map<HookPoint, List<Function<Object, Object>>> found = new EnumMap<>(HookPoint.class);
        for (HookPoint point : HookPoint.values()) {
            List<Method> named = new ArrayList<>();
            for (Method m : type.getDeclaredMethods()) {
                if (m.getName().equals(point.method()) && !m.isSynthetic()) named.add(m);
            }
            if (named.isEmpty()) continue;
            String where = "Model class " + type.getName() + ", hook " + point.method();
            if (named.size() > 1) {
                throw new DefinitionException(where + ": declared " + named.size() + " times; declare it once, as "
                        + signature(type, point));
            }
            ModelHooks.declare(found, point, checked(type, point, named.get(0), where));
        }
        return ModelHooks.of(found);
    }

    private static Function<Object, Object> checked(Class<?> type, HookPoint point, Method m, String where) {
        Class<?> given = given(type, point);
        if (!Modifier.isStatic(m.getModifiers())) {
            throw new DefinitionException(where + ": must be static (" + signature(type, point) + ")");
        }
        if (m.getParameterCount() != 1 || m.getParameterTypes()[0] != given) {
            throw new DefinitionException(where + ": must take one " + given.getSimpleName() + " ("
                    + signature(type, point) + "), not " + List.of(m.getParameterTypes()).stream()
                    .map(Class::getSimpleName).toList());
        }
        boolean returns = m.getReturnType() != void.class;
        if (returns && (!point.replaces() || m.getReturnType() != given)) {
            throw new DefinitionException(where + ": must return " + (point.replaces() ? given.getSimpleName()
                    + " or void" : "void") + " (" + signature(type, point) + "), not "
                    + m.getReturnType().getSimpleName());
        }
        try {
            m.setAccessible(true);
        } catch (RuntimeException e) {
            throw new DefinitionException(where + ": cannot be called (" + e.getMessage() + ")", e);
        }
        return value -> {
            Object result = invoke(m, value, where);
            return returns ? result : value;
        };
    }

    private static Object invoke(Method m, Object value, String where) {
        try {
            return m.invoke(null, value);
        } catch (InvocationTargetException e) {
            // The hook's own exception reaches the caller as thrown, as a spec hook's does.
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new dev.junction.JunctionException(where + " failed: " + e.getCause(), e.getCause());
        } catch (IllegalAccessException e) {
            throw new DefinitionException(where + ": cannot be called (" + e.getMessage() + ")", e);
        }
    }

    private static Class<?> given(Class<?> type, HookPoint point) {
        return switch (point.kind()) {
            case INSTANCE -> type;
            case LIST -> List.class;
            case BULK_UPDATE -> BulkUpdate.class;
            case WHERE -> Where.class;
        };
    }

    /** The signature expected at {@code point}, for messages. */
    private static String signature(Class<?> type, HookPoint point) {
        String given = given(type, point).getSimpleName();
        String returned = point.replaces() ? given : "void";
        return "static " + returned + " " + point.method() + "(" + given + " value)";
    }
}
