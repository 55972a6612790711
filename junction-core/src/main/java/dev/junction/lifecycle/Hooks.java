package dev.junction.lifecycle;

import dev.junction.internal.Arguments;
import dev.junction.query.Where;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The hooks of one model, declared on its spec: {@code db.define(Show.class, m -> m.hooks(Show.class, h -> h
 * .beforeCreate(show -> show.withTitle(show.title().strip()))))}. Typed by the model's class ({@code Row.class} for a
 * model defined by name). Several hooks at one point run in declaration order, after the class's static hooks.
 *
 * <p>A before-hook of validate, create, update or save returns the instance to go on with: the same one, or — for
 * a record — a new one; what it returns is what is validated, written and returned to the caller. Any hook may abort
 * the write by throwing: nothing is written, and the exception reaches the caller as thrown. After-hooks run in the
 * write's transaction, so an exception there rolls the write back. Mutable; read once when the model is defined.
 *
 * @param <T> the model's instance class
 */
public final class Hooks<T> {
    private final Map<HookPoint, List<Function<Object, Object>>> hooks = new EnumMap<>(HookPoint.class);

    /** Internal: made by {@link dev.junction.schema.ModelSpec#hooks}. */
    public Hooks() {
    }

    /** Runs before the validators, on create and update; returns the instance to validate. */
    public Hooks<T> beforeValidate(UnaryOperator<T> hook) {
        return before(HookPoint.BEFORE_VALIDATE, hook);
    }

    /** Runs after the validators passed, on create and update. */
    public Hooks<T> afterValidate(Consumer<? super T> hook) {
        return after(HookPoint.AFTER_VALIDATE, hook);
    }

    /** Runs before an INSERT (after validation); returns the instance to insert. */
    public Hooks<T> beforeCreate(UnaryOperator<T> hook) {
        return before(HookPoint.BEFORE_CREATE, hook);
    }

    /** Runs after an INSERT, in its transaction, with the instance as stored. */
    public Hooks<T> afterCreate(Consumer<? super T> hook) {
        return after(HookPoint.AFTER_CREATE, hook);
    }

    /** Runs before {@code update(instance)} writes (after validation); returns the instance to write. */
    public Hooks<T> beforeUpdate(UnaryOperator<T> hook) {
        return before(HookPoint.BEFORE_UPDATE, hook);
    }

    /** Runs after {@code update(instance)} wrote, in its transaction. */
    public Hooks<T> afterUpdate(Consumer<? super T> hook) {
        return after(HookPoint.AFTER_UPDATE, hook);
    }

    /**
     * Runs on create and update; returns the instance to write. As in Sequelize, it is a {@code beforeCreate} and a
     * {@code beforeUpdate} hook, run among those in declaration order.
     */
    public Hooks<T> beforeSave(UnaryOperator<T> hook) {
        return before(HookPoint.BEFORE_SAVE, hook);
    }

    /** Runs on create and update, in the write's transaction: an {@code afterCreate} and {@code afterUpdate} hook. */
    public Hooks<T> afterSave(Consumer<? super T> hook) {
        return after(HookPoint.AFTER_SAVE, hook);
    }

    /** Runs before {@code destroy(instance)} deletes; may abort by throwing. */
    public Hooks<T> beforeDestroy(Consumer<? super T> hook) {
        return after(HookPoint.BEFORE_DESTROY, hook);
    }

    /** Runs after {@code destroy(instance)} deleted, in its transaction. */
    public Hooks<T> afterDestroy(Consumer<? super T> hook) {
        return after(HookPoint.AFTER_DESTROY, hook);
    }

    /** Runs before a {@code bulkCreate}, before any instance's own hooks; returns the instances to create. */
    public Hooks<T> beforeBulkCreate(UnaryOperator<List<T>> hook) {
        return before(HookPoint.BEFORE_BULK_CREATE, hook);
    }

    /** Runs after a {@code bulkCreate}, after every instance's own hooks, in its transaction. */
    public Hooks<T> afterBulkCreate(Consumer<? super List<T>> hook) {
        return after(HookPoint.AFTER_BULK_CREATE, hook);
    }

    /** Runs before an {@code update(Map, Where)}; returns the update to run (values and filter). */
    public Hooks<T> beforeBulkUpdate(UnaryOperator<BulkUpdate> hook) {
        return before(HookPoint.BEFORE_BULK_UPDATE, hook);
    }

    /** Runs after an {@code update(Map, Where)}, in its transaction. */
    public Hooks<T> afterBulkUpdate(Consumer<? super BulkUpdate> hook) {
        return after(HookPoint.AFTER_BULK_UPDATE, hook);
    }

    /** Runs before a {@code destroy(Where)}; returns the filter of the rows to delete. */
    public Hooks<T> beforeBulkDestroy(UnaryOperator<Where> hook) {
        return before(HookPoint.BEFORE_BULK_DESTROY, hook);
    }

    /** Runs after a {@code destroy(Where)}, in its transaction. */
    public Hooks<T> afterBulkDestroy(Consumer<? super Where> hook) {
        return after(HookPoint.AFTER_BULK_DESTROY, hook);
    }

    /** The hooks declared so far, by point, in declaration order. */
    public ModelHooks declared() {
        return ModelHooks.of(hooks);
    }

    @SuppressWarnings("unchecked")
    private <V> Hooks<T> before(HookPoint point, UnaryOperator<V> hook) {
        UnaryOperator<V> checked = Arguments.given(hook, "Hooks." + point.method(), "hook");
        ModelHooks.declare(hooks, point, value -> checked.apply((V) value));
        return this;
    }

    @SuppressWarnings("unchecked")
    private <V> Hooks<T> after(HookPoint point, Consumer<V> hook) {
        Consumer<V> checked = Arguments.given(hook, "Hooks." + point.method(), "hook");
        ModelHooks.declare(hooks, point, value -> {
            checked.accept((V) value);
            return value;
        });
        return this;
    }
}
