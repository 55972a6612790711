package dev.junction.association.internal;

import dev.junction.Row;
import dev.junction.ValidationException;
import dev.junction.internal.jdbc.SqlRunner;
import dev.junction.internal.mapping.ValueEquality;
import dev.junction.internal.model.ModelPlan;
import dev.junction.internal.model.Timestamps;
import dev.junction.internal.write.VersionGuard;
import dev.junction.lifecycle.internal.InstanceValidator;
import dev.junction.query.internal.Sql;
import dev.junction.schema.Attribute;
import java.sql.Connection;
import java.time.Instant;
import java.util.Map;

/**
 * Updates one stored link of a many-to-many: its join values (checked first as an update of the join model checks
 * them: no null for a required attribute, and the join model's validators), its updatedAt, and — for a soft-deleted link of a
 * paranoid join model — its deletedAt, cleared ({@link ParanoidLinks}). Also tells whether given values differ
 * from stored ones; a revived link runs the join model's create hooks ({@link LinkHooks#reviving}). Stateless.
 */
final class LinkUpdates {
    private final SqlRunner runner;
    private final JoinPlan plan;
    private final ModelPlan j;
    private final LinkDeletes deletes;
    /** The join model's hooks, run when a link is revived; {@code null} without any. */
    private final LinkHooks hooks;

    LinkUpdates(BelongsToManyImpl<?, ?> association, ModelPlan j, LinkDeletes deletes, LinkHooks hooks) {
        this.runner = association.runtime.runner();
        this.hooks = hooks;
        this.plan = association.plan();
        this.j = j;
        this.deletes = deletes;
    }

    /**
     * Updates one link's join values — by surrogate {@code id} when given, else by owner and target {@code key} —
     * reviving it if {@code revive}; returns {@code stored} with the values written.
     */
    Row update(Connection connection, Object owner, Object key, Object id, Map<String, Object> values, Row stored,
               Instant now, boolean revive) {
        validate(values);
        Row written = new Row(stored);
        written.putAll(values);
        Sql sql = new Sql().append("UPDATE ").append(j.quotedTable()).append(" SET ");
        boolean first = true;
        for (Map.Entry<String, Object> value : values.entrySet()) {
            int i = j.indexOf(value.getKey());
            sql.append(first ? "" : ", ").append(j.dialect().quote(j.attributes().get(i).column())).append(" = ");
            sql.bind(value.getValue(), j.codec(i));
            first = false;
        }
        if (j.updatedAtIndex() >= 0) {
            Attribute updatedAt = j.attributes().get(j.updatedAtIndex());
            sql.append(first ? "" : ", ").append(j.dialect().quote(updatedAt.column())).append(" = ");
            Object stamp = Timestamps.of(updatedAt, now);
            sql.bind(stamp, j.codec(j.updatedAtIndex()));
            written.put(updatedAt.name(), stamp);
            first = false;
        }
        if (revive) {
            sql.append(first ? "" : ", ").append(ParanoidLinks.revive(j));
            written.put(ParanoidLinks.attribute(j), null);
            if (hooks != null) hooks.reviving(link(written, owner, key));
        }
        if (j.versionIndex() >= 0) { // optimistic locking: the link row is a new version
            VersionGuard.appendBump(j, sql, first);
            Attribute version = j.attributes().get(j.versionIndex());
            Object was = stored.get(version.name());
            if (was != null) written.put(version.name(), VersionGuard.next(version, was));
        }
        if (id != null) {
            int idIndex = j.indexOf(j.definition().primaryKey().get(0).name());
            sql.append(" WHERE ").append(j.dialect().quote(j.attributes().get(idIndex).column())).append(" = ");
            sql.bind(id, j.codec(idIndex));
        } else {
            deletes.whereOwner(sql, owner, "");
            sql.append(" AND ").append(j.dialect().quote(BelongsToManyImpl.column(j, plan.otherKey()))).append(" = ");
            sql.bind(key, j.codec(j.indexOf(plan.otherKey())));
        }
        runner.update(connection, sql, j.definition().tableName());
        if (revive && hooks != null) hooks.revived(link(written, owner, key));
        return written;
    }

    /** The revived link as its hooks see it: {@code written} with its owner and target keys and its scope. */
    private Row link(Row written, Object owner, Object key) {
        Row link = new Row(written);
        link.put(plan.foreignKey(), owner);
        link.put(plan.otherKey(), key);
        plan.scope().forEach(link::putIfAbsent);
        return link;
    }

    /** Whether any given value differs from the stored one (values not given are left as they are). */
    static boolean changed(Map<String, Object> given, Map<String, Object> stored) {
        for (Map.Entry<String, Object> value : given.entrySet()) {
            if (!ValueEquality.same(value.getValue(), stored.get(value.getKey()))) return true;
        }
        return false;
    }

    /** The values as an update writes them: no null for a required attribute, and the join model's validators. */
    private void validate(Map<String, Object> values) {
        String model = j.definition().name();
        Object[] row = new Object[j.attributes().size()];
        int[] columns = new int[values.size()];
        int n = 0;
        for (Map.Entry<String, Object> value : values.entrySet()) {
            int i = j.indexOf(value.getKey());
            Attribute a = j.attributes().get(i);
            if (i == j.versionIndex()) {
                throw new ValidationException(model, a.name(), model + "." + a.name() + " is the version Junction"
                        + " keeps (optimistic locking): every update adds one to it, and it cannot be set");
            }
            if (value.getValue() == null && !a.allowNull()) {
                throw new ValidationException(model, a.name(), model + "." + a.name() + " cannot be null");
            }
            row[i] = value.getValue();
            columns[n++] = i;
        }
        InstanceValidator validator = j.validator();
        if (validator != null) validator.validate(row, columns);
    }
}
