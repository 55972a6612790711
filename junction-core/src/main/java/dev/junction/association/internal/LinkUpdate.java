package dev.junction.association.internal;

import dev.junction.Row;
import dev.junction.ValidationException;
import dev.junction.internal.model.ModelPlan;
import dev.junction.internal.model.Timestamps;
import dev.junction.lifecycle.internal.InstanceValidator;
import dev.junction.query.internal.Sql;
import dev.junction.schema.Attribute;
import java.sql.Connection;
import java.time.Instant;
import java.util.Map;

/**
 * Updates the join values of one link there is (an {@code add} or {@code set} giving other values than it holds),
 * after checking them as an update of the join model checks them: a required value given as null is refused, and
 * the join model's validators judge the values written. Stateless.
 */
final class LinkUpdate {
    private final BelongsToManyImpl<?, ?> association;
    private final JoinPlan plan;
    private final ModelPlan j;
    private final LinkDeletes deletes;

    LinkUpdate(BelongsToManyImpl<?, ?> association, ModelPlan j, LinkDeletes deletes) {
        this.association = association;
        this.plan = association.plan();
        this.j = j;
        this.deletes = deletes;
    }

    /**
     * Updates the link of {@code owner} to {@code key} (or, non-unique, the one of surrogate {@code id}) to hold
     * {@code values}; returns {@code stored} with the values written.
     */
    Row run(Connection connection, Object owner, Object key, Object id, Map<String, Object> values, Row stored,
            Instant now) {
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
        association.runtime.runner().update(connection, sql, j.definition().tableName());
        return written;
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
