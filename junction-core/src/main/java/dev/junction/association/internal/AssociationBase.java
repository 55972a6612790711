package dev.junction.association.internal;

import dev.junction.Model;
import dev.junction.Row;
import dev.junction.association.Association;
import dev.junction.internal.Arguments;
import dev.junction.internal.Runtime;
import dev.junction.internal.model.ModelImpl;
import dev.junction.internal.model.ModelPlan;
import dev.junction.internal.model.ModelSql;
import dev.junction.internal.write.VersionGuard;
import dev.junction.query.Query;
import dev.junction.query.internal.Sql;
import java.sql.Connection;
import java.util.List;

/** What every association kind shares: its ends, alias and the key resolution for both. */
abstract class AssociationBase<S, T> implements Association<S, T> {
    final Runtime runtime;
    final ModelImpl<S> source;
    final ModelImpl<T> target;
    final String as;
    final String singular;

    AssociationBase(Runtime runtime, ModelImpl<S> source, ModelImpl<T> target, String as, String singular) {
        this.runtime = runtime;
        this.source = source;
        this.target = target;
        this.as = as;
        this.singular = singular;
    }

    /**
     * Locks the source row whose {@code sourceKey} is {@code owner} until the transaction ends, so that concurrent
     * {@code set}s of one owner take turns, each starting from what the one before it left (without it they
     * interleave: a union of two sets, two targets of a hasOne, or deadlocks). Locks nothing where the owner has no
     * row or where the database runs one writing transaction at a time anyway (SQLite).
     *
     * <p>On a Galera cluster a row lock holds on its own node only: the owner is first locked by a write the cluster
     * certifies at commit (a row of Junction's owner lock table, whatever the owner's row), so that of two concurrent
     * sets on two nodes one fails and is run again; that write waits for causality, so the reads after it see what
     * the cluster committed before (see {@code GaleraCluster}).
     *
     * <p>A source with a version attribute (optimistic locking) is locked by the UPDATE that adds one to its version
     * instead, matching {@code version} when the caller's instance carried one ({@code null}: any): so two sets from
     * stale reads of one owner cannot both win — the second is a {@link dev.junction.StaleInstanceException}.
     */
    void lockSourceRow(Connection connection, String sourceKey, Object owner, Object version) {
        if (source.plan().versionIndex() >= 0) {
            bumpSourceVersion(connection, sourceKey, owner, version);
            return;
        }
        ModelPlan s = source.plan();
        runtime.cluster().lockOwner(connection, s.definition().tableName(), owner);
        Sql sql = selectForUpdate(sourceKey, owner);
        if (sql != null) runtime.runner().forEachRow(connection, sql, s.definition().tableName(), rs -> { });
    }

    /**
     * Whether {@link #lockSourceRow} is a plain {@code SELECT … FOR UPDATE} of the owner's row (after the cluster's
     * owner lock, {@link #lockSourceInCluster}, on a Galera cluster): no version to add one to, and the database locks
     * rows.
     */
    boolean sourceRowLockIsPlain() {
        return source.plan().versionIndex() < 0 && source.plan().dialect().lockRowsForUpdate() != null;
    }

    /** The cluster's part of {@link #lockSourceRow}: Galera's owner lock row; nothing elsewhere. */
    void lockSourceInCluster(Connection connection, Object owner) {
        runtime.cluster().lockOwner(connection, source.plan().definition().tableName(), owner);
    }

    /**
     * The statement that is the whole of {@link #lockSourceRow} where it is one ({@code SELECT 1 … FOR UPDATE}), for
     * a caller to send together with the statements after it; {@code null} where the lock is something else — a
     * version to add one to, a Galera owner lock — or nothing (SQLite).
     */
    Sql sourceRowLockStatement(String sourceKey, Object owner) {
        if (source.plan().versionIndex() >= 0 || runtime.cluster().active()) return null;
        return selectForUpdate(sourceKey, owner);
    }

    private Sql selectForUpdate(String sourceKey, Object owner) {
        ModelPlan s = source.plan();
        String lock = s.dialect().lockRowsForUpdate();
        if (lock == null) return null;
        int key = s.indexOf(sourceKey);
        Sql sql = new Sql().append("SELECT 1 FROM ").append(s.quotedTable()).append(" WHERE ")
                .append(s.dialect().quote(s.attributes().get(key).column())).append(" = ");
        return sql.bind(owner, s.codec(key)).append(lock);
    }

    private void bumpSourceVersion(Connection connection, String sourceKey, Object owner, Object version) {
        ModelPlan s = source.plan();
        int key = s.indexOf(sourceKey);
        Sql sql = ModelSql.updateSet(s, new Object[s.attributes().size()], new int[0]).append(" WHERE ")
                .append(s.dialect().quote(s.attributes().get(key).column())).append(" = ");
        sql.bind(owner, s.codec(key));
        if (version != null) VersionGuard.appendCheck(s, sql, version);
        if (runtime.runner().update(connection, sql, s.definition().tableName()) > 0 || version == null) return;
        if (VersionGuard.stored(runtime, connection, s, sourceKey, owner) != null) {
            java.util.Map<String, Object> named = new java.util.LinkedHashMap<>();
            named.put(sourceKey, owner);
            throw VersionGuard.stale(s, "set " + label() + " of", named, version);
        }
    }

    /**
     * The version a source given as an instance or Row carries, to be matched by {@code set}; {@code null} for a bare
     * key, an instance without one, or a source without a version attribute.
     */
    Object sourceVersion(Object given) {
        return Keys.versionOf(source, sourceRows(), given);
    }

    @Override
    public String as() {
        return as;
    }

    @Override
    public String singular() {
        return singular;
    }

    @Override
    public Model<S> source() {
        return source;
    }

    @Override
    public Model<T> target() {
        return target;
    }

    /** {@code model} bound to {@code tx}, for the copy {@code in(tx)} makes. */
    @SuppressWarnings("unchecked")
    static <M> ModelImpl<M> bound(ModelImpl<M> model, dev.junction.Transaction tx) {
        return (ModelImpl<M>) model.in(tx);
    }

    /** Every source's loaded targets, by source, in the given order. */
    java.util.Map<S, List<T>> loadAll(java.util.Collection<S> sources) {
        List<S> list = sources == null ? List.of() : new java.util.ArrayList<>(sources);
        List<dev.junction.query.Loaded<S>> loaded = source.load(list,
                dev.junction.query.Include.include(this));
        java.util.Map<S, List<T>> out = new java.util.LinkedHashMap<>();
        for (dev.junction.query.Loaded<S> each : loaded) {
            List<dev.junction.query.Loaded<T>> targets = each.loaded(this);
            List<T> values = new java.util.ArrayList<>(targets.size());
            targets.forEach(t -> values.add(t.get()));
            out.put(each.get(), values);
        }
        return out;
    }

    /**
     * How many targets each source has, as a count-only include of {@code include} loads them (one GROUP BY
     * statement per chunk of keys): every source is a key, in the given order, 0 when it has none.
     */
    java.util.Map<S, Long> countAll(java.util.Collection<S> sources, dev.junction.query.Include<S, T> include) {
        List<S> list = new java.util.ArrayList<>(Arguments.given(sources, label() + ".countAll", "sources"));
        List<dev.junction.query.Loaded<S>> loaded = source.load(list, include.required(false).countOnly());
        java.util.Map<S, Long> out = new java.util.LinkedHashMap<>();
        for (dev.junction.query.Loaded<S> each : loaded) out.put(each.get(), each.count(this));
        return out;
    }

    /** Like {@link #loadAll}, for to-one associations: sources without a target are left out. */
    java.util.Map<S, T> loadOne(java.util.Collection<S> sources) {
        java.util.Map<S, T> out = new java.util.LinkedHashMap<>();
        loadAll(sources).forEach((s, targets) -> {
            if (!targets.isEmpty()) out.put(s, targets.get(0));
        });
        return out;
    }

    /** {@code "User.Favorites"}, for messages. */
    String label() {
        return source.name() + "." + as;
    }

    ModelImpl<Row> sourceRows() {
        return runtime.models().rows(source.name());
    }

    ModelImpl<Row> targetRows() {
        return runtime.models().rows(target.name());
    }

    /** The value of the source's {@code attribute} for an instance, Row or key. */
    Object sourceValue(Object given, String attribute) {
        return Keys.of(source, this::sourceRows, attribute, given, () -> label() + " source");
    }

    /** The value of the target's {@code attribute} for an instance, Row, Link or key. */
    Object targetValue(Object given, String attribute) {
        return Keys.of(target, this::targetRows, attribute, given, () -> label() + " target");
    }

    /**
     * The targets of a call as a list: none for a null array or collection (Sequelize's {@code set(null)} clears);
     * a null element stays, for the key check to refuse as a {@link dev.junction.ValidationException}.
     */
    static List<Object> targetList(Object[] targets) {
        return targets == null ? List.of() : new java.util.ArrayList<>(java.util.Arrays.asList(targets));
    }

    /** Like {@link #targetList(Object[])}, for a collection. */
    static List<Object> targetList(java.util.Collection<?> targets) {
        return targets == null ? List.of() : new java.util.ArrayList<>(targets);
    }

    /**
     * Runs the read {@code work} in the source's transaction, else on a replica when one may serve it — or on the
     * primary, when {@code query} asks for it ({@link Query#usePrimary()}).
     */
    <R> R read(Query query, dev.junction.internal.jdbc.SqlWork<R> work) {
        if (query.isUsePrimary()) return runtime.scope().read(source.transaction(), work);
        return runtime.scope().replicaRead(source.transaction(), work);
    }

    /** {@code query}, or a {@link dev.junction.ValidationException} naming the association and the call. */
    Query query(Query query, String call) {
        return Arguments.given(query, label() + "." + call, "query");
    }

    /** The column of {@code model}'s attribute {@code attribute}. */
    static String column(ModelImpl<?> model, String attribute) {
        return model.definition().attribute(attribute).orElseThrow().column();
    }

    /** The single-attribute primary key of {@code model}. */
    static String primaryKey(ModelImpl<?> model) {
        return model.definition().primaryKey().get(0).name();
    }

    @Override
    public String toString() {
        return kind() + " " + label() + " → " + target.name();
    }
}
