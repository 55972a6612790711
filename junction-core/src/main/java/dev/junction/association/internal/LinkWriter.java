package dev.junction.association.internal;

import dev.junction.Row;
import dev.junction.association.internal.LinkInserts.Wanted;
import dev.junction.association.internal.OwnerLinks.Existing;
import dev.junction.internal.jdbc.SqlWork;
import dev.junction.internal.mapping.ValueEquality;
import dev.junction.internal.model.ModelImpl;
import dev.junction.internal.model.ModelPlan;
import dev.junction.internal.write.ReferencedRowLocks;
import dev.junction.internal.write.UpsertRunner;
import dev.junction.query.internal.Sql;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Writes the links of a many-to-many's calls: {@code add} as one race-safe upsert (unique links) or insert,
 * {@code set} as a diff against the links there are — one DELETE for dropped links, one INSERT for new ones, an
 * UPDATE only per link whose join values changed — and {@code remove} as one DELETE. Every call is atomic and
 * touches only its own scope's rows. A paranoid join model's links are soft-deleted instead, and revived by
 * {@code add} and {@code set} ({@link ParanoidLinks}). Made for the plans of the association and its join model as
 * they are ({@link #isFor}); without join-model hooks one writer serves every call of its association (it keeps no
 * state between calls, and its statements' texts are rendered once: {@link LinkInserts}), with them one per call. A
 * transaction-bound copy of the association ({@code in(tx)}) borrows it, bound to its transaction ({@link #boundTo}):
 * the same parts, which run on the connection they are given.
 */
final class LinkWriter<S, T> {
    private final BelongsToManyImpl<S, T> association;
    private final JoinPlan plan;
    private final ModelPlan j;
    private final OwnerLinks ownerLinks;
    private final LinkInserts linkInserts;
    private final LinkDeletes deletes;
    private final LinkUpdates updates;
    /** Whether the join model soft-deletes its links ({@link ParanoidLinks}). */
    private final boolean paranoid;
    private final UpsertRunner linkUpsert;
    /**
     * Unique links whose upsert would give way on another unique key of the join table (MariaDB), so that a new link
     * colliding on it would update another link instead of failing: these are inserted under lock instead.
     */
    private final boolean insertsUnderLock;
    /** New links lock the rows they refer to first (H2: {@link ReferencedRowLocks}). */
    private final boolean locksReferencedRows;
    private final LinkHooks hooks;
    private final WantedLinks wantedLinks;
    /** The set as one statement after the owner lock, where the database and the join model allow it; or null. */
    private final WholeSetStatement wholeSet;

    LinkWriter(BelongsToManyImpl<S, T> association) {
        this.association = association;
        this.plan = association.plan();
        ModelImpl<Row> join = association.join();
        this.j = join.plan();
        this.ownerLinks = new OwnerLinks(association, join);
        this.linkInserts = new LinkInserts(association, join);
        this.hooks = LinkHooks.of(association);
        this.wantedLinks = new WantedLinks(association, j);
        this.deletes = new LinkDeletes(association, j, hooks);
        this.updates = new LinkUpdates(association, j, deletes, hooks);
        this.paranoid = ParanoidLinks.paranoid(j);
        this.linkUpsert = new UpsertRunner(association.runtime.runner(), j.dialect(), j.definition().tableName(),
                plan.identity().stream().map(a -> BelongsToManyImpl.column(j, a)).toList());
        this.insertsUnderLock = plan.unique()
                && !UpsertRunner.yieldsOnlyTo(j.dialect(), j.definition(), plan.identity(), false);
        this.locksReferencedRows = ReferencedRowLocks.needed(j, plan.foreignKey(), plan.otherKey());
        this.wholeSet = insertsUnderLock || locksReferencedRows ? null
                : WholeSetStatement.of(association, linkInserts, hooks != null);
    }

    /** This writer's statements and parts, writing in the transaction {@code copy} (a transaction-bound copy) joins. */
    LinkWriter<S, T> boundTo(BelongsToManyImpl<S, T> copy) {
        return new LinkWriter<>(this, copy);
    }

    private LinkWriter(LinkWriter<S, T> made, BelongsToManyImpl<S, T> association) {
        this.association = association;
        this.plan = made.plan;
        this.j = made.j;
        this.ownerLinks = made.ownerLinks;
        this.linkInserts = made.linkInserts;
        this.deletes = made.deletes;
        this.updates = made.updates;
        this.paranoid = made.paranoid;
        this.linkUpsert = made.linkUpsert;
        this.insertsUnderLock = made.insertsUnderLock;
        this.locksReferencedRows = made.locksReferencedRows;
        this.hooks = made.hooks;
        this.wantedLinks = made.wantedLinks;
        this.wholeSet = made.wholeSet;
    }

    /** Whether this writer was made for these plans and may serve another call (no join-model hooks). */
    boolean isFor(JoinPlan plan, ModelPlan joinPlan) {
        return hooks == null && this.plan == plan && j == joinPlan;
    }

    /**
     * Links the targets; returns the link rows written — new links (with their surrogate ids), then links whose join
     * values changed — and not the links that were there already as wanted. Unique links, on a database whose upsert
     * returns only what it inserted and with no join values given: one upsert. Otherwise the links there are read
     * first, so that only new and changed ones are written, and known: plain links (no join values, hooks or soft
     * deletes) then upserted without a transaction ({@link #upsertMissing}), others in one.
     */
    List<Row> add(Object owner, List<?> targets, Map<String, ?> defaults) {
        List<Wanted> wanted = wantedLinks.of(targets, defaults);
        if (wanted.isEmpty()) return List.of();
        if (!plan.unique()) return insertNew(owner, wanted);
        boolean plainLinks = !insertsUnderLock && !locksReferencedRows && !paranoid && hooks == null
                && wanted.stream().allMatch(w -> w.values().isEmpty());
        if (plainLinks && j.dialect().upsertReturnsInsertedRowsOnly()) return upsertReturningInserted(owner, wanted);
        if (plainLinks && j.generatedKeyIndex() < 0) return upsertMissing(owner, wanted);
        return atomic(connection -> addAfterReading(connection, owner, wanted));
    }

    /** Links {@code created}, a target this transaction has just inserted: a link to it cannot exist yet. */
    Row addToCreated(Object owner, Object created, Map<String, ?> defaults) {
        return insertNew(owner, wantedLinks.of(List.of(created), defaults)).get(0);
    }

    /** Links targets this transaction has just inserted (instances, or {@link dev.junction.association.Link}s of them); returns the rows. */
    List<Row> addAllCreated(Object owner, List<?> created) {
        return insertNew(owner, wantedLinks.of(created, Map.of()));
    }

    /** Inserts links that cannot exist yet (new targets, or links that are not unique); returns their rows. */
    private List<Row> insertNew(Object owner, List<Wanted> wanted) {
        if (insertsUnderLock || locksReferencedRows) return atomic(connection -> insert(connection, owner, wanted));
        List<LinkInserts.Statement> inserts = linkInserts.upserts(owner, wanted);
        SqlWork<List<Row>> work = connection -> {
            inserts.forEach(insert -> execute(connection, insert));
            return rowsOf(inserts);
        };
        return inserts.size() == 1 ? statement(work) : atomic(work);
    }

    /**
     * One upsert per chunk, each returning the links it inserted (those already there it leaves alone). One link of a
     * join model without a generated key needs nothing back: the count says whether it was inserted, and the row is
     * the one sent.
     */
    private List<Row> upsertReturningInserted(Object owner, List<Wanted> wanted) {
        if (wanted.size() == 1 && j.generatedKeyIndex() < 0) {
            LinkInserts.Statement upsert = linkInserts.upserts(owner, wanted).get(0);
            return statement(connection -> linkUpsert.run(connection, upsert.sql()) == 0 ? List.of()
                    : rowsOf(List.of(upsert)));
        }
        List<LinkInserts.Statement> inserts = linkInserts.upsertsReturningInserted(owner, wanted);
        ModelImpl<Row> join = association.join();
        SqlWork<List<Row>> work = connection -> {
            List<Row> written = new ArrayList<>();
            for (LinkInserts.Statement insert : inserts) {
                written.addAll(association.runtime.runner().query(connection, insert.sql(), j.definition().tableName(),
                        rs -> join.read(rs, 1)));
            }
            return written;
        };
        return inserts.size() == 1 ? statement(work) : atomic(work);
    }

    /**
     * Plain links where the upsert cannot tell what it inserted (MariaDB: its update count counts a link already
     * there too; H2 where no referenced-row lock is needed, a join table without foreign keys): the links to the
     * targets are read, and the missing ones upserted — the links there already are neither written nor returned. Without a transaction when that is two statements: the upsert is race-safe on its
     * own (a link inserted in between is left as it is), so the read needs no lock — one round trip for links that
     * are all there, two otherwise. More keys than one statement takes: atomic.
     */
    private List<Row> upsertMissing(Object owner, List<Wanted> wanted) {
        List<Object> keys = wanted.stream().map(Wanted::key).toList();
        SqlWork<List<Row>> work = connection -> {
            Set<Object> there = ownerLinks.linkedAmong(connection, owner, keys, deletes.chunk());
            List<Wanted> missing = wanted.stream().filter(w -> !there.contains(ValueEquality.key(w.key()))).toList();
            if (missing.isEmpty()) return List.of();
            List<LinkInserts.Statement> upserts = linkInserts.upserts(owner, missing);
            upserts.forEach(upsert -> execute(connection, upsert));
            return rowsOf(upserts);
        };
        return wanted.size() <= Math.min(deletes.chunk(), linkInserts.rowsPerStatement()) ? statement(work)
                : atomic(work);
    }

    /** Sequelize's way: reads the links to the targets, inserts the missing ones, updates those whose values differ. */
    private List<Row> addAfterReading(Connection connection, Object owner, List<Wanted> wanted) {
        List<Object> keys = wanted.stream().map(Wanted::key).toList();
        Map<Object, Row> there = ownerLinks.rowsTo(connection, owner, keys, deletes.chunk());
        List<Wanted> missing = wanted.stream().filter(w -> !there.containsKey(ValueEquality.key(w.key()))).toList();
        List<Row> written = missing.isEmpty() ? new ArrayList<>() : insert(connection, owner, missing);
        Instant now = Instant.now();
        for (Wanted w : wanted) {
            Row stored = there.get(ValueEquality.key(w.key()));
            boolean revive = stored != null && ParanoidLinks.deleted(j, stored);
            if (stored != null && (revive || changed(w.values(), stored))) {
                written.add(updates.update(connection, owner, w.key(), null, w.values(), stored, now, revive));
            }
        }
        return written;
    }

    /** The inserted rows of {@code inserts} as join-model rows. */
    private List<Row> rowsOf(List<LinkInserts.Statement> inserts) {
        List<Row> rows = new ArrayList<>();
        inserts.forEach(insert -> insert.rows().forEach(row -> rows.add(association.join().instanceOf(row))));
        return rows;
    }

    /** Makes the owner's links these; {@code version}: the owner's, to be matched (optimistic locking), or null. */
    void set(Object owner, Object version, List<?> targets, Map<String, ?> defaults) {
        List<Wanted> wanted = wantedLinks.of(targets, defaults);
        Sql lock = wholeSet == null || version != null ? null : ownerLinks.lockStatementToSendAhead(owner);
        association.runtime.scope().atomic(association.source.transaction(), (connection, mayCommit) -> {
            if (lock != null && wholeSet.run(connection, lock, owner, wanted, mayCommit)) return null;
            if (wanted.isEmpty()) {
                ownerLinks.lockOwner(connection, owner, version);
                deletes.all(connection, owner);
                return null;
            }
            List<Existing> existing = ownerLinks.lockAndRead(connection, owner, version);
            if (plan.unique()) {
                diffUnique(connection, owner, wanted, existing);
            } else {
                diffMultiset(connection, owner, wanted, existing);
            }
            return null;
        });
    }

    void remove(Object owner, List<?> targets) {
        List<Object> keys = ValueEquality.distinct(wantedLinks.of(targets, Map.of()).stream().map(Wanted::key)
                .toList());
        if (keys.isEmpty()) return;
        SqlWork<Void> work = connection -> {
            deletes.byTarget(connection, owner, keys);
            return null;
        };
        if (keys.size() <= deletes.chunk()) statement(work); else atomic(work);
    }

    /** Inserts the links {@code wanted}, locking what they refer to first where needed; returns the rows written. */
    private List<Row> insert(Connection connection, Object owner, List<Wanted> wanted) {
        lockReferencedRows(connection, owner, wanted);
        if (insertsUnderLock) return insertUnderLock(connection, owner, wanted);
        List<LinkInserts.Statement> inserts = linkInserts.upserts(owner, wanted);
        inserts.forEach(insert -> execute(connection, insert));
        if (j.generatedKeyIndex() >= 0 && inserts.stream().anyMatch(LinkInserts.Statement::upsert)) {
            // An upsert hands out no generated keys: the join model's own ids are read back with the rows.
            Map<Object, Row> stored = ownerLinks.rowsTo(connection, owner,
                    wanted.stream().map(Wanted::key).toList(), deletes.chunk());
            return new ArrayList<>(wanted.stream().map(w -> stored.get(ValueEquality.key(w.key())))
                    .filter(Objects::nonNull).toList());
        }
        return rowsOf(inserts);
    }

    private void lockReferencedRows(Connection connection, Object owner, List<Wanted> wanted) {
        if (!locksReferencedRows) return;
        List<Object> keys = wanted.stream().map(Wanted::key).toList();
        ReferencedRowLocks.of(j, Map.of(plan.foreignKey(), List.of(owner), plan.otherKey(), keys))
                .acquire(association.runtime, connection);
    }

    /** Runs one insert or upsert of links; a plain INSERT reads its surrogate ids back into its rows. */
    private void execute(Connection connection, LinkInserts.Statement insert) {
        String table = j.definition().tableName();
        int key = j.generatedKeyIndex();
        if (insert.upsert()) {
            linkUpsert.run(connection, insert.sql());
        } else if (key < 0) {
            association.runtime.runner().update(connection, insert.sql(), table);
        } else {
            List<Object> ids = association.runtime.runner().insertReturningKeys(connection, insert.sql(), table,
                    j.attributes().get(key).column(), j.codec(key));
            for (int i = 0; i < ids.size() && i < insert.rows().size(); i++) insert.rows().get(i)[key] = ids.get(i);
        }
        if (hooks != null) hooks.created(insert.rows());
    }

    /**
     * Links of {@link #insertsUnderLock}: the owner's links are read under lock (which also keeps concurrent inserts
     * of them out until this transaction ends), the missing ones inserted plainly, so that a violation is reported,
     * and the present ones updated where their values changed.
     */
    private List<Row> insertUnderLock(Connection connection, Object owner, List<Wanted> wanted) {
        Map<Object, Existing> there = new HashMap<>();
        ownerLinks.lockLinks(connection, owner).forEach(e -> there.put(ValueEquality.key(e.key()), e));
        Instant now = Instant.now();
        List<Object[]> rows = new ArrayList<>();
        List<Row> updated = new ArrayList<>();
        for (Wanted w : LinkInserts.inKeyOrder(wanted)) {
            Existing e = there.get(ValueEquality.key(w.key()));
            if (e == null) {
                rows.add(linkInserts.row(owner, w, now));
            } else if (e.deleted() || changed(w.values(), e.values())) {
                updated.add(updates.update(connection, owner, w.key(), null, w.values(), linkRow(owner, e), now,
                        e.deleted()));
            }
        }
        List<LinkInserts.Statement> inserts = linkInserts.plain(rows);
        inserts.forEach(insert -> execute(connection, insert));
        List<Row> written = rowsOf(inserts);
        written.addAll(updated);
        return written;
    }

    /** The join row of a stored link as far as {@link OwnerLinks} read it: keys, scope and join values. */
    private Row linkRow(Object owner, Existing e) {
        Row row = new Row();
        row.put(plan.foreignKey(), owner);
        row.put(plan.otherKey(), e.key());
        plan.scope().forEach(row::put);
        row.putAll(e.values());
        return row;
    }

    private void diffUnique(Connection connection, Object owner, List<Wanted> wanted, List<Existing> existing) {
        Map<Object, Existing> there = new LinkedHashMap<>();
        existing.forEach(e -> there.put(ValueEquality.key(e.key()), e));
        Map<Object, Wanted> want = new LinkedHashMap<>();
        wanted.forEach(w -> want.put(ValueEquality.key(w.key()), w));
        List<Object> dropped = there.values().stream()
                .filter(e -> !e.deleted() && !want.containsKey(ValueEquality.key(e.key()))).map(Existing::key).toList();
        List<Wanted> added = wanted.stream().filter(w -> !there.containsKey(ValueEquality.key(w.key()))).toList();
        List<LinkInserts.Statement> inserts = added.isEmpty() || insertsUnderLock ? List.of()
                : linkInserts.upserts(owner, added);
        if (!dropped.isEmpty() && inserts.size() == 1 && dropped.size() <= deletes.chunk()
                && j.dialect().deletesInInsert() && hooks == null) {
            // The two keys sets are disjoint, so one statement (one snapshot) may do both: a round trip fewer.
            Sql both = new Sql().append("WITH dropped AS (").append(deletes.byTarget(owner, dropped)).append(") ")
                    .append(inserts.get(0).sql());
            execute(connection, new LinkInserts.Statement(both, inserts.get(0).upsert(), inserts.get(0).rows()));
        } else {
            if (!dropped.isEmpty()) deletes.byTarget(connection, owner, dropped);
            if (!added.isEmpty()) lockReferencedRows(connection, owner, added);
            if (insertsUnderLock && !added.isEmpty()) insertUnderLock(connection, owner, added);
            inserts.forEach(insert -> execute(connection, insert));
        }
        for (Wanted w : wanted) {
            Existing e = there.get(ValueEquality.key(w.key()));
            if (e != null && (e.deleted() || changed(w.values(), e.values()))) {
                updates.update(connection, owner, w.key(), null, w.values(), new Row(), Instant.now(), e.deleted());
            }
        }
    }

    /** Non-unique links: keep as many existing rows per target as wanted, preferring ones whose values match. */
    private void diffMultiset(Connection connection, Object owner, List<Wanted> wanted, List<Existing> existing) {
        // A soft-deleted link of non-unique links stays as it is: new ones are inserted beside it.
        List<Existing> live = paranoid ? existing.stream().filter(e -> !e.deleted()).toList() : existing;
        LinkMultisetDiff.Plan plan = LinkMultisetDiff.of(wanted, live);
        if (!plan.deletes().isEmpty()) deletes.byIds(connection, plan.deletes().stream().map(Existing::id).toList());
        if (!plan.inserts().isEmpty()) insert(connection, owner, plan.inserts());
        for (LinkMultisetDiff.Retune r : plan.retunes()) {
            updates.update(connection, owner, r.wanted().key(), r.stored().id(), r.wanted().values(), new Row(),
                    Instant.now(), false);
        }
    }

    /**
     * Runs work that writes with one statement (after reads that need no lock): joins the caller's transaction, else
     * auto-commit (a join model's hooks: atomic).
     */
    private <R> R statement(SqlWork<R> work) {
        if (hooks != null) return atomic(work);
        return association.runtime.scope().statement(association.source.transaction(), work);
    }

    /** Whether any given value differs from the stored one ({@link LinkUpdates#changed}). */
    static boolean changed(Map<String, Object> given, Map<String, Object> stored) {
        return LinkUpdates.changed(given, stored);
    }

    private <R> R atomic(SqlWork<R> work) {
        return association.runtime.scope().atomic(association.source.transaction(), work);
    }
}
