package dev.junction.internal.write;

import dev.junction.dialect.ValueCodec;
import dev.junction.internal.Runtime;
import dev.junction.internal.model.ModelPlan;
import dev.junction.query.internal.Sql;
import dev.junction.schema.Attribute;
import dev.junction.schema.ModelDefinition;
import dev.junction.schema.Reference;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rows a write refers to through its constrained foreign keys, to be locked before the write, in its
 * transaction — needed where the database checks a foreign key against the committed referenced row without
 * waiting for a concurrent transaction that deleted it
 * ({@link dev.junction.dialect.Dialect#foreignKeyCheckIgnoresUncommittedDeletes()}: H2). Unlocked, a row written
 * while the row it refers to is being deleted passes the check and outlives it (the delete's {@code ON DELETE}
 * action ran before the new row existed). Locked ({@code SELECT 1 FROM Users r0 WHERE r0.id IN (…) FOR UPDATE}),
 * the write waits for the delete to end and then fails the check, as on the other databases. Every writer that sets
 * a foreign key uses it: inserts, updates, upserts and links. Elsewhere it is {@link #isEmpty() empty} and sends
 * nothing. Immutable.
 */
public final class ReferencedRowLocks {
    private static final ReferencedRowLocks NONE = new ReferencedRowLocks(null, Map.of());

    private final ModelPlan plan;
    /** Attribute index of a constrained foreign key → the distinct non-null values written to it. */
    private final Map<Integer, Set<Object>> keys;

    private ReferencedRowLocks(ModelPlan plan, Map<Integer, Set<Object>> keys) {
        this.plan = plan;
        this.keys = keys;
    }

    /** Whether writes of {@code attributes} of {@code plan}'s model need the locks (some is a constrained key). */
    public static boolean needed(ModelPlan plan, String... attributes) {
        if (!plan.dialect().foreignKeyCheckIgnoresUncommittedDeletes()) return false;
        for (String name : attributes) {
            if (constrained(plan.attributes().get(plan.indexOf(name)))) return true;
        }
        return false;
    }

    /** The rows that the values of {@code columns} (attribute indexes) in {@code rows} (column order) refer to. */
    public static ReferencedRowLocks of(ModelPlan plan, int[] columns, List<Object[]> rows) {
        if (!plan.dialect().foreignKeyCheckIgnoresUncommittedDeletes()) return NONE;
        Map<Integer, Set<Object>> keys = new LinkedHashMap<>();
        for (int c : columns) {
            int column = c;
            collect(plan, column, () -> rows.stream().map(row -> row[column]).iterator(), keys);
        }
        return keys.isEmpty() ? NONE : new ReferencedRowLocks(plan, keys);
    }

    /** The rows that the given values of attributes (by name) of {@code plan}'s model refer to. */
    public static ReferencedRowLocks of(ModelPlan plan, Map<String, ? extends Collection<?>> values) {
        if (!plan.dialect().foreignKeyCheckIgnoresUncommittedDeletes()) return NONE;
        Map<Integer, Set<Object>> keys = new LinkedHashMap<>();
        values.forEach((name, given) -> collect(plan, plan.indexOf(name), given, keys));
        return keys.isEmpty() ? NONE : new ReferencedRowLocks(plan, keys);
    }

    /** Adds the distinct non-null {@code values} of attribute {@code c} to {@code keys}, if it is a constrained key. */
    private static void collect(ModelPlan plan, int c, Iterable<?> values, Map<Integer, Set<Object>> keys) {
        if (!constrained(plan.attributes().get(c))) return;
        for (Object value : values) {
            if (value != null) keys.computeIfAbsent(c, k -> new LinkedHashSet<>()).add(value);
        }
    }

    /** Every attribute index of {@code plan}'s model: an insert writes them all. */
    static int[] allColumns(ModelPlan plan) {
        int[] all = new int[plan.attributes().size()];
        for (int i = 0; i < all.length; i++) all[i] = i;
        return all;
    }

    private static boolean constrained(Attribute a) {
        return a.reference() != null && a.reference().constraint();
    }

    /** Whether there is nothing to lock: no constrained key is written, or the database needs no locks. */
    public boolean isEmpty() {
        return keys.isEmpty();
    }

    /**
     * Locks the rows on {@code connection} until its transaction ends: where at most one referenced table has more
     * than one key, with one statement ({@code SELECT 1 FROM Users r0, Shows r1 WHERE r0.id = ? AND r1.id IN (…)
     * FOR UPDATE}); else with one per referenced table. Keys beyond the parameter limit take further statements.
     */
    public void acquire(Runtime runtime, Connection connection) {
        String forUpdate = plan == null ? null : plan.dialect().lockRowsForUpdate();
        if (forUpdate == null) return;
        List<Target> targets = targets(runtime);
        long several = targets.stream().filter(t -> t.keys.size() > 1).count();
        if (several <= 1) {
            lock(runtime, connection, targets, forUpdate);
        } else {
            targets.forEach(t -> lock(runtime, connection, List.of(t), forUpdate));
        }
    }

    /** A referenced table's key column and the keys to lock in it. */
    private record Target(String table, String quotedTable, String quotedColumn, ValueCodec codec, List<Object> keys) {
    }

    private List<Target> targets(Runtime runtime) {
        List<Target> targets = new ArrayList<>();
        keys.forEach((c, values) -> {
            Reference reference = plan.attributes().get(c).reference();
            ModelDefinition referenced = runtime.models().definition(reference.model());
            if (referenced == null) return; // not defined here: nothing Junction could lock
            String column = referenced.attribute(reference.attribute()).map(Attribute::column)
                    .orElse(reference.attribute());
            targets.add(new Target(referenced.tableName(), plan.dialect().quote(referenced.tableName()),
                    plan.dialect().quote(column), plan.codec(c), new ArrayList<>(values)));
        });
        // The table with many keys last, so that its IN list is the one split into chunks.
        targets.sort((a, b) -> Integer.compare(a.keys.size(), b.keys.size()));
        return targets;
    }

    /** One statement over {@code targets} (all but the last with one key), the last's keys in chunks. */
    private void lock(Runtime runtime, Connection connection, List<Target> targets, String forUpdate) {
        if (targets.isEmpty()) return;
        Target last = targets.get(targets.size() - 1);
        int perStatement = Math.max(1, plan.dialect().maxBindParameters() - (targets.size() - 1));
        for (int from = 0; from < last.keys.size(); from += perStatement) {
            List<Object> chunk = last.keys.subList(from, Math.min(last.keys.size(), from + perStatement));
            Sql sql = new Sql().append("SELECT 1 FROM ");
            for (int i = 0; i < targets.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append(targets.get(i).quotedTable).append(" r" + i);
            }
            for (int i = 0; i < targets.size(); i++) {
                Target t = targets.get(i);
                sql.append(i == 0 ? " WHERE " : " AND ").append("r" + i + ".").append(t.quotedColumn);
                List<Object> values = t == last ? chunk : t.keys;
                if (values.size() == 1) {
                    sql.append(" = ").bind(values.get(0), t.codec);
                    continue;
                }
                sql.append(" IN (");
                for (int v = 0; v < values.size(); v++) sql.append(v == 0 ? "" : ", ").bind(values.get(v), t.codec);
                sql.append(')');
            }
            runtime.runner().forEachRow(connection, sql.append(forUpdate), last.table, rs -> { });
        }
    }
}
