package dev.junction.internal.model;

import static dev.junction.lifecycle.HookPoint.AFTER_BULK_CREATE;
import static dev.junction.lifecycle.HookPoint.AFTER_BULK_DESTROY;
import static dev.junction.lifecycle.HookPoint.AFTER_BULK_UPDATE;
import static dev.junction.lifecycle.HookPoint.AFTER_CREATE;
import static dev.junction.lifecycle.HookPoint.AFTER_DESTROY;
import static dev.junction.lifecycle.HookPoint.AFTER_UPDATE;
import static dev.junction.lifecycle.HookPoint.AFTER_VALIDATE;
import static dev.junction.lifecycle.HookPoint.BEFORE_BULK_CREATE;
import static dev.junction.lifecycle.HookPoint.BEFORE_BULK_DESTROY;
import static dev.junction.lifecycle.HookPoint.BEFORE_BULK_UPDATE;
import static dev.junction.lifecycle.HookPoint.BEFORE_CREATE;
import static dev.junction.lifecycle.HookPoint.BEFORE_DESTROY;
import static dev.junction.lifecycle.HookPoint.BEFORE_UPDATE;
import static dev.junction.lifecycle.HookPoint.BEFORE_VALIDATE;

import dev.junction.BulkOptions;
import dev.junction.internal.Arguments;
import dev.junction.internal.write.BulkUpsert;
import dev.junction.lifecycle.BulkUpdate;
import dev.junction.lifecycle.HookPoint;
import dev.junction.lifecycle.ModelHooks;
import dev.junction.lifecycle.internal.ScopeFilter;
import dev.junction.query.Where;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The writes of one model handle for one call: create, bulkCreate, update and destroy, with the model's hooks
 * around them. A model without hooks (or a handle {@link ModelImpl#withoutHooks() without hooks}) writes exactly as
 * before hooks existed — same statements, no transaction added; one with hooks runs its before-hooks, the write and
 * its after-hooks in one transaction (the caller's, or its own), so that what a before-hook writes is undone with a
 * write that fails — a stale one (optimistic locking) included. See {@link HookPoint} for the order.
 * One per call; not thread-safe.
 */
public final class InstanceWrites<T> {
    private final ModelImpl<T> model;
    private final ModelState state;
    private final InstanceHookValues<T> hooks;

    InstanceWrites(ModelImpl<T> model, ModelState state, boolean hooksOn) {
        this.model = model;
        this.state = state;
        ModelHooks declared = state.plan().definition.hooks();
        this.hooks = hooksOn && !declared.isEmpty() ? new InstanceHookValues<>(model, state, declared) : null;
    }

    /** Whether this write runs hooks. */
    public boolean hooked() {
        return hooks != null;
    }

    T create(T instance, Map<String, ?> forced) {
        if (hooks == null) {
            Object[] row = model.values(state).forInsert(instance, model.mapper(state), Instant.now(), forced);
            model.inserter().insertRows(state.plan(), Collections.singletonList(row));
            return model.mapper(state).merge(instance, row);
        }
        return bulk(List.of(instance), null, forced, false).get(0);
    }

    List<T> bulkCreate(List<T> instances, BulkOptions options, Map<String, ?> forced) {
        Arguments.given(instances, model.name() + ".bulkCreate", "instances");
        BulkUpsert upsert = options == null ? null : new BulkUpsert(model, state.plan(), options);
        if (instances.isEmpty()) return List.of();
        if (hooks != null) return bulk(instances, upsert, forced, true);
        List<Object[]> prepared = model.values(state).forInsertAll(instances, model.mapper(state), Instant.now(),
                forced);
        List<Object[]> inserted = insert(prepared, upsert);
        List<T> created = new ArrayList<>(instances.size());
        for (int i = 0; i < instances.size(); i++) {
            created.add(model.mapper(state).merge(instances.get(i), inserted.get(i)));
        }
        return created;
    }

    /** Inserts prepared rows in one transaction; returns the copies written. */
    private List<Object[]> insert(List<Object[]> prepared, BulkUpsert upsert) {
        return model.runtime().scope().atomic(model.transaction(), connection -> written(connection, prepared, upsert));
    }

    /** Writes fresh copies of the prepared rows (an attempt rolled back may have stored keys in its rows). */
    private List<Object[]> written(Connection connection, List<Object[]> prepared, BulkUpsert upsert) {
        List<Object[]> rows = new ArrayList<>(prepared.size());
        prepared.forEach(row -> rows.add(row.clone()));
        if (upsert == null) model.inserter().insertRows(state.plan(), rows); else upsert.write(connection, rows);
        return rows;
    }

    /** create ({@code bulk} false) or bulkCreate with hooks: every before-hook, then insert and after-hooks. */
    private List<T> bulk(List<T> given, BulkUpsert upsert, Map<String, ?> forced, boolean bulk) {
        return model.runtime().scope().atomic(model.transaction(), connection -> {
            List<T> instances = bulk ? hooks.list(BEFORE_BULK_CREATE, given) : given;
            for (T instance : instances) Arguments.given(instance, model.name() + ".bulkCreate", "instance");
            Instant now = Instant.now();
            List<T> ready = prepared(instances, now, forced, BEFORE_CREATE, bulk, null);
            List<Object[]> rows = bulk ? model.values(state).forInsertAll(ready, model.mapper(state), now, forced)
                    : List.<Object[]>of(model.values(state).forInsert(ready.get(0), model.mapper(state), now, forced));
            List<Object[]> copies = written(connection, rows, upsert);
            List<T> created = new ArrayList<>(ready.size());
            for (int i = 0; i < ready.size(); i++) {
                T stored = model.mapper(state).merge(ready.get(i), copies.get(i));
                hooks.after(AFTER_CREATE, stored);
                created.add(stored);
            }
            if (bulk) hooks.list(AFTER_BULK_CREATE, Collections.unmodifiableList(created));
            return created;
        });
    }

    /**
     * The instances through beforeValidate, the validators (all failures at once), afterValidate, then
     * {@code beforeWrite} (beforeCreate or beforeUpdate, whose lists hold the beforeSave hooks), as Sequelize's
     * {@code save} runs them.
     */
    private List<T> prepared(List<T> instances, Instant now, Map<String, ?> forced, HookPoint beforeWrite,
                             boolean many, boolean[] only) {
        List<T> valid = new ArrayList<>(instances.size());
        for (T instance : instances) valid.add(hooks.before(BEFORE_VALIDATE, instance));
        if (beforeWrite == BEFORE_CREATE && many) {
            model.values(state).forInsertAll(valid, model.mapper(state), now, forced);
        } else if (beforeWrite == BEFORE_CREATE) {
            model.values(state).forInsert(valid.get(0), model.mapper(state), now, forced);
        } else {
            valid.forEach(instance -> model.values(state).forUpdate(instance, model.mapper(state), now, only));
        }
        List<T> ready = new ArrayList<>(valid.size());
        for (T instance : valid) {
            hooks.after(AFTER_VALIDATE, instance);
            ready.add(hooks.before(beforeWrite, instance));
        }
        return ready;
    }

    T update(T instance) {
        return update(instance, null);
    }

    /** Updates the instance's row, writing only the columns {@code only} marks (all when null) and updatedAt. */
    T update(T instance, boolean[] only) {
        if (hooks == null) {
            InstanceValues.Update update = model.values(state).forUpdate(instance, model.mapper(state), Instant.now(),
                    only);
            model.updater().updateByKey(state.plan(), update);
            return model.mapper(state).merge(instance, update.row());
        }
        hooks.existing();
        return model.runtime().scope().atomic(model.transaction(), connection -> {
            Instant now = Instant.now();
            T ready = prepared(List.of(instance), now, Map.of(), BEFORE_UPDATE, false, only).get(0);
            InstanceValues.Update update = model.values(state).forUpdate(ready, model.mapper(state), now, only);
            model.updater().updateByKey(state.plan(), update);
            T stored = model.mapper(state).merge(ready, update.row().clone());
            hooks.after(AFTER_UPDATE, hooks.written(stored, update.columns()));
            return stored;
        });
    }

    /**
     * Updates the rows {@code where} matches. A beforeBulkUpdate hook sees the caller's where; the handle's scope and
     * (as Sequelize's bulk update) the soft-delete filter are added to whatever where it returns, so a hook can
     * narrow the rows but not widen past them.
     */
    int update(Map<String, ?> changes, Where where, boolean checkNulls) {
        if (hooks == null) {
            Object[] row = new Object[state.plan().attributes.size()];
            int[] columns = columns(model.values(state).forBulkUpdate(changes, row, Instant.now(), checkNulls));
            return columns.length == 0 ? 0 : model.updater().updateWhere(state.plan(), row, columns, readable(where));
        }
        return model.runtime().scope().atomic(model.transaction(), connection -> {
            BulkUpdate bulk = hooks.value(BEFORE_BULK_UPDATE, new BulkUpdate(new java.util.LinkedHashMap<>(changes),
                    where));
            Object[] row = new Object[state.plan().attributes.size()];
            int[] columns = columns(model.values(state).forBulkUpdate(bulk.values(), row, Instant.now(), checkNulls));
            int changed = columns.length == 0 ? 0
                    : model.updater().updateWhere(state.plan(), row, columns, readable(bulk.where()));
            hooks.value(AFTER_BULK_UPDATE, bulk);
            return changed;
        });
    }

    private static int[] columns(boolean[] set) {
        return IntStream.range(0, set.length).filter(i -> set[i]).toArray();
    }

    /** {@code where} within the rows the handle reads: its scope, soft-deleted rows left out. */
    private Where readable(Where where) {
        return state.plan().readWhere(ScopeFilter.where(model.readScope(), where), false);
    }

    /** Destroys the instance's row — soft-deletes it on a paranoid model, unless {@code force}. */
    boolean destroy(T instance, boolean force) {
        Object[] key = model.values(state).keyOf(instance, model.mapper(state));
        int v = state.plan().versionIndex();
        Object version = v < 0 ? null : model.values(state).valuesOf(instance, model.mapper(state))[v];
        RowRemovals<T> removals = new RowRemovals<>(model);
        if (hooks == null) return removals.destroy(key, force, version);
        hooks.existing();
        return model.runtime().scope().atomic(model.transaction(), connection -> {
            hooks.after(BEFORE_DESTROY, instance);
            boolean deleted = removals.destroy(key, force, version);
            hooks.after(AFTER_DESTROY, instance);
            return deleted;
        });
    }

    /**
     * Destroys the rows {@code where} matches — soft-deletes them on a paranoid model, unless {@code force}. As with
     * {@link #update(Map, Where, boolean)}, a beforeBulkDestroy hook sees the caller's where, and the handle's scope
     * (and, soft-deleting, the live-row filter) narrow whatever where it returns.
     */
    int destroy(Where where, boolean force) {
        RowRemovals<T> removals = new RowRemovals<>(model);
        if (hooks == null) return removals.destroy(ScopeFilter.where(model.readScope(), where), force);
        return model.runtime().scope().atomic(model.transaction(), connection -> {
            Where chosen = hooks.value(BEFORE_BULK_DESTROY, where);
            int deleted = removals.destroy(ScopeFilter.where(model.readScope(), chosen), force);
            hooks.value(AFTER_BULK_DESTROY, chosen);
            return deleted;
        });
    }

    /**
     * The values {@code create} would insert for {@code instance} after its before-hooks (validate, create, save),
     * validated — for writers that render their own INSERT, such as link inserts.
     */
    public Object[] prepareInsert(T instance, Instant now) {
        T ready = hooks == null ? instance : prepared(List.of(instance), now, Map.of(), BEFORE_CREATE, false, null).get(0);
        return model.values(state).forInsert(ready, model.mapper(state), now);
    }

    /** Runs afterCreate (afterSave among them) for rows another writer inserted; nothing without hooks. */
    public void afterInsert(List<Object[]> rows) {
        if (hooks == null) return;
        for (Object[] row : rows) {
            T stored = model.instanceOf(row);
            hooks.after(AFTER_CREATE, stored);
        }
    }

    /** Runs {@code point} (beforeDestroy, afterDestroy) for rows (column order) another writer deletes. */
    public void destroying(HookPoint point, List<Object[]> rows) {
        if (hooks == null) return;
        for (Object[] row : rows) hooks.after(point, model.instanceOf(row));
    }
}
