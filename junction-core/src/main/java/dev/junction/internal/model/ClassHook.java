package dev.junction.internal.model;

import dev.junction.DefinitionException;
import dev.junction.Models;
import dev.junction.schema.ModelSpec;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

/**
 * Finds and runs a model class's own static definition hooks, if it declares them: {@code static void
 * init(ModelSpec)}, which adjusts the model's definition (Sequelize's {@code Model.init} options: scopes, validators,
 * hooks, paranoid …), and {@code static void associate(Models)}, which declares its associations. {@code init} runs
 * again whenever the definition is rebuilt (an association adding a foreign key to the model), so it must only
 * declare.
 */
public final class ClassHook {
    private ClassHook() {
    }

    /** Runs {@code type.init(spec)}; does nothing when the class declares no such hook. */
    public static void init(Class<?> type, ModelSpec spec) {
        run(type, "init", ModelSpec.class, spec);
    }

    /** Runs {@code type.associate(models)}; does nothing when the class declares no such hook. */
    public static void associate(Class<?> type, Models models) {
        run(type, "associate", Models.class, models);
    }

    private static void run(Class<?> type, String name, Class<?> parameter, Object argument) {
        Method hook;
        try {
            hook = type.getDeclaredMethod(name, parameter);
        } catch (NoSuchMethodException e) {
            return;
        }
        String signature = name + "(" + parameter.getSimpleName() + ")";
        if (!Modifier.isStatic(hook.getModifiers())) {
            throw new DefinitionException("Model class " + type.getName() + ": " + signature + " must be static");
        }
        try {
            hook.setAccessible(true);
            hook.invoke(null, argument);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new DefinitionException("Model class " + type.getName() + ": " + name + " failed: " + e.getCause(),
                    e.getCause());
        } catch (IllegalAccessException | RuntimeException e) {
            throw new DefinitionException("Model class " + type.getName() + ": cannot call " + name + ": "
                    + e.getMessage());
        }
    }
}
