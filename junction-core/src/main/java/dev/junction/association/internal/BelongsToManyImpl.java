package dev.junction.association.internal;

import dev.junction.Model;
import dev.junction.Row;
import dev.junction.association.BelongsToMany;
import dev.junction.association.Linked;
import dev.junction.internal.Runtime;
import dev.junction.internal.mapping.ValueCoercion;
import dev.junction.internal.jdbc.SqlWork;
import dev.junction.internal.mapping.ValueEquality;
import dev.junction.internal.model.ModelImpl;
import dev.junction.internal.model.ModelPlan;
import dev.junction.query.Query;
import dev.junction.query.Where;
import dev.junction.query.internal.Sql;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A many-to-many through a join model. Reads are one statement joining target and join table (never one per
 * target), rendered once per shape of call, counting the join table alone where a foreign key allows
 * ({@link LinkReads}); writes are in {@link LinkWriter}. The join plan is replaced when another side of the same
 * join model is declared, which may rename this side's keys, and cleared while the join model waits for a partner's
 * declaration; the first use then resolves it (or reports why it cannot be).
 */
final class BelongsToManyImpl<S, T> extends AssociationBase<S, T> implements BelongsToMany<S, T> {
    /** Resolves the join model of a side whose plan waits for its partner, and returns the side's plan. */
    @FunctionalInterface
    interface PlanSource {
        JoinPlan planOf(BelongsToManyImpl<?, ?> side);
    }

    final String sourceKey;
    private final PlanSource planSource;
    private volatile JoinPlan plan;
    /** The read statements, rendered once per shape; shared with the transaction-bound copies. */
    private final LinkReads reads;
    /** The writer of the last call, kept for the next while the plans stay and the join model has no hooks. */
    private volatile LinkWriter<S, T> writer;
    /** The association a transaction-bound copy was made from, whose writer it borrows; {@code null} for that one. */
    private final BelongsToManyImpl<S, T> root;

    BelongsToManyImpl(Runtime runtime, ModelImpl<S> source, ModelImpl<T> target, String as, String singular,
                      String sourceKey, PlanSource planSource) {
        this(runtime, source, target, as, singular, sourceKey, planSource, new LinkReads(), null);
    }

    private BelongsToManyImpl(Runtime runtime, ModelImpl<S> source, ModelImpl<T> target, String as, String singular,
                              String sourceKey, PlanSource planSource, LinkReads reads, BelongsToManyImpl<S, T> root) {
        super(runtime, source, target, as, singular);
        this.sourceKey = sourceKey;
        this.planSource = planSource;
        this.reads = reads;
        this.root = root;
    }

    /** Sets the resolved plan, or clears it ({@code null}) while the join model waits for another side. */
    void plan(JoinPlan plan) {
        this.plan = plan;
    }

    /** The resolved plan; resolves the join model first if it waits (a {@code DefinitionException} if it cannot). */
    JoinPlan plan() {
        JoinPlan resolved = plan;
        return resolved != null ? resolved : planSource.planOf(this);
    }

    /** The plan as it is now, {@code null} while the join model waits. */
    JoinPlan currentPlan() {
        return plan;
    }

    /** The target attribute the links refer to. */
    String targetKey() {
        return plan().targetKey();
    }

    ModelImpl<Row> join() {
        return runtime.models().rows(plan().through());
    }

    @Override
    public Kind kind() {
        return Kind.BELONGS_TO_MANY;
    }

    @Override
    public String foreignKey() {
        return plan().foreignKey();
    }

    @Override
    public String otherKey() {
        return plan().otherKey();
    }

    @Override
    public boolean unique() {
        return plan().unique();
    }

    @Override
    public Model<Row> through() {
        return join();
    }

    @Override
    public List<T> get(S instance, Query query, Where throughWhere) {
        Object owner = sourceValue(instance, sourceKey);
        Sql sql = reads.select(this, owner, query(query, "get"), throughWhere, false);
        SqlWork<List<T>> work = c -> runtime.runner().query(c, sql, join().plan().definition().tableName(),
                rs -> target.read(rs, 1));
        return read(query, work);
    }

    @Override
    public List<Linked<T>> getLinked(S instance, Query query, Where throughWhere) {
        ModelImpl<Row> join = join();
        Sql sql = reads.select(this, sourceValue(instance, sourceKey), query(query, "getLinked"), throughWhere, true);
        int first = target.plan().attributes().size() + 1;
        SqlWork<List<Linked<T>>> work = c -> runtime.runner().query(c, sql, join.plan().definition().tableName(),
                rs -> new Linked<>(target.read(rs, 1), join.read(rs, first), join.name()));
        return read(query, work);
    }

    @Override
    public long count(S instance, Where targetWhere, Where throughWhere) {
        Sql sql = reads.count(this, sourceValue(instance, sourceKey), targetWhere, throughWhere);
        return runtime.scope().replicaRead(source.transaction(), c -> runtime.runner().queryLong(c, sql,
                join().plan().definition().tableName()));
    }

    @Override
    public Map<S, Long> countAll(Collection<S> sources, Where targetWhere, Where throughWhere) {
        dev.junction.query.Include<S, T> include = dev.junction.query.Include.include(this);
        if (targetWhere != null) include = include.where(targetWhere);
        if (throughWhere != null) include = include.through(throughWhere);
        return countAll(sources, include);
    }

    @Override
    public boolean has(S instance, Object... targets) {
        Collection<Object> keys = targetKeys(targets);
        if (keys.isEmpty()) return true;
        Sql sql = reads.has(this, sourceValue(instance, sourceKey), keys);
        long found = runtime.scope().replicaRead(source.transaction(), c -> runtime.runner().queryLong(c, sql,
                join().plan().definition().tableName()));
        // One key may be counted once per link row (LinkReads.has); several are counted distinct.
        return keys.size() == 1 ? found > 0 : found == keys.size();
    }

    /** The distinct keys of {@code has}'s targets, in the order given. */
    private Collection<Object> targetKeys(Object[] targets) {
        if (targets != null && targets.length == 1) return List.of(targetValue(targets[0], targetKey()));
        List<Object> keys = new ArrayList<>();
        for (Object t : targetList(targets)) keys.add(targetValue(t, targetKey()));
        return ValueEquality.distinct(keys);
    }

    /** {@code AND j."taggable" = ?} for every scope value. */
    static void appendScope(Sql sql, JoinPlan p, ModelPlan j, String qualifier) {
        for (Map.Entry<String, Object> scope : p.scope().entrySet()) {
            int index = j.indexOf(scope.getKey());
            sql.append(" AND ").append(qualifier).append(j.dialect().quote(j.attributes().get(index).column()))
                    .append(" = ");
            sql.bind(ValueCoercion.coerce(j.definition().name(), j.attributes().get(index), scope.getValue()),
                    j.codec(index));
        }
    }

    static String column(ModelPlan plan, String attribute) {
        return plan.attributes().get(plan.indexOf(attribute)).column();
    }

    @Override
    public List<Row> add(S instance, Collection<?> targets, Map<String, ?> through) {
        return writer().add(sourceValue(instance, sourceKey), targetList(targets), through);
    }

    @Override
    public void set(S instance, Collection<?> targets, Map<String, ?> through) {
        writer().set(sourceValue(instance, sourceKey), sourceVersion(instance), targetList(targets),
                through);
    }

    @Override
    public void remove(S instance, Object... targets) {
        writer().remove(sourceValue(instance, sourceKey), targetList(targets));
    }

    /**
     * The writer for this call: the last one while it is for the current plans ({@link LinkWriter#isFor}); a
     * transaction-bound copy's is its root's, bound to the copy's transaction (its statements are not rendered again).
     */
    private LinkWriter<S, T> writer() {
        if (root != null) { // the copy's plans are those of its in(tx): the root's writer only while it has them too
            LinkWriter<S, T> shared = root.writer();
            return shared.isFor(plan(), join().plan()) ? shared.boundTo(this) : new LinkWriter<>(this);
        }
        LinkWriter<S, T> kept = writer;
        if (kept != null && kept.isFor(plan(), join().plan())) return kept;
        LinkWriter<S, T> made = new LinkWriter<>(this);
        writer = made;
        return made;
    }

    @Override
    public T create(S instance, T newTarget, Map<String, ?> through) {
        Object owner = sourceValue(instance, sourceKey);
        return runtime.scope().atomic(source.transaction(), connection -> {
            T created = target.create(newTarget);
            writer().addToCreated(owner, created, through);
            return created;
        });
    }

    @Override
    public Map<S, List<T>> load(Collection<S> sources) {
        return loadAll(sources);
    }

    @Override
    public BelongsToMany<S, T> in(dev.junction.Transaction tx) {
        BelongsToManyImpl<S, T> copy = new BelongsToManyImpl<>(runtime, bound(source, tx), bound(target, tx), as,
                singular, sourceKey, planSource, reads, root != null ? root : this);
        copy.plan(plan());
        return copy;
    }
}
