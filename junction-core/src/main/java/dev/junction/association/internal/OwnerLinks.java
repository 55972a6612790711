package dev.junction.association.internal;

import dev.junction.Row;
import dev.junction.internal.mapping.ValueEquality;
import dev.junction.internal.model.ModelImpl;
import dev.junction.internal.model.ModelPlan;
import dev.junction.query.internal.Sql;
import dev.junction.schema.Attribute;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a {@code set} starts from: a lock on the owner's row, held until the transaction ends, and the owner's join
 * rows in the association's scope with their join values. The lock makes concurrent {@code set}s of one owner take
 * turns, each reading the links the one before it left; without it, two could each read the same links, delete
 * those and insert their own, leaving the links of both.
 *
 * <p>The lock and the read are two statements on PostgreSQL and H2 on purpose. One statement reading the links
 * through the locked owner row would read them as of its start, before it waited for the lock: they would hand it the
 * links the previous {@code set} replaced. Where the database runs statements sent together one after the other, each
 * with a snapshot of its own (PostgreSQL), the two still go in one round trip. MariaDB's locking read reads each row as
 * committed when it reaches it, so there they are one statement ({@link #lockOwnerReadingLinks}). Also what an
 * {@code add} reads first: the links to some targets. Stateless.
 */
final class OwnerLinks {
    /**
     * A stored link: its surrogate id (non-unique links), target key, join values, and whether it is soft-deleted
     * (a paranoid join model's; always false otherwise).
     */
    record Existing(Object id, Object key, Map<String, Object> values, boolean deleted) {
        /** A live link. */
        Existing(Object id, Object key, Map<String, Object> values) {
            this(id, key, values, false);
        }
    }

    private final BelongsToManyImpl<?, ?> association;
    private final JoinPlan plan;
    private final ModelImpl<Row> join;
    private final ModelPlan j;
    /** The join values a link read holds ({@link #extraAttributes}). */
    private final List<Integer> extras;
    /** The surrogate id of non-unique links, or -1. */
    private final int idIndex;
    private final int keyIndex;

    OwnerLinks(BelongsToManyImpl<?, ?> association, ModelImpl<Row> join) {
        this.association = association;
        this.plan = association.plan();
        this.join = join;
        this.j = join.plan();
        this.extras = extraAttributes();
        this.idIndex = plan.unique() ? -1 : j.definition().primaryKey().size() == 1
                ? j.indexOf(j.definition().primaryKey().get(0).name()) : -1;
        this.keyIndex = j.indexOf(plan.otherKey());
    }

    /**
     * {@code owner}'s whole link rows, in this scope, to the targets {@code keys}, by target key as
     * {@link ValueEquality#key}: one statement per {@code chunk} keys.
     */
    Map<Object, Row> rowsTo(Connection connection, Object owner, List<Object> keys, int chunk) {
        Map<Object, Row> rows = new HashMap<>();
        for (int from = 0; from < keys.size(); from += chunk) {
            Sql sql = new Sql().append("SELECT ").append(j.selectList("j."));
            toTargets(sql, owner, keys.subList(from, Math.min(keys.size(), from + chunk)));
            association.runtime.runner().query(connection, sql, j.definition().tableName(), rs -> join.read(rs, 1))
                    .forEach(row -> rows.put(ValueEquality.key(row.get(plan.otherKey())), row));
        }
        return rows;
    }

    /**
     * The targets among {@code keys} that {@code owner} has links to, in this scope (soft-deleted ones too), as
     * {@link ValueEquality#key}: the target key column alone, one statement per {@code chunk} keys.
     */
    Set<Object> linkedAmong(Connection connection, Object owner, List<Object> keys, int chunk) {
        Set<Object> linked = new HashSet<>();
        for (int from = 0; from < keys.size(); from += chunk) {
            Sql sql = new Sql().append("SELECT j.").append(q(j.attributes().get(keyIndex).column()));
            toTargets(sql, owner, keys.subList(from, Math.min(keys.size(), from + chunk)));
            linked.addAll(association.runtime.runner().query(connection, sql, j.definition().tableName(),
                    rs -> ValueEquality.key(j.codec(keyIndex).read(rs, 1))));
        }
        return linked;
    }

    /** {@code FROM join j WHERE j.fk = owner [scope] AND j.other IN (keys)}, appended to a select list. */
    private void toTargets(Sql sql, Object owner, List<Object> keys) {
        int fk = j.indexOf(plan.foreignKey());
        sql.append(" FROM ").append(j.quotedTable()).append(" j WHERE j.").append(q(j.attributes().get(fk).column()))
                .append(" = ");
        sql.bind(owner, j.codec(fk));
        BelongsToManyImpl.appendScope(sql, plan, j, "j.");
        sql.append(" AND j.").append(q(j.attributes().get(keyIndex).column())).append(" IN (");
        for (int n = 0; n < keys.size(); n++) sql.append(n == 0 ? "" : ", ").bind(keys.get(n), j.codec(keyIndex));
        sql.append(')');
    }

    /**
     * Locks {@code owner}'s row (at {@code version}, if not null), then reads its links as committed now: where a plain
     * read would see the transaction's snapshot (MariaDB), which an earlier read in the same transaction may have taken
     * before the lock's previous holder committed its links, the read is a locking one.
     */
    List<Existing> lockAndRead(Connection connection, Object owner, Object version) {
        boolean lockLinks = j.dialect().readsFromTransactionSnapshot();
        Sql lock = version == null ? lockStatementToSendAhead(owner) : null;
        if (lock != null) {
            // Two statements still, the read running after the lock was granted: one round trip for both.
            return association.runtime.runner().runTogether(connection, List.of(lock, readSql(owner, lockLinks)),
                    j.definition().tableName(), this::existing);
        }
        if (lockLinks && version == null) {
            List<Existing> read = lockOwnerReadingLinks(connection, owner);
            if (read != null) return read;
        }
        lockOwner(connection, owner, version);
        return read(connection, owner, lockLinks);
    }

    /**
     * Where a plain read would see the transaction's snapshot (MariaDB), the owner lock and the locking read of its
     * links as one statement — a round trip fewer: {@code SELECT j.… FROM owner o LEFT JOIN links j ON … WHERE o.key = ?
     * FOR UPDATE} locks the owner's row first (the outer side of the join), then reads and locks its links as
     * committed then, as the two statements did (on a Galera cluster after the cluster's owner lock). An owner without
     * a row (links without a foreign key) has its links read by a statement of their own. {@code null} where the owner
     * lock is not that plain row lock (a version to add one to): the caller locks and reads apart.
     */
    private List<Existing> lockOwnerReadingLinks(Connection connection, Object owner) {
        if (!association.sourceRowLockIsPlain()) return null;
        association.lockSourceInCluster(connection, owner);
        ModelPlan s = association.source.plan();
        int sourceKey = s.indexOf(association.sourceKey);
        String ownerColumn = q(s.attributes().get(sourceKey).column());
        int fk = j.indexOf(plan.foreignKey());
        // The owner's value is bound on both sides (with each column's codec), as the separate read bound it: the
        // join column's index serves the read, and no collation or type of the owner's column comes into it. The
        // link's foreign key, last, tells a joined link (never null) from the owner's row alone.
        Sql sql = readList().append(", j.").append(q(j.attributes().get(fk).column()));
        sql.append(" FROM ").append(s.quotedTable()).append(" o LEFT JOIN ").append(j.quotedTable())
                .append(" j ON j.").append(q(j.attributes().get(fk).column())).append(" = ");
        sql.bind(owner, j.codec(fk));
        BelongsToManyImpl.appendScope(sql, plan, j, "j.");
        sql.append(" WHERE o.").append(ownerColumn).append(" = ");
        sql.bind(owner, s.codec(sourceKey));
        sql.append(j.dialect().lockRowsForUpdate());
        int joined = readColumns().size() + 1;
        // It may wait for either table's rows: an error names both.
        String tables = s.definition().tableName() + " and " + j.definition().tableName();
        List<Existing> rows = association.runtime.runner().query(connection, sql, tables,
                rs -> rs.getObject(joined) == null ? null : existing(rs));
        // No owner row: the statement locked where it would be, as the owner lock does; its links are read apart.
        if (rows.isEmpty()) return read(connection, owner, true);
        List<Existing> links = new ArrayList<>(rows.size());
        for (Existing e : rows) if (e != null) links.add(e);
        return links;
    }

    /**
     * The owner lock as a statement to send in one round trip with the statements after it, where the database runs
     * them one after the other with a snapshot each ({@code Dialect.sendsStatementsTogether}); else {@code null}.
     */
    Sql lockStatementToSendAhead(Object owner) {
        if (!j.dialect().sendsStatementsTogether()) return null;
        return association.sourceRowLockStatement(association.sourceKey, owner);
    }

    /**
     * Reads {@code owner}'s links and locks them until the transaction ends (where the database locks rows), which
     * on MariaDB also keeps concurrent inserts of links of this owner out (its locking read locks the gaps).
     */
    List<Existing> lockLinks(Connection connection, Object owner) {
        return read(connection, owner, true);
    }

    /**
     * Locks {@code owner}'s row, if it has one and the database locks rows; a versioned owner's by adding one to its
     * version, at {@code version} if not null (see {@code AssociationBase.lockSourceRow}).
     */
    void lockOwner(Connection connection, Object owner, Object version) {
        association.lockSourceRow(connection, association.sourceKey, owner, version);
    }

    /** The owner's links, in this scope; {@code lock}: locked until the transaction ends. */
    private List<Existing> read(Connection connection, Object owner, boolean lock) {
        return association.runtime.runner().query(connection, readSql(owner, lock), j.definition().tableName(),
                this::existing);
    }

    /** The SELECT of {@link #read}: target key, surrogate id (non-unique links), join values, deletedAt. */
    private Sql readSql(Object owner, boolean lock) {
        Sql sql = readList();
        int fk = j.indexOf(plan.foreignKey());
        sql.append(" FROM ").append(j.quotedTable()).append(" j WHERE j.").append(q(j.attributes().get(fk).column()))
                .append(" = ");
        sql.bind(owner, j.codec(fk));
        BelongsToManyImpl.appendScope(sql, plan, j, "j.");
        String forUpdate = j.dialect().lockRowsForUpdate();
        if (lock && forUpdate != null) sql.append(forUpdate);
        return sql;
    }

    /** {@code SELECT j.key, j.id, j.values…, j.deletedAt}: what {@link #existing} reads. */
    private Sql readList() {
        Sql sql = new Sql().append("SELECT ");
        List<Integer> read = readColumns();
        for (int n = 0; n < read.size(); n++) {
            sql.append(n == 0 ? "j." : ", j.").append(q(j.attributes().get(read.get(n)).column()));
        }
        return sql;
    }

    private List<Integer> readColumns() {
        List<Integer> read = new ArrayList<>(List.of(keyIndex));
        if (idIndex >= 0) read.add(idIndex);
        read.addAll(extras);
        if (j.deletedAtIndex() >= 0) read.add(j.deletedAtIndex());
        return read;
    }

    /** One row of {@link #readSql} as a stored link. */
    private Existing existing(java.sql.ResultSet rs) throws java.sql.SQLException {
        int deletedAt = j.deletedAtIndex();
        Map<String, Object> values = new HashMap<>();
        int column = idIndex >= 0 ? 3 : 2;
        for (int i : extras) values.put(j.attributes().get(i).name(), j.codec(i).read(rs, column++));
        Object id = idIndex >= 0 ? j.codec(idIndex).read(rs, 2) : null;
        boolean deleted = deletedAt >= 0 && j.codec(deletedAt).read(rs, column) != null;
        return new Existing(id, j.codec(keyIndex).read(rs, 1), values, deleted);
    }

    /** The join values of a link: not keys, this association's scope, a surrogate id or timestamps. */
    private List<Integer> extraAttributes() {
        List<Integer> extras = new ArrayList<>();
        for (int i = 0; i < j.attributes().size(); i++) {
            if (!writtenByAssociation(plan, j.attributes().get(i))) extras.add(i);
        }
        return extras;
    }

    /**
     * Whether the association writes {@code a} itself: its keys, its own scope, a key of the join model that is not
     * part of a link's identity (a surrogate id), timestamps.
     */
    static boolean writtenByAssociation(JoinPlan plan, Attribute a) {
        return plan.writes(a.name()) || a.primaryKey() && !plan.identity().contains(a.name())
                || a.role() != Attribute.Role.PLAIN;
    }

    private String q(String identifier) {
        return j.dialect().quote(identifier);
    }
}
