package dev.junction.internal;

import dev.junction.BulkOptions;
import dev.junction.ValidationException;
import dev.junction.query.internal.Sql;
import dev.junction.schema.Attribute;
import dev.junction.schema.ModelDefinition;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.sql.Connection;
import dev.junction.schema.DataType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The writing half of {@code bulkCreate} with {@link BulkOptions}: works out and checks the conflict target and the
 * attributes to update, collapses rows of one call that collide with each other, upserts the rest with the
 * dialect's race-safe form, and reads back the generated keys the upsert cannot return. One per call; not
 * thread-safe.
 */
final class BulkUpsert {
    /** Most rows per key read-back: conditions grow with the target's width. */
    private static final int MAX_ROWS_PER_LOOKUP = 500;

    private final ModelImpl<?> model;
    private final ModelPlan plan;
    private final boolean ignore;
    private final int[] conflict;
    private final int[] update;

    BulkUpsert(ModelImpl<?> model, ModelPlan plan, BulkOptions options) {
        this.model = model;
        this.plan = plan;
        this.ignore = options.ignoresDuplicates();
        this.conflict = indexes(target(options.conflictAttributes()));
        this.update = indexes(updated(options.updateAttributes()));
    }

    /** Writes {@code rows} (prepared, column order) and stores each one's generated key in it. */
    void write(Connection connection, List<Object[]> rows) {
        List<Object[]> plain = new ArrayList<>();
        Map<List<Object>, List<Object[]>> groups = new LinkedHashMap<>();
        for (Object[] row : rows) {
            List<Object> target = targetValues(row);
            if (target == null) {
                plain.add(row); // a null on the target collides with nothing
            } else {
                groups.computeIfAbsent(target, k -> new ArrayList<>()).add(row);
            }
        }
        model.inserter().insertRows(plan, plain);
        List<Object[]> merged = new ArrayList<>(groups.size());
        groups.values().forEach(group -> merged.add(merged(group)));
        int key = plan.generatedKeyIndex;
        List<Object[]> keyGiven = merged.stream().filter(r -> key < 0 || r[key] != null).toList();
        List<Object[]> keyMissing = merged.stream().filter(r -> key >= 0 && r[key] == null).toList();
        upsert(connection, keyGiven, false);
        if (key >= 0 && !keyGiven.isEmpty()) {
            model.inserter().resyncKeySequence(plan, connection, plan.definition.tableName());
        }
        upsert(connection, keyMissing, true);
        readBackKeys(connection, keyMissing);
        int i = 0;
        for (List<Object[]> group : groups.values()) {
            Object[] stored = merged.get(i++);
            if (key >= 0) group.forEach(row -> row[key] = stored[key]);
        }
    }

    /** One row for a group colliding on the target: the first, updated by the later ones as the database would. */
    private Object[] merged(List<Object[]> group) {
        Object[] row = group.get(0).clone();
        if (ignore) return row;
        Object[] last = group.get(group.size() - 1);
        for (int i : update) row[i] = last[i];
        if (plan.updatedAtIndex >= 0) row[plan.updatedAtIndex] = last[plan.updatedAtIndex];
        return row;
    }

    private void upsert(Connection connection, List<Object[]> rows, boolean generateKey) {
        if (rows.isEmpty()) return;
        int[] columns = InsertRenderer.columns(plan, generateKey);
        List<String> names = columnNames(columns);
        List<DataType> types = new ArrayList<>(columns.length);
        for (int c : columns) types.add(plan.attributes.get(c).type());
        List<String> updated = new ArrayList<>(columnNames(update));
        if (!ignore && plan.updatedAtIndex >= 0 && !contains(update, plan.updatedAtIndex)) {
            updated.add(plan.attributes.get(plan.updatedAtIndex).column());
        }
        List<String> target = columnNames(conflict);
        String table = plan.definition.tableName();
        int chunk = InsertRenderer.rowsPerStatement(plan, columns.length);
        for (int from = 0; from < rows.size(); from += chunk) {
            List<Object[]> part = rows.subList(from, Math.min(rows.size(), from + chunk));
            Sql sql = new Sql().append(plan.dialect.upsert(table, names, types, part.size(), target, updated));
            for (Object[] row : part) {
                for (int c : columns) sql.addBind(row[c], plan.codecs[c]);
            }
            model.runtime().runner().update(connection, sql, table);
        }
    }

    /** Reads the keys of rows written by the upsert, by their values on the target (one SELECT per chunk). */
    private void readBackKeys(Connection connection, List<Object[]> rows) {
        if (rows.isEmpty()) return;
        int key = plan.generatedKeyIndex;
        int chunk = Math.max(1, Math.min(MAX_ROWS_PER_LOOKUP, plan.dialect.maxBindParameters() / conflict.length));
        for (int from = 0; from < rows.size(); from += chunk) {
            List<Object[]> part = rows.subList(from, Math.min(rows.size(), from + chunk));
            Sql sql = new Sql().append("SELECT ").append(plan.dialect.quote(plan.attributes.get(key).column()));
            for (int c : conflict) sql.append(", ").append(plan.dialect.quote(plan.attributes.get(c).column()));
            sql.append(" FROM ").append(plan.quotedTable).append(" WHERE ");
            appendTargetCondition(sql, part);
            Map<List<Object>, Object> keys = new HashMap<>();
            model.runtime().runner().query(connection, sql, plan.definition.tableName(), rs -> {
                Object[] values = new Object[conflict.length];
                for (int n = 0; n < conflict.length; n++) values[n] = plan.codecs[conflict[n]].read(rs, n + 2);
                keys.put(normalized(values), plan.codecs[key].read(rs, 1));
                return null;
            });
            for (Object[] row : part) row[key] = keys.get(targetValues(row));
        }
    }

    private void appendTargetCondition(Sql sql, List<Object[]> rows) {
        if (conflict.length == 1) {
            sql.append(plan.dialect.quote(plan.attributes.get(conflict[0]).column())).append(" IN (");
            for (int r = 0; r < rows.size(); r++) {
                if (r > 0) sql.append(", ");
                sql.bind(rows.get(r)[conflict[0]], plan.codecs[conflict[0]]);
            }
            sql.append(')');
            return;
        }
        for (int r = 0; r < rows.size(); r++) {
            sql.append(r == 0 ? "(" : " OR (");
            for (int n = 0; n < conflict.length; n++) {
                int c = conflict[n];
                if (n > 0) sql.append(" AND ");
                sql.append(plan.dialect.quote(plan.attributes.get(c).column())).append(" = ");
                sql.bind(rows.get(r)[c], plan.codecs[c]);
            }
            sql.append(')');
        }
    }

    /** The row's values on the target, comparable by equals; {@code null} when one of them is null. */
    private List<Object> targetValues(Object[] row) {
        Object[] values = new Object[conflict.length];
        for (int n = 0; n < conflict.length; n++) {
            values[n] = row[conflict[n]];
            if (values[n] == null) return null;
        }
        return normalized(values);
    }

    private static List<Object> normalized(Object[] values) {
        List<Object> out = new ArrayList<>(values.length);
        for (Object v : values) {
            if (v instanceof BigDecimal d) v = d.stripTrailingZeros();
            if (v instanceof byte[] b) v = ByteBuffer.wrap(b);
            out.add(v);
        }
        return out;
    }

    /** The conflict target: as named (the key or a unique key), else the default {@link BulkOptions} describes. */
    private List<Attribute> target(List<String> named) {
        ModelDefinition d = plan.definition;
        if (named.isEmpty()) {
            if (d.generatedKey().isPresent() && !d.uniqueKeys().isEmpty()) return d.uniqueKeys().get(0).attributes();
            return d.primaryKey();
        }
        Set<Attribute> wanted = new HashSet<>();
        for (String name : named) wanted.add(plan.where.attribute(name));
        if (wanted.equals(new HashSet<>(d.primaryKey()))) return d.primaryKey();
        for (ModelDefinition.UniqueKey key : d.uniqueKeys()) {
            if (wanted.equals(new HashSet<>(key.attributes()))) return key.attributes();
        }
        List<String> keys = new ArrayList<>();
        keys.add(d.primaryKey().stream().map(Attribute::name).toList().toString());
        d.uniqueKeys().forEach(k -> keys.add(k.attributes().stream().map(Attribute::name).toList().toString()));
        throw new ValidationException(d.name(), named.get(0), "bulkCreate on " + d.name() + ": conflictOn"
                + named + " is neither its key nor a unique key; a conflict target must be one of " + keys);
    }

    private List<Attribute> updated(List<String> names) {
        List<Attribute> attributes = new ArrayList<>();
        for (String name : names) {
            Attribute a = plan.where.attribute(name);
            if (contains(conflict, plan.attributes.indexOf(a)) || a.autoIncrement()) {
                throw new ValidationException(plan.definition.name(), name, "bulkCreate on " + plan.definition.name()
                        + ": updateOnDuplicate cannot set " + name + ", which is part of the conflict target "
                        + columnNames(conflict) + " or generated by the database");
            }
            attributes.add(a);
        }
        return attributes;
    }

    private int[] indexes(List<Attribute> attributes) {
        return attributes.stream().mapToInt(plan.attributes::indexOf).toArray();
    }

    private List<String> columnNames(int[] indexes) {
        return Arrays.stream(indexes).mapToObj(i -> plan.attributes.get(i).column()).toList();
    }

    private static boolean contains(int[] indexes, int index) {
        for (int i : indexes) if (i == index) return true;
        return false;
    }
}
