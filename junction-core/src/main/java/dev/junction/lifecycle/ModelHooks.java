package dev.junction.lifecycle;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Every hook of one model, by {@link HookPoint}, in run order: the model class's static hook methods first, then
 * those declared with {@link dev.junction.schema.ModelSpec#hooks}. Each hook is a function from the value it is
 * given to the value to go on with (after-hooks give back what they got). Immutable and thread-safe if the hooks
 * are.
 */
public final class ModelHooks {
    private static final ModelHooks NONE = new ModelHooks(new EnumMap<>(HookPoint.class));

    private final Map<HookPoint, List<Function<Object, Object>>> hooks;

    private ModelHooks(Map<HookPoint, List<Function<Object, Object>>> hooks) {
        this.hooks = hooks;
    }

    /** No hooks at all. */
    public static ModelHooks none() {
        return NONE;
    }

    /** The given hooks, copied. */
    public static ModelHooks of(Map<HookPoint, ? extends List<Function<Object, Object>>> hooks) {
        if (hooks.values().stream().allMatch(List::isEmpty)) return NONE;
        Map<HookPoint, List<Function<Object, Object>>> copy = new EnumMap<>(HookPoint.class);
        hooks.forEach((point, list) -> {
            if (!list.isEmpty()) copy.put(point, List.copyOf(list));
        });
        return new ModelHooks(Collections.unmodifiableMap(copy));
    }

    /** These hooks, then {@code more}'s, at every point. */
    public ModelHooks plus(ModelHooks more) {
        if (more.isEmpty()) return this;
        if (isEmpty()) return more;
        Map<HookPoint, List<Function<Object, Object>>> all = new EnumMap<>(HookPoint.class);
        for (HookPoint point : HookPoint.values()) {
            List<Function<Object, Object>> both = new ArrayList<>(at(point));
            both.addAll(more.at(point));
            all.put(point, both);
        }
        return of(all);
    }

    /** Whether the model has no hook at all (its writes then run exactly as without this feature). */
    public boolean isEmpty() {
        return hooks.isEmpty();
    }

    /** Whether there is a hook at {@code point}. */
    public boolean has(HookPoint point) {
        return hooks.containsKey(point);
    }

    /** The hooks at {@code point}, in run order; empty when there are none. */
    public List<Function<Object, Object>> at(HookPoint point) {
        return hooks.getOrDefault(point, List.of());
    }

    @Override
    public String toString() {
        return "ModelHooks" + hooks.keySet();
    }
}
