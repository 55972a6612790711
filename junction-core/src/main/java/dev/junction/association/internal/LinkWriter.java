package dev.junction.association.internal;

import dev.junction.Row;
import dev.junction.ValidationException;
import dev.junction.association.Link;
import dev.junction.association.internal.LinkInserts.Wanted;
import dev.junction.association.internal.OwnerLinks.Existing;
import dev.junction.internal.ModelImpl;
import dev.junction.internal.ModelPlan;
import dev.junction.internal.ReferencedRowLocks;
import dev.junction.internal.Timestamps;
import dev.junction.internal.UpsertRunner;
import dev.junction.internal.mapping.ValueCoercion;
import dev.junction.internal.mapping.ValueLimits;
import dev.junction.query.internal.Sql;
import dev.junction.schema.Attribute;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes the links of one many-to-many call: {@code add} as one race-safe upsert (unique links) or insert,
 * {@code set} as a diff against the links there are — one DELETE for dropped links, one INSERT for new ones, an
 * UPDATE only per link whose join values changed — and {@code remove} as one DELETE. Every call is atomic and
 * touches only its own scope's rows. One writer per call; not thread-safe.
 */
final class LinkWriter<S, T> {
    private final BelongsToManyImpl<S, T> association;
    private final JoinPlan plan;
    private final ModelPlan j;
    private final OwnerLinks ownerLinks;
    private final LinkInserts linkInserts;
    private final UpsertRunner linkUpsert;
    /**
     * Unique links whose upsert would give way on another unique key of the join table (MariaDB), so that a new link
     * colliding on it would update another link instead of failing: these are inserted under lock instead.
     */
    private final boolean insertsUnderLock;
    /** New links lock the rows they refer to first (H2: {@link ReferencedRowLocks}). */
    private final boolean locksReferencedRows;

    LinkWriter(BelongsToManyImpl<S, T> association) {
        this.association = association;
        this.plan = association.plan();
        ModelImpl<Row> join = association.join();
        this.j = join.plan();
        this.ownerLinks = new OwnerLinks(association, join);
        this.linkInserts = new LinkInserts(association, join);
        this.linkUpsert = new UpsertRunner(association.runtime.runner(), j.dialect(), j.definition().tableName(),
                plan.identity().stream().map(a -> BelongsToManyImpl.column(j, a)).toList());
        this.insertsUnderLock = plan.unique()
                && !UpsertRunner.yieldsOnlyTo(j.dialect(), j.definition(), plan.identity(), false);
        this.locksReferencedRows = ReferencedRowLocks.needed(j, plan.foreignKey(), plan.otherKey());
    }

    void add(Object owner, List<?> targets, Map<String, ?> defaults) {
        add(owner, targets, defaults, false);
    }

    /** Links {@code created}, a target this transaction has just inserted: a link to it cannot exist yet. */
    void addToCreated(Object owner, Object created, Map<String, ?> defaults) {
        add(owner, List.of(created), defaults, true);
    }

    private void add(Object owner, List<?> targets, Map<String, ?> defaults, boolean allNew) {
        List<Wanted> wanted = wanted(targets, defaults);
        if (wanted.isEmpty()) return;
        if (insertsUnderLock || locksReferencedRows && allNew) {
            atomic(connection -> insert(connection, owner, wanted));
            return;
        }
        List<LinkInserts.Statement> inserts = linkInserts.upserts(owner, wanted);
        if (locksReferencedRows) {
            atomic(connection -> upsertLockingOnlyForNewLinks(connection, owner, wanted, inserts));
        } else if (inserts.size() == 1) {
            statement(connection -> execute(connection, inserts.get(0)));
        } else {
            atomic(connection -> inserts.forEach(insert -> execute(connection, insert)));
        }
    }

    void set(Object owner, List<?> targets, Map<String, ?> defaults) {
        List<Wanted> wanted = wanted(targets, defaults);
        atomic(connection -> {
            if (wanted.isEmpty()) {
                ownerLinks.lockOwner(connection, owner);
                deleteAll(connection, owner);
                return;
            }
            List<Existing> existing = ownerLinks.lockAndRead(connection, owner);
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
        if (keys.size() <= deleteChunk()) {
            statement(connection -> deleteByTarget(connection, owner, keys));
        } else {
            atomic(connection -> deleteByTarget(connection, owner, keys));
        }
    }

    /** The targets as keys with join values; for unique links the last mention of a target wins. */
    private List<Wanted> wanted(List<?> targets, Map<String, ?> defaults) {
        Map<String, Object> checkedDefaults = checkValues(defaults);
        List<Wanted> all = new ArrayList<>();
        for (Object target : targets) {
            Object key = association.targetValue(target, plan.targetKey());
            Map<String, Object> values = target instanceof Link link ? checkValues(link.through()) : checkedDefaults;
            all.add(new Wanted(key, values));
        }
        if (!plan.unique()) return all;
        Map<Object, Wanted> byKey = new LinkedHashMap<>();
        all.forEach(w -> byKey.put(w.key(), w));
        return new ArrayList<>(byKey.values());
    }

    /**
     * Join values as the join model's types; keys, this association's own scope, a surrogate key and timestamps are
     * the association's to write. Another association's scope attribute is an ordinary column here.
     */
    private Map<String, Object> checkValues(Map<String, ?> values) {
        Map<String, Object> checked = new LinkedHashMap<>();
        for (Map.Entry<String, ?> entry : values.entrySet()) {
            Attribute a = j.where("").attribute(entry.getKey());
            if (OwnerLinks.writtenByAssociation(plan, a)) {
                throw new ValidationException(j.definition().name(), a.name(), association.label() + ": "
                        + j.definition().name() + "." + a.name() + " is written by the association, not by the caller");
            }
            String model = j.definition().name();
            checked.put(a.name(), ValueLimits.forWrite(j.dialect(), model, a,
                    ValueCoercion.coerce(model, a, entry.getValue())));
        }
        return checked;
    }

    private void insert(Connection connection, Object owner, List<Wanted> wanted) {
        lockReferencedRows(connection, owner, wanted);
        if (insertsUnderLock) {
            insertUnderLock(connection, owner, wanted);
        } else {
            linkInserts.upserts(owner, wanted).forEach(insert -> execute(connection, insert));
        }
    }

    /**
     * An add where new links must lock the rows they refer to first (H2, {@link ReferencedRowLocks}): links that exist
     * already refer to no row anew, so the upserts run unlocked first and, only when they wrote something, are undone
     * (to a savepoint) and run again behind the locks. Adding links that all exist stays one statement; adding new
     * ones takes the lock and the upserts once more.
     */
    private void upsertLockingOnlyForNewLinks(Connection connection, Object owner, List<Wanted> wanted,
                                              List<LinkInserts.Statement> inserts) throws SQLException {
        if (inserts.stream().allMatch(LinkInserts.Statement::upsert)) {
            Savepoint unlocked = connection.setSavepoint();
            int written = 0;
            for (LinkInserts.Statement insert : inserts) written += execute(connection, insert);
            if (written == 0) {
                connection.releaseSavepoint(unlocked);
                return;
            }
            connection.rollback(unlocked);
        }
        lockReferencedRows(connection, owner, wanted);
        inserts.forEach(insert -> execute(connection, insert));
    }

    private void lockReferencedRows(Connection connection, Object owner, List<Wanted> wanted) {
        if (!locksReferencedRows) return;
        List<Object> keys = wanted.stream().map(Wanted::key).toList();
        ReferencedRowLocks.of(j, Map.of(plan.foreignKey(), List.of(owner), plan.otherKey(), keys))
                .acquire(association.runtime, connection);
    }

    /** Runs one insert or upsert of links; returns the rows it wrote. */
    private int execute(Connection connection, LinkInserts.Statement insert) {
        return insert.upsert() ? linkUpsert.run(connection, insert.sql())
                : association.runtime.runner().update(connection, insert.sql(), j.definition().tableName());
    }

    /**
     * Links of {@link #insertsUnderLock}: the owner's links are read under lock (which also keeps concurrent inserts
     * of them out until this transaction ends), the missing ones inserted plainly, so that a violation is reported,
     * and the present ones updated where their values changed.
     */
    private void insertUnderLock(Connection connection, Object owner, List<Wanted> wanted) {
        Map<Object, Existing> there = new HashMap<>();
        ownerLinks.lockLinks(connection, owner).forEach(e -> there.put(e.key(), e));
        Instant now = Instant.now();
        List<Object[]> rows = new ArrayList<>();
        for (Wanted w : LinkInserts.inKeyOrder(wanted)) {
            Existing e = there.get(w.key());
            if (e == null) {
                rows.add(linkInserts.row(owner, w, now));
            } else if (changed(w.values(), e.values())) {
                updateLink(connection, owner, w.key(), null, w.values());
            }
        }
        linkInserts.plain(rows).forEach(insert -> execute(connection, insert));
    }

    private void diffUnique(Connection connection, Object owner, List<Wanted> wanted, List<Existing> existing) {
        Map<Object, Existing> there = new LinkedHashMap<>();
        existing.forEach(e -> there.put(e.key(), e));
        Map<Object, Wanted> want = new LinkedHashMap<>();
        wanted.forEach(w -> want.put(w.key(), w));
        List<Object> dropped = there.keySet().stream().filter(k -> !want.containsKey(k)).toList();
        List<Wanted> added = wanted.stream().filter(w -> !there.containsKey(w.key())).toList();
        List<LinkInserts.Statement> inserts = added.isEmpty() || insertsUnderLock ? List.of()
                : linkInserts.upserts(owner, added);
        if (!dropped.isEmpty() && inserts.size() == 1 && dropped.size() <= deleteChunk()
                && j.dialect().deletesInInsert()) {
            // The two keys sets are disjoint, so one statement (one snapshot) may do both: a round trip fewer.
            Sql both = new Sql().append("WITH dropped AS (").append(deleteByTarget(owner, dropped)).append(") ")
                    .append(inserts.get(0).sql());
            execute(connection, new LinkInserts.Statement(both, inserts.get(0).upsert()));
        } else {
            if (!dropped.isEmpty()) deleteByTarget(connection, owner, dropped);
            if (!added.isEmpty()) lockReferencedRows(connection, owner, added);
            if (insertsUnderLock && !added.isEmpty()) insertUnderLock(connection, owner, added);
            inserts.forEach(insert -> execute(connection, insert));
        }
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

    /** How many target keys one DELETE lists at most. */
    private int deleteChunk() {
        return Math.max(1, j.dialect().maxBindParameters() - 10);
    }

    private void deleteByTarget(Connection connection, Object owner, List<Object> keys) {
        int chunk = deleteChunk();
        for (int from = 0; from < keys.size(); from += chunk) {
            Sql sql = deleteByTarget(owner, keys.subList(from, Math.min(keys.size(), from + chunk)));
            association.runtime.runner().update(connection, sql, j.definition().tableName());
        }
    }

    /** The DELETE of {@code owner}'s links to {@code keys} (at most {@link #deleteChunk()} of them). */
    private Sql deleteByTarget(Object owner, List<Object> keys) {
        Sql sql = new Sql().append("DELETE FROM ").append(j.quotedTable());
        whereOwner(sql, owner, "");
        appendIn(sql, plan.otherKey(), keys);
        return sql;
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
        int chunk = deleteChunk();
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

    /** Runs work of one statement: joins the caller's transaction, else runs in auto-commit. */
    private void statement(ConnectionWork work) {
        association.runtime.scope().statement(association.source.transaction(), connection -> {
            work.run(connection);
            return null;
        });
    }

    private void atomic(ConnectionWork work) {
        association.runtime.scope().atomic(association.source.transaction(), connection -> {
            work.run(connection);
            return null;
        });
    }

    @FunctionalInterface
    private interface ConnectionWork {
        void run(Connection connection) throws SQLException;
    }
}
