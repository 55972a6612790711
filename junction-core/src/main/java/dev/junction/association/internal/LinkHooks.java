package dev.junction.association.internal;

import dev.junction.Row;
import dev.junction.internal.jdbc.SqlRunner;
import dev.junction.internal.model.InstanceWrites;
import dev.junction.internal.model.ModelImpl;
import dev.junction.lifecycle.HookPoint;
import dev.junction.query.internal.Sql;
import java.sql.Connection;
import java.util.List;

/**
 * The join model's hooks around the link rows one many-to-many call writes: beforeValidate … beforeSave run as each
 * new link row is prepared ({@link ModelImpl#prepareInsert}), afterCreate and afterSave once it is inserted, and
 * beforeDestroy/afterDestroy for exactly the link rows a DELETE removes, read first under the same condition; a
 * soft-deleted link that a write revives runs beforeCreate (beforeSave) before its UPDATE and afterCreate (afterSave)
 * after it, as the link comes back ({@link #reviving}). Only made for a join model with hooks: without one, link writes send the statements they always did. One per call.
 */
final class LinkHooks {
    private final InstanceWrites<Row> writes;
    private final ModelImpl<Row> join;
    private final SqlRunner runner;

    private LinkHooks(InstanceWrites<Row> writes, ModelImpl<Row> join, SqlRunner runner) {
        this.writes = writes;
        this.join = join;
        this.runner = runner;
    }

    /** The join model's hooks for one call of {@code association}, or {@code null} when it has none. */
    static LinkHooks of(BelongsToManyImpl<?, ?> association) {
        InstanceWrites<Row> writes = association.join().writes();
        return writes.hooked() ? new LinkHooks(writes, association.join(), association.runtime.runner()) : null;
    }

    /**
     * Runs afterCreate (afterSave among them) for link rows (column order) just inserted. A unique join model with a
     * surrogate id of its own, inserted by an upsert, has no id in these rows yet (the upsert hands none out).
     */
    void created(List<Object[]> rows) {
        writes.afterInsert(rows);
    }

    /**
     * Runs beforeCreate (beforeSave among them) for a soft-deleted link about to be revived, as {@code link} (the join
     * row by attribute name, as far as the writer knows it) will read once revived; the hooks see it but cannot
     * change it (throwing stops the write). {@link #revived} runs the after-hooks.
     */
    void reviving(Row link) {
        writes.destroying(HookPoint.BEFORE_CREATE, List.<Object[]>of(values(link)));
    }

    /** Runs afterCreate (afterSave among them) for a link just revived ({@link #reviving}). */
    void revived(Row link) {
        writes.afterInsert(List.<Object[]>of(values(link)));
    }

    /** The join row's values in column order; an attribute {@code link} lacks is null. */
    private Object[] values(Row link) {
        return join.definition().attributes().stream().map(a -> link.get(a.name())).toArray();
    }

    /**
     * Deletes link rows with their hooks: reads those {@code select} finds, runs beforeDestroy for each, runs
     * {@code delete} (the same condition), then afterDestroy for each. Called inside the call's transaction.
     */
    void delete(Connection connection, Sql select, Sql delete) {
        String table = join.definition().tableName();
        List<Object[]> rows = runner.query(connection, select, table, rs -> join.readValues(rs, 1));
        writes.destroying(HookPoint.BEFORE_DESTROY, rows);
        runner.update(connection, delete, table);
        writes.destroying(HookPoint.AFTER_DESTROY, rows);
    }
}
