package dev.junction.internal.model;

import dev.junction.DefinitionException;
import dev.junction.Models;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

/** Finds and runs a model class's {@code static void associate(Models)} hook, if it has one. */
public final class AssociateHook {
    private AssociateHook() {
    }

    /** Runs {@code type.associate(models)}; does nothing when the class declares no such hook. */
    public static void run(Class<?> type, Models models) {
        Method hook;
        try {
            hook = type.getDeclaredMethod("associate", Models.class);
        } catch (NoSuchMethodException e) {
            return;
        }
        if (!Modifier.isStatic(hook.getModifiers())) {
            throw new DefinitionException("Model class " + type.getName() + ": associate(Models) must be static");
        }
        try {
            hook.setAccessible(true);
            hook.invoke(null, models);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new DefinitionException("Model class " + type.getName() + ": associate failed: " + e.getCause(),
                    e.getCause());
        } catch (IllegalAccessException e) {
            throw new DefinitionException("Model class " + type.getName() + ": cannot call associate: "
                    + e.getMessage());
        }
    }
}
