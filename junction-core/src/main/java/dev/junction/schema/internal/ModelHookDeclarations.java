package dev.junction.schema.internal;

import dev.junction.DefinitionException;
import dev.junction.lifecycle.HookDeclaration;
import dev.junction.lifecycle.ModelHooks;
import dev.junction.lifecycle.internal.StaticHooks;
import dev.junction.schema.ModelSpec;

/** A model's hooks as defined: its class's static hook methods, then the spec's, each typed by the model's class. */
final class ModelHookDeclarations {
    private ModelHookDeclarations() {
    }

    /** The hooks of the model {@code spec} defines from {@code javaType}; a wrongly typed declaration is refused. */
    static ModelHooks resolve(ModelSpec spec, Class<?> javaType) {
        ModelHooks all = StaticHooks.of(javaType);
        for (HookDeclaration declared : spec.hooks()) {
            if (declared.type() != javaType) {
                throw new DefinitionException("Model " + spec.name() + ": hooks are declared for "
                        + declared.type().getSimpleName() + ", but its instances are " + javaType.getSimpleName()
                        + "s; declare them with hooks(" + javaType.getSimpleName() + ".class, h -> …)");
            }
            all = all.plus(declared.hooks());
        }
        return all;
    }
}
