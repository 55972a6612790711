package dev.junction.internal.model;

import dev.junction.BulkOptions;
import dev.junction.FoundOrCreated;
import dev.junction.Model;
import dev.junction.Row;
import dev.junction.Transaction;
import dev.junction.Upserted;
import dev.junction.ValidationException;
import dev.junction.association.With;
import dev.junction.association.internal.CreateWithTargets;
import dev.junction.internal.Arguments;
import dev.junction.internal.Runtime;
import dev.junction.internal.jdbc.ResultStream;
import dev.junction.internal.write.RowInserter;
import dev.junction.internal.write.RowUpdater;
import dev.junction.query.Aggregate;
import dev.junction.query.GroupBy;
import dev.junction.association.Association;
import dev.junction.query.Include;
import dev.junction.query.Loaded;
import dev.junction.query.Query;
import dev.junction.query.Where;
import dev.junction.query.internal.Sql;
import dev.junction.schema.ModelDefinition;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The operations of one model. Reads the model's current {@link ModelState} from its {@link ModelSlot} once per
 * operation. Immutable and thread-safe.
 */
public final class ModelImpl<T> extends ModelHandle<T> {
    public ModelImpl(Runtime runtime, ModelSlot slot, Class<T> type, Transaction tx) {
        this(runtime, slot, type, tx, true, null);
    }

    private ModelImpl(Runtime runtime, ModelSlot slot, Class<T> type, Transaction tx, boolean hooksOn,
                      List<String> scopeNames) {
        super(runtime, slot, type, tx, hooksOn, scopeNames);
    }

    @Override
    public Model<T> in(Transaction transaction) {
        return new ModelImpl<>(runtime, slot, type, given(transaction, "in", "tx"), hooksOn, scopeNames);
    }

    @Override
    public ModelImpl<T> scoped(String... names) {
        List<String> chosen = List.copyOf(Arguments.each(name() + ".scoped", "name", given(names, "scoped", "names")));
        slot.plan().scopes.check(chosen);
        return new ModelImpl<>(runtime, slot, type, tx, hooksOn, chosen);
    }

    @Override
    public ModelImpl<T> unscoped() {
        return new ModelImpl<>(runtime, slot, type, tx, hooksOn, List.of());
    }

    @Override
    public T create(T instance) {
        return createWith(instance, Map.of());
    }

    /** Creates {@code instance} with some attribute values forced, e.g. a foreign key the class does not hold. */
    public T createWith(T instance, Map<String, ?> forced) {
        given(instance, "create", "instance");
        return writes().create(instance, forced);
    }

    /**
     * The values {@code create} would insert for {@code instance} (column order; defaults and timestamps filled),
     * after its before-hooks and validated — for writers that render their own INSERT, such as link upserts.
     */
    public Object[] prepareInsert(T instance, Instant now) {
        ModelState state = slot.state();
        if (!hooksOn || state.plan().definition.hooks().isEmpty()) {
            return values(state).forInsert(instance, mapper(state), now);
        }
        return new InstanceWrites<>(this, state, true).prepareInsert(instance, now);
    }

    /** The writes of one call on this handle, with the model's hooks unless this handle is without them. */
    public InstanceWrites<T> writes() {
        return new InstanceWrites<>(this, slot.state(), hooksOn);
    }

    @Override
    public Model<T> withoutHooks() {
        return new ModelImpl<>(runtime, slot, type, tx, false, scopeNames);
    }

    @Override
    public List<T> bulkCreate(List<T> instances) {
        return insertAll(instances, null);
    }

    @Override
    public List<T> bulkCreate(List<T> instances, BulkOptions options) {
        return insertAll(instances, given(options, "bulkCreate", "options"));
    }

    /** Like {@link #bulkCreate(List)}, with some attribute values forced (a foreign key the class does not hold). */
    public List<T> bulkCreateWith(List<T> instances, Map<String, ?> forced) {
        return insertAll(instances, null, forced);
    }

    @Override
    public Loaded<T> create(T instance, With<?>... with) {
        return CreateWithTargets.create(this, instance, with);
    }

    private List<T> insertAll(List<T> instances, BulkOptions options) {
        return insertAll(instances, options, Map.of());
    }

    /** Inserts the instances plainly ({@code options} null) or handling duplicates as the options say. */
    private List<T> insertAll(List<T> instances, BulkOptions options, Map<String, ?> forced) {
        return writes().bulkCreate(instances, options, forced);
    }

    /** Writes prepared rows for this handle (its transaction, if any). */
    public RowInserter inserter() {
        return new RowInserter(runtime, tx);
    }

    @Override
    public Optional<T> findByPk(Object... key) {
        refuseIncludes(key);
        ModelState state = slot.state();
        return first(state, ModelSql.selectByKeyOnce(state.plan(), values(state).key(key), scopeNames));
    }

    @Override
    public Optional<T> findOne(Query query) {
        if (given(query, "findOne", "query").isUsePrimary()) return onPrimary(() -> findOneHere(query));
        return findOneHere(query);
    }

    private Optional<T> findOneHere(Query query) {
        ModelState state = slot.state();
        return first(state, ModelSql.renderOnce(state.plan(), query.limit(1), scopeNames));
    }

    @Override
    public List<T> findAll(Query query) {
        if (given(query, "findAll", "query").isUsePrimary()) return onPrimary(() -> findAllHere(query));
        return findAllHere(query);
    }

    private List<T> findAllHere(Query query) {
        ModelState state = slot.state();
        Sql sql = ModelSql.renderOnce(state.plan(), query, scopeNames);
        return runtime.scope().replicaRead(tx, c -> runtime.runner().query(c, sql, state.plan().definition.tableName(),
                rs -> read(state, rs, 1)));
    }

    @Override
    public long count(Where where) {
        ModelPlan plan = slot.plan();
        Sql sql = ModelSql.countOnce(plan, where, scopeNames);
        return runtime.scope().replicaRead(tx, c -> runtime.runner().queryLong(c, sql, plan.definition.tableName()));
    }

    @Override
    public <V> Optional<V> aggregate(Aggregate aggregate, Class<V> type, Where where) {
        return Aggregations.single(this, aggregate, type, where);
    }

    @Override
    public List<Row> aggregate(GroupBy groupBy, Aggregate... aggregates) {
        return Aggregations.grouped(this, groupBy, aggregates);
    }

    @Override
    public T update(T instance) {
        given(instance, "update", "instance");
        return writes().update(instance);
    }

    @Override
    public T update(T instance, String... attributes) {
        given(instance, "update", "instance");
        return writes().update(instance, PartialColumns.of(slot.plan(), attributes));
    }

    @Override
    public Upserted<T> upsert(T instance, String... conflictAttributes) {
        return InstanceUpserts.upsert(this, instance, conflictAttributes);
    }

    @Override
    public FoundOrCreated<T> findOrCreate(Where where, T defaults) {
        return FindOrCreate.run(this, where, defaults);
    }

    @Override
    public T patch(Object key, Map<String, ?> values) {
        return Patches.patch(this, key, values);
    }

    @Override
    public int update(Map<String, ?> changes, Where where) {
        return update(changes, where, true);
    }

    /**
     * Like {@link #update(Map, Where)}; with {@code checkNulls} false, a null for a NOT NULL column is left to the
     * database, which refuses it only if some row matches (a {@link dev.junction.NotNullConstraintException}).
     */
    public int update(Map<String, ?> changes, Where where, boolean checkNulls) {
        RowRemovals.requireWhere(slot.plan(), where, "update");
        given(changes, "update", "values");
        return writes().update(changes, where, checkNulls);
    }

    @Override
    public int increment(Map<String, ? extends Number> by, Where where) {
        return new Increments<>(this).where(by, where, 1, "increment");
    }

    @Override
    public int decrement(Map<String, ? extends Number> by, Where where) {
        return new Increments<>(this).where(by, where, -1, "decrement");
    }

    @Override
    public T increment(T instance, String attribute, Number by) {
        return new Increments<>(this).instance(given(instance, "increment", "instance"),
                java.util.Collections.singletonMap(given(attribute, "increment", "attribute"), by), 1, "increment");
    }

    @Override
    public T decrement(T instance, String attribute, Number by) {
        return new Increments<>(this).instance(given(instance, "decrement", "instance"),
                java.util.Collections.singletonMap(given(attribute, "decrement", "attribute"), by), -1, "decrement");
    }

    @Override
    public boolean destroy(T instance, boolean force) {
        given(instance, "destroy", "instance");
        return writes().destroy(instance, force);
    }

    @Override
    public int destroy(Where where, boolean force) {
        RowRemovals.requireWhere(slot.plan(), where, "destroy");
        return writes().destroy(where, force);
    }

    @Override
    public boolean restore(T instance) {
        return new RowRemovals<>(this).restore(instance);
    }

    @Override
    public int restore(Where where) {
        return new RowRemovals<>(this).restore(where);
    }

    /** An include among key values: {@code findByPk(1, include(x))} with {@code x} another model's lands here. */
    private void refuseIncludes(Object[] key) {
        for (Object part : key == null ? new Object[0] : key) {
            if (!(part instanceof Include<?, ?> include) || include.association() == null) continue;
            Association<?, ?> a = include.association();
            throw new ValidationException(name(), a.as(), "findByPk: include(" + a.as() + ") is an association of "
                    + a.source().name() + ", not of " + name());
        }
    }

    /** The includes of a call: none for a null list; a null include is refused by name. */
    private List<Include<?, ?>> includes(List<? extends Include<?, ?>> includes) {
        return Arguments.each(name() + ": include", "include", includes);
    }

    RowUpdater updater() {
        return new RowUpdater(runtime, tx);
    }

    @Override
    public List<Loaded<T>> findAll(Query query, List<? extends Include<?, ?>> includes) {
        if (given(query, "findAll", "query").isUsePrimary()) {
            return onPrimary(() -> runtime.associations().loader().findAll(this, query, includes(includes)));
        }
        return runtime.associations().loader().findAll(this, query, includes(includes));
    }

    @Override
    public Stream<T> stream(Query query) {
        if (given(query, "stream", "query").isUsePrimary()) return onPrimary(() -> streamHere(query));
        return streamHere(query);
    }

    private Stream<T> streamHere(Query query) {
        ModelState state = slot.state();
        Sql sql = ModelSql.render(state.plan(), query, scopeNames);
        return ResultStream.open(runtime, tx, sql, state.plan().definition.tableName(), rs -> read(state, rs, 1));
    }

    @Override
    public Stream<Loaded<T>> stream(Query query, List<? extends Include<?, ?>> includes) {
        if (given(query, "stream", "query").isUsePrimary()) {
            return onPrimary(() -> runtime.associations().loader().stream(this, query, includes(includes)));
        }
        return runtime.associations().loader().stream(this, query, includes(includes));
    }

    @Override
    public long count(Where where, List<? extends Include<?, ?>> includes) {
        return runtime.associations().loader().count(this, where, false, includes(includes));
    }

    @Override
    public long count(Query query, List<? extends Include<?, ?>> includes) {
        given(query, "count", "query");
        if (query.isUsePrimary()) {
            return onPrimary(() -> runtime.associations().loader().count(this, query.where(), query.isWithDeleted(),
                    includes(includes)));
        }
        return runtime.associations().loader().count(this, query.where(), query.isWithDeleted(), includes(includes));
    }

    @Override
    public List<Loaded<T>> load(List<T> instances, List<? extends Include<?, ?>> includes) {
        List<T> checked = Arguments.each(name() + ".load", "instance", given(instances, "load", "instances"));
        return runtime.associations().loader().load(this, checked, includes(includes));
    }

    /** The attribute values of {@code instance} in column order (loose Row values coerced). */
    public Object[] valuesOf(T instance) {
        ModelState state = slot.state();
        return values(state).valuesOf(instance, mapper(state));
    }

    /** An instance holding {@code values} (column order). */
    public T instanceOf(Object[] values) {
        return mapper(slot.state()).fromValues(values);
    }

    /** {@code instance} updated with {@code values} (column order): a new record, or the same POJO or Row. */
    public T merge(T instance, Object[] values) {
        return mapper(slot.state()).merge(instance, values);
    }

    /** Reads the attribute values (column order) of the current row, whose columns start at {@code first}. */
    public Object[] readValues(ResultSet rs, int first) throws SQLException {
        return slot.plan().readRow(rs, first);
    }

    /** Reads an instance from the current row, whose columns (select-list order) start at {@code first}. */
    public T read(ResultSet rs, int first) throws SQLException {
        return read(slot.state(), rs, first);
    }

    private T read(ModelState state, ResultSet rs, int first) throws SQLException {
        return mapper(state).fromValues(state.plan().readRow(rs, first));
    }

    /** {@code read} with this thread's reads on the primary: a query asked for it ({@link Query#usePrimary()}). */
    private <R> R onPrimary(java.util.function.Supplier<R> read) {
        return runtime.scope().onPrimary(read);
    }

    private Optional<T> first(ModelState state, Sql sql) {
        return Optional.ofNullable(runtime.scope().replicaRead(tx, c -> runtime.runner().queryFirst(c, sql,
                state.plan().definition.tableName(), rs -> read(state, rs, 1))));
    }
}
