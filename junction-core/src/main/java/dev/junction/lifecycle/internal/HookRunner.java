package dev.junction.lifecycle.internal;

import dev.junction.ValidationException;
import dev.junction.lifecycle.HookPoint;
import dev.junction.lifecycle.ModelHooks;
import java.util.List;
import java.util.function.Function;

/**
 * Runs one model's hooks at one point: each gets what the previous returned. A hook's exception reaches the caller
 * as thrown; a before-hook returning {@code null} is a {@link ValidationException} naming the model and the hook.
 * Stateless.
 */
public final class HookRunner {
    private HookRunner() {
    }

    /** {@code value} passed through the hooks of {@code model} at {@code point}; {@code value} when there are none. */
    @SuppressWarnings("unchecked")
    public static <V> V run(ModelHooks hooks, HookPoint point, String model, V value) {
        List<Function<Object, Object>> at = hooks.at(point);
        Object current = value;
        for (Function<Object, Object> hook : at) {
            current = hook.apply(current);
            if (current == null) {
                throw new ValidationException(model, null, model + "." + point.method() + " hook returned null;"
                        + " return the " + (point.kind() == HookPoint.Kind.INSTANCE ? "instance" : "value")
                        + " to go on with (changed or not), or throw to stop the write");
            }
        }
        return (V) current;
    }
}
