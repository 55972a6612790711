package dev.junction.internal.model;

import dev.junction.Row;
import dev.junction.ValidationException;
import dev.junction.internal.Arguments;
import dev.junction.internal.mapping.InstanceMapper;
import dev.junction.internal.write.RowUpdater;
import dev.junction.internal.write.VersionGuard;
import dev.junction.lifecycle.internal.SoftDeleteFilter;
import dev.junction.query.Where;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * How one model handle's rows go and come back: {@code destroy} deletes them, or on a paranoid model sets
 * {@code deletedAt} on those not soft-deleted yet (one UPDATE); {@code destroy(…, force)} deletes for real;
 * {@code restore} clears {@code deletedAt}. Only the soft-delete timestamp is written (as Sequelize's bulk destroy
 * and restore do). Made per call; holds nothing beyond it.
 */
final class RowRemovals<T> {
    private final ModelImpl<T> model;
    private final ModelState state;
    private final ModelPlan plan;

    RowRemovals(ModelImpl<T> model) {
        this.model = model;
        this.state = model.slot().state();
        this.plan = state.plan();
    }

    /**
     * Destroys the row with this key; whether there was one (not already soft-deleted, unless {@code force}). With
     * a {@code version} (optimistic locking; {@code null}: none), only the row at that version: at another, a
     * {@link dev.junction.StaleInstanceException}.
     */
    boolean destroy(Object[] key, boolean force, Object version) {
        if (plan.softDelete == null || force) return updater().deleteByKey(plan, key, version);
        return checked(softDelete(plan.softDelete.live(versioned(keyWhere(key), version))), key, version,
                "destroy");
    }

    /** Destroys the rows {@code where} (not null) matches; how many. */
    int destroy(Where where, boolean force) {
        if (plan.softDelete == null || force) return updater().deleteWhere(plan, where);
        return softDelete(plan.softDelete.live(where));
    }

    /** Restores the instance's soft-deleted row (at the version it carries, if any); whether it was soft-deleted. */
    boolean restore(T instance) {
        SoftDeleteFilter filter = paranoid();
        Object[] key = keyOf(instance, "restore");
        Object version = plan.versionIndex < 0 ? null : model.valuesOf(instance)[plan.versionIndex];
        return checked(setDeletedAt(filter.deleted(versioned(keyWhere(key), version)), null), key, version,
                "restore");
    }

    /** {@code where}, and the row at {@code version} when there is one. */
    private Where versioned(Where where, Object version) {
        return version == null ? where : Where.and(where, Where.eq(plan.attributes.get(plan.versionIndex).name(),
                version));
    }

    /**
     * Whether a write at {@code version} changed its row; when it changed none, a row there at another version is a
     * {@link dev.junction.StaleInstanceException} (else the row is gone, or was already as asked).
     */
    private boolean checked(int changed, Object[] key, Object version, String operation) {
        if (changed > 0 || version == null) return changed > 0;
        Object stored = model.runtime().scope().read(model.transaction(),
                c -> VersionGuard.stored(model.runtime(), c, plan, key));
        if (VersionGuard.differs(stored, version)) {
            throw VersionGuard.stale(plan, operation, VersionGuard.key(plan, key), version);
        }
        return false;
    }

    /** Restores the soft-deleted rows {@code where} matches; how many. */
    int restore(Where where) {
        SoftDeleteFilter filter = paranoid();
        requireWhere(where, "restore");
        return setDeletedAt(filter.deleted(where), null);
    }

    private int softDelete(Where where) {
        int index = plan.indexOf(plan.softDelete.attribute());
        return setDeletedAt(where, Timestamps.of(plan.attributes.get(index), Instant.now()));
    }

    private int setDeletedAt(Where where, Object value) {
        int index = plan.indexOf(plan.softDelete.attribute());
        Object[] row = new Object[plan.attributes.size()];
        row[index] = value;
        return updater().updateWhere(plan, row, new int[] {index}, where);
    }

    /** The model's soft-delete filter, or a {@link ValidationException} naming the model when it is not paranoid. */
    private SoftDeleteFilter paranoid() {
        if (plan.softDelete == null) {
            String name = plan.definition.name();
            throw new ValidationException(name, null, "Model " + name + " is not paranoid, so it has no soft-deleted"
                    + " rows to restore; declare it with paranoid() (or @Paranoid) to soft-delete its rows");
        }
        return plan.softDelete;
    }

    /** The key of a saved instance: every key attribute set, else a {@link ValidationException}. */
    @SuppressWarnings("unchecked")
    private Object[] keyOf(T instance, String call) {
        Arguments.given(instance, model.name() + "." + call, "instance");
        boolean rows = model.type() == Row.class;
        InstanceMapper<T> mapper = (InstanceMapper<T>) (rows ? state.rows() : state.typed());
        return (rows ? state.rowValues() : state.typedValues()).keyOf(instance, mapper);
    }

    /** {@code k1 = ? AND k2 = ?} for a key. */
    private Where keyWhere(Object[] key) {
        List<Where> parts = new ArrayList<>(key.length);
        for (int k = 0; k < key.length; k++) {
            parts.add(Where.eq(plan.attributes.get(plan.keyIndexes[k]).name(), key[k]));
        }
        return parts.size() == 1 ? parts.get(0) : new Where.And(parts);
    }

    /** A mass write names its rows: a null {@code where} is refused rather than read as "every row". */
    static void requireWhere(ModelPlan plan, Where where, String operation) {
        if (where == null) {
            String name = plan.definition.name();
            throw new ValidationException(name, null, name + "." + operation + " was given a null where; to "
                    + operation + " every row, say so with Where.all()");
        }
    }

    private void requireWhere(Where where, String operation) {
        requireWhere(plan, where, operation);
    }

    private RowUpdater updater() {
        return new RowUpdater(model.runtime(), model.transaction());
    }
}
