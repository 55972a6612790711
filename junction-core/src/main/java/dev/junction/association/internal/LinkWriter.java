package dev.junction.association.internal;

import dev.junction.Row;
import dev.junction.ValidationException;
import dev.junction.association.Link;
import dev.junction.internal.ModelImpl;
import dev.junction.internal.ModelPlan;
import dev.junction.internal.Timestamps;
import dev.junction.internal.mapping.ValueCoercion;
import dev.junction.query.internal.Sql;
import dev.junction.schema.Attribute;
import java.math.BigDecimal;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Writes the links of one many-to-many call: {@code add} as one race-safe upsert (unique links) or insert,
 * {@code set} as a diff against the links there are — one DELETE for dropped links, one INSERT for new ones, an
 * UPDATE only per link whose join values changed — and {@code remove} as one DELETE. Every call is atomic and
 * touches only its own scope's rows. One writer per call; not thread-safe.
 */
final class LinkWriter<S, T> {
    /** One wanted link: the target's key and the join values given for it. */
    private record Wanted(Object key, Map<String, Object> values) {
    }

    /** One existing link: its surrogate key (non-unique links), target key and join values. */
    private record Existing(Object id, Object key, Map<String, Object> values) {
    }

    private final BelongsToManyImpl<S, T> association;
    private final JoinPlan plan;
    private final ModelImpl<Row> join;
    private final ModelPlan j;

    LinkWriter(BelongsToManyImpl<S, T> association) {
        this.association = association;
        this.plan = association.plan();
        this.join = association.join();
        this.j = join.plan();
    }

    void add(Object owner, List<?> targets, Map<String, ?> defaults) {
        List<Wanted> wanted = wanted(targets, defaults);
        if (wanted.isEmpty()) return;
        atomic(connection -> insert(connection, owner, wanted));
    }

    void set(Object owner, List<?> targets, Map<String, ?> defaults) {
        List<Wanted> wanted = wanted(targets, defaults);
        atomic(connection -> {
            lockOwner(connection, owner);
            if (wanted.isEmpty()) {
                deleteAll(connection, owner);
                return;
            }
            List<Existing> existing = existing(connection, owner, false);
            if (plan.unique()) {
                diffUnique(connection, owner, wanted, existing);
            } else {
                diffMultiset(connection, owner, wanted, existing);
            }
        });
    }

    void remove(Object owner, List<?> targets) {
        List<Object> keys = wanted(targets, Map.of()).stream().map(Wanted::key).distinct().toList();
        if (keys.isEmpty()) return;
        atomic(connection -> deleteByTarget(connection, owner, keys));
    }

    /** The targets as keys with join values; for unique links the last mention of a target wins. */
    private List<Wanted> wanted(List<?> targets, Map<String, ?> defaults) {
        Map<String, Object> checkedDefaults = checkValues(defaults);
        List<Wanted> all = new ArrayList<>();
        for (Object target : targets) {
            Object key = association.targetValue(target, association.targetKey);
            Map<String, Object> values = target instanceof Link link ? checkValues(link.through()) : checkedDefaults;
            all.add(new Wanted(key, values));
        }
        if (!plan.unique()) return all;
        Map<Object, Wanted> byKey = new LinkedHashMap<>();
        all.forEach(w -> byKey.put(w.key(), w));
        return new ArrayList<>(byKey.values());
    }

    /** Join values as the join model's types; keys, scope and timestamps are the association's to write. */
    private Map<String, Object> checkValues(Map<String, ?> values) {
        Map<String, Object> checked = new LinkedHashMap<>();
        for (Map.Entry<String, ?> entry : values.entrySet()) {
            Attribute a = j.where("").attribute(entry.getKey());
            if (plan.identity().contains(a.name()) || a.primaryKey() || a.role() != Attribute.Role.PLAIN) {
                throw new ValidationException(j.definition().name(), a.name(), association.label() + ": "
                        + j.definition().name() + "." + a.name() + " is written by the association, not by the caller");
            }
            checked.put(a.name(), ValueCoercion.coerce(j.definition().name(), a, entry.getValue()));
        }
        return checked;
    }

    private void insert(Connection connection, Object owner, List<Wanted> wanted) {
        if (plan.unique() && !LinkUpsert.stopsAtTheLink(j.dialect(), j.definition(), plan.identity())) {
            insertUnderLock(connection, owner, wanted);
            return;
        }
        Instant now = Instant.now();
        Map<Set<String>, List<Object[]>> groups = new LinkedHashMap<>();
        for (Wanted w : inKeyOrder(wanted)) {
            groups.computeIfAbsent(w.values().keySet(), k -> new ArrayList<>()).add(linkRow(owner, w, now));
        }
        if (!plan.unique()) {
            List<Object[]> rows = new ArrayList<>();
            groups.values().forEach(rows::addAll);
            upsertChunks(connection, rows, null);
            return;
        }
        groups.forEach((given, rows) -> upsertChunks(connection, rows, new ArrayList<>(given)));
    }

    /** The join row of one link, ready to insert (defaults and timestamps filled). */
    private Object[] linkRow(Object owner, Wanted w, Instant now) {
        Row row = new Row();
        row.put(plan.foreignKey(), owner);
        row.put(plan.otherKey(), w.key());
        plan.scope().forEach(row::put);
        row.putAll(w.values());
        return join.prepareInsert(row, now);
    }

    /**
     * Unique links where the upsert would give way on another unique key, so that a new link colliding on it would
     * update another link instead of failing: the owner's links are read under lock (which also keeps concurrent
     * inserts of them out until this transaction ends), the missing ones inserted plainly, so that a violation is
     * reported, and the present ones updated where their values changed.
     */
    private void insertUnderLock(Connection connection, Object owner, List<Wanted> wanted) {
        Map<Object, Existing> there = new HashMap<>();
        existing(connection, owner, true).forEach(e -> there.put(e.key(), e));
        Instant now = Instant.now();
        List<Object[]> rows = new ArrayList<>();
        for (Wanted w : inKeyOrder(wanted)) {
            Existing e = there.get(w.key());
            if (e == null) {
                rows.add(linkRow(owner, w, now));
            } else if (changed(w.values(), e.values())) {
                updateLink(connection, owner, w.key(), null, w.values());
            }
        }
        if (!rows.isEmpty()) upsertChunks(connection, rows, null);
    }

    /**
     * The links in target-key order. Two adds of overlapping targets then take the link rows' locks in the same
     * order, so they wait for each other instead of deadlocking (MariaDB and H2 did, with the targets reversed).
     */
    private static List<Wanted> inKeyOrder(List<Wanted> wanted) {
        if (!wanted.stream().allMatch(w -> w.key() instanceof Comparable<?>)) return wanted;
        List<Wanted> sorted = new ArrayList<>(wanted);
        sorted.sort((a, b) -> compareKeys(a.key(), b.key()));
        return sorted;
    }

    /** Keys of one attribute are coerced to its one Java type, so they compare with each other. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compareKeys(Object a, Object b) {
        return ((Comparable) a).compareTo(b);
    }

    /**
     * Inserts {@code rows}. With {@code update} null: plain INSERT (non-unique links). Otherwise an upsert on the
     * link identity that sets {@code update} (and updatedAt) on links already there, or does nothing when
     * {@code update} is empty.
     */
    private void upsertChunks(Connection connection, List<Object[]> rows, List<String> update) {
        List<Integer> columns = new ArrayList<>();
        for (int i = 0; i < j.attributes().size(); i++) {
            if (i != j.generatedKeyIndex()) columns.add(i);
        }
        List<String> names = columns.stream().map(i -> j.attributes().get(i).column()).toList();
        List<String> conflict = plan.identity().stream().map(a -> BelongsToManyImpl.column(j, a)).toList();
        List<String> updated = new ArrayList<>();
        if (update != null && !update.isEmpty()) {
            update.forEach(a -> updated.add(BelongsToManyImpl.column(j, a)));
            if (j.updatedAtIndex() >= 0) updated.add(j.attributes().get(j.updatedAtIndex()).column());
        }
        LinkUpsert upsert = update == null ? null
                : new LinkUpsert(association.runtime.runner(), j.dialect(), j.definition().tableName(), conflict);
        int chunk = Math.max(1, Math.min(1000, j.dialect().maxBindParameters() / columns.size()));
        for (int from = 0; from < rows.size(); from += chunk) {
            List<Object[]> part = rows.subList(from, Math.min(rows.size(), from + chunk));
            String text = update == null ? j.dialect().insert(j.definition().tableName(), names, part.size())
                    : j.dialect().upsert(j.definition().tableName(), names, part.size(), conflict, updated);
            Sql sql = new Sql().append(text);
            for (Object[] row : part) {
                for (int i : columns) sql.addBind(row[i], j.codec(i));
            }
            if (upsert == null) {
                association.runtime.runner().update(connection, sql, j.definition().tableName());
            } else {
                upsert.run(connection, sql);
            }
        }
    }

    /**
     * Locks the owner's row until the transaction ends, so that concurrent {@code set}s of one owner take turns, each
     * reading the links the one before it left. Without it, two could each read the same links, delete those and
     * insert their own, leaving the links of both. Locks nothing where the owner has no row ({@code constraints(false)})
     * or where the database runs one writing transaction at a time anyway.
     */
    private void lockOwner(Connection connection, Object owner) {
        String lock = j.dialect().lockRowsForUpdate();
        if (lock == null) return;
        ModelPlan s = association.source.plan();
        int key = s.indexOf(association.sourceKey);
        Sql sql = new Sql().append("SELECT 1 FROM ").append(s.quotedTable()).append(" WHERE ")
                .append(s.dialect().quote(s.attributes().get(key).column())).append(" = ");
        sql.bind(owner, s.codec(key)).append(lock);
        association.runtime.runner().query(connection, sql, s.definition().tableName(), rs -> null);
    }

    /** The links of {@code owner} in this scope, with their join values; {@code lock}: locked until commit. */
    private List<Existing> existing(Connection connection, Object owner, boolean lock) {
        List<Integer> extras = extraAttributes();
        int keyIndex = j.indexOf(plan.otherKey());
        int idIndex = plan.unique() ? -1 : j.definition().primaryKey().size() == 1
                ? j.indexOf(j.definition().primaryKey().get(0).name()) : -1;
        List<Integer> read = new ArrayList<>(List.of(keyIndex));
        if (idIndex >= 0) read.add(idIndex);
        read.addAll(extras);
        Sql sql = new Sql().append("SELECT ");
        for (int n = 0; n < read.size(); n++) {
            sql.append(n == 0 ? "j." : ", j.").append(j.dialect().quote(j.attributes().get(read.get(n)).column()));
        }
        sql.append(" FROM ").append(j.quotedTable()).append(" j");
        whereOwner(sql, owner, "j.");
        String forUpdate = j.dialect().lockRowsForUpdate();
        if (lock && forUpdate != null) sql.append(forUpdate);
        return association.runtime.runner().query(connection, sql, j.definition().tableName(), rs -> {
            Map<String, Object> values = new HashMap<>();
            int column = idIndex >= 0 ? 3 : 2;
            for (int i : extras) values.put(j.attributes().get(i).name(), j.codec(i).read(rs, column++));
            Object id = idIndex >= 0 ? j.codec(idIndex).read(rs, 2) : null;
            return new Existing(id, j.codec(keyIndex).read(rs, 1), values);
        });
    }

    private void diffUnique(Connection connection, Object owner, List<Wanted> wanted, List<Existing> existing) {
        Map<Object, Existing> there = new LinkedHashMap<>();
        existing.forEach(e -> there.put(e.key(), e));
        Map<Object, Wanted> want = new LinkedHashMap<>();
        wanted.forEach(w -> want.put(w.key(), w));
        List<Object> dropped = there.keySet().stream().filter(k -> !want.containsKey(k)).toList();
        List<Wanted> added = wanted.stream().filter(w -> !there.containsKey(w.key())).toList();
        if (!dropped.isEmpty()) deleteByTarget(connection, owner, dropped);
        if (!added.isEmpty()) insert(connection, owner, added);
        for (Wanted w : wanted) {
            Existing e = there.get(w.key());
            if (e != null && changed(w.values(), e.values())) {
                updateLink(connection, owner, w.key(), null, w.values());
            }
        }
    }

    /** Non-unique links: keep as many existing rows per target as wanted, preferring ones whose values match. */
    private void diffMultiset(Connection connection, Object owner, List<Wanted> wanted, List<Existing> existing) {
        List<Existing> unmatched = new ArrayList<>(existing);
        List<Wanted> missing = new ArrayList<>();
        List<Object[]> retuned = new ArrayList<>();
        for (Wanted w : wanted) {
            Existing exact = unmatched.stream().filter(e -> same(e.key(), w.key()) && !changed(w.values(), e.values()))
                    .findFirst().orElse(null);
            if (exact != null) {
                unmatched.remove(exact);
                continue;
            }
            missing.add(w);
        }
        List<Wanted> inserts = new ArrayList<>();
        for (Wanted w : missing) {
            Existing sameTarget = unmatched.stream().filter(e -> same(e.key(), w.key())).findFirst().orElse(null);
            if (sameTarget != null) {
                unmatched.remove(sameTarget);
                retuned.add(new Object[] {sameTarget, w});
            } else {
                inserts.add(w);
            }
        }
        if (!unmatched.isEmpty()) deleteByIds(connection, unmatched.stream().map(Existing::id).toList());
        if (!inserts.isEmpty()) insert(connection, owner, inserts);
        for (Object[] pair : retuned) {
            updateLink(connection, owner, ((Wanted) pair[1]).key(), ((Existing) pair[0]).id(),
                    ((Wanted) pair[1]).values());
        }
    }

    private void updateLink(Connection connection, Object owner, Object key, Object id, Map<String, Object> values) {
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
            sql.bind(Timestamps.of(updatedAt, Instant.now()), j.codec(j.updatedAtIndex()));
        }
        if (id != null) {
            int idIndex = j.indexOf(j.definition().primaryKey().get(0).name());
            sql.append(" WHERE ").append(j.dialect().quote(j.attributes().get(idIndex).column())).append(" = ");
            sql.bind(id, j.codec(idIndex));
        } else {
            whereOwner(sql, owner, "");
            sql.append(" AND ").append(j.dialect().quote(BelongsToManyImpl.column(j, plan.otherKey()))).append(" = ");
            sql.bind(key, j.codec(j.indexOf(plan.otherKey())));
        }
        association.runtime.runner().update(connection, sql, j.definition().tableName());
    }

    private void deleteByTarget(Connection connection, Object owner, List<Object> keys) {
        int chunk = Math.max(1, j.dialect().maxBindParameters() - 10);
        for (int from = 0; from < keys.size(); from += chunk) {
            List<Object> part = keys.subList(from, Math.min(keys.size(), from + chunk));
            Sql sql = new Sql().append("DELETE FROM ").append(j.quotedTable());
            whereOwner(sql, owner, "");
            appendIn(sql, plan.otherKey(), part);
            association.runtime.runner().update(connection, sql, j.definition().tableName());
        }
    }

    /**
     * Every link of {@code owner} in this scope, in one statement however many there are: listing their keys would
     * cost one statement per bind-parameter limit's worth, and H2 matches an IN list by scanning it for every row.
     */
    private void deleteAll(Connection connection, Object owner) {
        Sql sql = new Sql().append("DELETE FROM ").append(j.quotedTable());
        whereOwner(sql, owner, "");
        association.runtime.runner().update(connection, sql, j.definition().tableName());
    }

    private void deleteByIds(Connection connection, List<Object> ids) {
        String key = j.definition().primaryKey().get(0).name();
        int chunk = Math.max(1, j.dialect().maxBindParameters() - 10);
        for (int from = 0; from < ids.size(); from += chunk) {
            Sql sql = new Sql().append("DELETE FROM ").append(j.quotedTable()).append(" WHERE 1=1");
            appendIn(sql, key, ids.subList(from, Math.min(ids.size(), from + chunk)));
            association.runtime.runner().update(connection, sql, j.definition().tableName());
        }
    }

    private void appendIn(Sql sql, String attribute, List<Object> values) {
        int index = j.indexOf(attribute);
        sql.append(" AND ").append(j.dialect().quote(j.attributes().get(index).column())).append(" IN (");
        for (int n = 0; n < values.size(); n++) {
            if (n > 0) sql.append(", ");
            sql.bind(values.get(n), j.codec(index));
        }
        sql.append(')');
    }

    /** {@code WHERE foreignKey = ? AND scope…}. */
    private void whereOwner(Sql sql, Object owner, String qualifier) {
        int fk = j.indexOf(plan.foreignKey());
        sql.append(" WHERE ").append(qualifier).append(j.dialect().quote(j.attributes().get(fk).column()))
                .append(" = ");
        sql.bind(owner, j.codec(fk));
        BelongsToManyImpl.appendScope(sql, plan, j, qualifier);
    }

    /** The join model's own attributes: not keys, scope, surrogate id or timestamps. */
    private List<Integer> extraAttributes() {
        List<Integer> extras = new ArrayList<>();
        for (int i = 0; i < j.attributes().size(); i++) {
            Attribute a = j.attributes().get(i);
            if (!plan.identity().contains(a.name()) && !a.primaryKey() && a.role() == Attribute.Role.PLAIN) {
                extras.add(i);
            }
        }
        return extras;
    }

    /** Whether any given value differs from the stored one (values not given are left as they are). */
    private static boolean changed(Map<String, Object> given, Map<String, Object> stored) {
        for (Map.Entry<String, Object> value : given.entrySet()) {
            if (!same(value.getValue(), stored.get(value.getKey()))) return true;
        }
        return false;
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) return x.compareTo(y) == 0;
        if (a instanceof byte[] x && b instanceof byte[] y) return Arrays.equals(x, y);
        return Objects.equals(a, b);
    }


    private void atomic(ConnectionWork work) {
        association.runtime.scope().atomic(association.source.transaction(), connection -> {
            work.run(connection);
            return null;
        });
    }

    @FunctionalInterface
    private interface ConnectionWork {
        void run(Connection connection);
    }
}
