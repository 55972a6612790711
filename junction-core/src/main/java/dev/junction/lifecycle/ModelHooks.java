package dev.junction.lifecycle;

import dev.junction.internal.Arguments;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Every hook of one model, by {@link HookPoint}, in run order: the model class's static hook methods first, then
 * those declared with {@link dev.junction.schema.ModelSpec#hooks}. Each hook is a function from the value it is
 * given to the value to go on with (after-hooks give back what they got). As in Sequelize, a {@code beforeSave}
 * hook is also a {@code beforeCreate} and a {@code beforeUpdate} hook (and {@code afterSave} an {@code afterCreate}
 * and an {@code afterUpdate}), listed there in declaration order among the others: a write runs the create or update
 * list, never the save list on its own. Immutable and thread-safe if the hooks are.
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

    /**
     * Adds {@code hook} at {@code point} to {@code hooks}; a save hook also to the create and update lists, as
     * Sequelize proxies it.
     */
    public static void declare(Map<HookPoint, List<Function<Object, Object>>> hooks, HookPoint point,
                               Function<Object, Object> hook) {
        Arguments.given(hooks, "ModelHooks.declare", "hooks");
        Arguments.given(point, "ModelHooks.declare", "point");
        Arguments.given(hook, "ModelHooks.declare", "hook");
        hooks.computeIfAbsent(point, p -> new ArrayList<>()).add(hook);
        if (point == HookPoint.BEFORE_SAVE) {
            declare(hooks, HookPoint.BEFORE_CREATE, hook);
            declare(hooks, HookPoint.BEFORE_UPDATE, hook);
        } else if (point == HookPoint.AFTER_SAVE) {
            declare(hooks, HookPoint.AFTER_CREATE, hook);
            declare(hooks, HookPoint.AFTER_UPDATE, hook);
        }
    }

    /** The given hooks, copied (save hooks must already be in the create and update lists: see {@link #declare}). */
    public static ModelHooks of(Map<HookPoint, ? extends List<Function<Object, Object>>> hooks) {
        Arguments.given(hooks, "ModelHooks.of", "hooks");
        if (hooks.values().stream().allMatch(List::isEmpty)) return NONE;
        Map<HookPoint, List<Function<Object, Object>>> copy = new EnumMap<>(HookPoint.class);
        hooks.forEach((point, list) -> {
            if (!list.isEmpty()) copy.put(point, List.copyOf(list));
        });
        return new ModelHooks(Collections.unmodifiableMap(copy));
    }

    /** These hooks, then {@code more}'s, at every point. */
    public ModelHooks plus(ModelHooks more) {
        Arguments.given(more, "ModelHooks.plus", "more");
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
