package dev.junction.internal.write;

import dev.junction.NotFoundException;
import dev.junction.Transaction;
import dev.junction.internal.Runtime;
import dev.junction.internal.model.InstanceValues;
import dev.junction.internal.model.ModelPlan;
import dev.junction.internal.model.ModelSql;
import dev.junction.query.Where;
import dev.junction.query.internal.Sql;
import dev.junction.schema.Attribute;
import java.util.List;

/**
 * Updates and deletes rows of a model, by key or by condition, each with one statement: in the given transaction,
 * else the thread's, else in auto-commit — except an update that must first lock the rows its foreign keys refer to
 * ({@link ReferencedRowLocks}: H2), which runs with the lock in a transaction of its own. Values arrive prepared
 * (coerced, timestamps set) by {@link InstanceValues}.
 */
public final class RowUpdater {
    private final Runtime runtime;
    private final Transaction tx;

    /** Internal: writes through {@code runtime} in the caller's transaction {@code tx} ({@code null}: none given). */
    public RowUpdater(Runtime runtime, Transaction tx) {
        this.runtime = runtime;
        this.tx = tx;
    }

    /**
     * Writes the changed columns of one row by its key; with none changed, checks that the row is there.
     *
     * @throws NotFoundException when no row has the key
     */
    public void updateByKey(ModelPlan plan, InstanceValues.Update update) {
        if (plan.versionIndex() >= 0) {
            updateVersioned(plan, update);
            return;
        }
        long changed;
        if (update.columns().length == 0) {
            Sql count = new Sql().append("SELECT COUNT(*) FROM ").append(plan.quotedTable());
            ModelSql.appendKeyCondition(plan, count, update.key());
            changed = runtime.scope().read(tx, c -> runtime.runner().queryLong(c, count, table(plan)));
        } else {
            Sql sql = ModelSql.updateSet(plan, update.row(), update.columns());
            ModelSql.appendKeyCondition(plan, sql, update.key());
            changed = execute(plan, sql, ReferencedRowLocks.of(plan, update.columns(), List.<Object[]>of(update.row())));
        }
        if (changed == 0) throw notFound(plan, update.key());
    }

    /**
     * {@link #updateByKey} of a versioned model: one UPDATE that adds one to the version and, when the instance
     * carries one, matches it; the row's new version is put into {@code update.row()} (read back in the same
     * transaction when the instance carried none).
     *
     * @throws dev.junction.StaleInstanceException when the row is there at another version
     */
    private void updateVersioned(ModelPlan plan, InstanceValues.Update update) {
        Sql sql = ModelSql.updateSet(plan, update.row(), update.columns());
        ModelSql.appendKeyCondition(plan, sql, update.key());
        Object expected = update.version();
        if (expected != null) VersionGuard.appendCheck(plan, sql, expected);
        ReferencedRowLocks locks = ReferencedRowLocks.of(plan, update.columns(), List.<Object[]>of(update.row()));
        Attribute version = plan.attributes().get(plan.versionIndex());
        update.row()[plan.versionIndex()] = runtime.scope().atomic(tx, c -> {
            if (!locks.isEmpty()) locks.acquire(runtime, c);
            if (runtime.runner().update(c, sql, table(plan)) > 0) {
                return expected != null ? VersionGuard.next(version, expected)
                        : VersionGuard.stored(runtime, c, plan, update.key());
            }
            if (expected != null && VersionGuard.stored(runtime, c, plan, update.key()) != null) {
                throw VersionGuard.stale(plan, "update", VersionGuard.key(plan, update.key()), expected);
            }
            throw notFound(plan, update.key());
        });
    }

    private static NotFoundException notFound(ModelPlan plan, Object[] key) {
        String name = plan.definition().name();
        return new NotFoundException(name, "Cannot update " + name + " " + ModelSql.keyText(plan, key)
                + ": its row does not exist (deleted, or never created)");
    }

    /** Sets {@code columns} of {@code row} on every row {@code where} matches; returns how many. */
    public int updateWhere(ModelPlan plan, Object[] row, int[] columns, Where where) {
        Sql sql = ModelSql.updateSet(plan, row, columns);
        plan.where("").appendWhereClause(sql, where);
        return execute(plan, sql, ReferencedRowLocks.of(plan, columns, List.<Object[]>of(row)));
    }

    /** Deletes the row with {@code key}; whether there was one. */
    public boolean deleteByKey(ModelPlan plan, Object[] key) {
        return deleteByKey(plan, key, null);
    }

    /**
     * Deletes the row with {@code key} if it is at {@code version} ({@code null}: any); whether there was one.
     *
     * @throws dev.junction.StaleInstanceException when the row is there at another version
     */
    public boolean deleteByKey(ModelPlan plan, Object[] key, Object version) {
        Sql sql = new Sql().append("DELETE FROM ").append(plan.quotedTable());
        ModelSql.appendKeyCondition(plan, sql, key);
        if (version == null) return execute(plan, sql) > 0;
        VersionGuard.appendCheck(plan, sql, version);
        return runtime.scope().run(tx, c -> {
            if (runtime.runner().update(c, sql, table(plan)) > 0) return true;
            if (VersionGuard.differs(VersionGuard.stored(runtime, c, plan, key), version)) {
                throw VersionGuard.stale(plan, "destroy", VersionGuard.key(plan, key), version);
            }
            return false;
        });
    }

    /** Deletes every row {@code where} matches; returns how many. */
    public int deleteWhere(ModelPlan plan, Where where) {
        Sql sql = new Sql().append("DELETE FROM ").append(plan.quotedTable());
        plan.where("").appendWhereClause(sql, where);
        return execute(plan, sql);
    }

    /** One statement: outside a transaction, in auto-commit, run again after a conflict (nothing of it stayed). */
    private int execute(ModelPlan plan, Sql sql) {
        return runtime.scope().statement(tx, c -> runtime.runner().update(c, sql, table(plan)));
    }

    /** Runs an UPDATE; one that sets constrained foreign keys first locks the rows they refer to, if need be. */
    private int execute(ModelPlan plan, Sql sql, ReferencedRowLocks locks) {
        if (locks.isEmpty()) return execute(plan, sql);
        return runtime.scope().atomic(tx, c -> {
            locks.acquire(runtime, c);
            return runtime.runner().update(c, sql, table(plan));
        });
    }

    private static String table(ModelPlan plan) {
        return plan.definition().tableName();
    }
}
