package dev.junction.internal.model;

import dev.junction.Row;
import dev.junction.Transaction;
import dev.junction.ValidationException;
import dev.junction.internal.Arguments;
import dev.junction.internal.Runtime;
import dev.junction.internal.mapping.InstanceMapper;
import dev.junction.lifecycle.internal.ScopeFilter;
import dev.junction.query.Query;
import dev.junction.schema.ModelDefinition;
import java.util.List;

/**
 * What one handle of a model is: the model's slot and runtime, the transaction it is bound to, whether its writes run
 * hooks and which scopes it reads with — and what follows from them alone. {@link ModelImpl} adds the operations.
 * Immutable and thread-safe.
 */
abstract sealed class ModelHandle<T> extends AssociationDeclarations<T> permits ModelImpl {
    final Runtime runtime;
    final ModelSlot slot;
    final Class<T> type;
    final boolean rows;
    final Transaction tx;
    /** False on a handle from {@link #withoutHooks()}: its writes skip the model's hooks. */
    final boolean hooksOn;
    /** The scopes this handle reads with: {@code null} the default scope, empty none (see {@link ScopeFilter}). */
    final List<String> scopeNames;

    ModelHandle(Runtime runtime, ModelSlot slot, Class<T> type, Transaction tx, boolean hooksOn,
                List<String> scopeNames) {
        this.runtime = runtime;
        this.slot = slot;
        this.type = type;
        this.rows = type == Row.class;
        this.tx = tx;
        this.hooksOn = hooksOn;
        this.scopeNames = scopeNames;
    }

    /** The slot holding this model's current definition, shared by all its handles. */
    public ModelSlot slot() {
        return slot;
    }

    /** The runtime this model belongs to. */
    public Runtime runtime() {
        return runtime;
    }

    /** The transaction this handle is bound to, or {@code null}. */
    public Transaction transaction() {
        return tx;
    }

    /** The current plan. */
    public ModelPlan plan() {
        return slot.plan();
    }

    @SuppressWarnings("unchecked")
    InstanceMapper<T> mapper(ModelState state) {
        return (InstanceMapper<T>) (rows ? state.rows() : state.typed());
    }

    InstanceValues values(ModelState state) {
        return rows ? state.rowValues() : state.typedValues();
    }

    @Override
    public String name() {
        return slot.definition().name();
    }

    @Override
    public ModelDefinition definition() {
        return slot.definition();
    }

    @Override
    public Class<T> type() {
        return type;
    }

    /** The model scope this handle reads with ({@link ScopeFilter#scope}), or {@code null} for none. */
    public Query readScope() {
        return slot.plan().scopes.scope(scopeNames);
    }

    /** {@code value}, or a {@link ValidationException} naming this model, the call and the parameter. */
    <V> V given(V value, String call, String parameter) {
        return Arguments.given(value, name() + "." + call, parameter);
    }
}
