package dev.junction.internal;

import dev.junction.Model;
import dev.junction.NotFoundException;
import dev.junction.Row;
import dev.junction.Transaction;
import dev.junction.ValidationException;
import dev.junction.internal.mapping.InstanceMapper;
import dev.junction.internal.mapping.ValueCoercion;
import dev.junction.query.Order;
import dev.junction.query.Query;
import dev.junction.query.Where;
import dev.junction.query.internal.Sql;
import dev.junction.schema.Attribute;
import dev.junction.schema.ModelDefinition;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The operations of one model, over its precomputed {@link ModelPlan}. Immutable and thread-safe. */
public final class ModelImpl<T> implements Model<T> {
    private final Runtime runtime;
    private final ModelPlan plan;
    private final InstanceMapper<T> mapper;
    private final Class<T> type;
    private final Transaction tx;
    private final InstanceValues values;

    public ModelImpl(Runtime runtime, ModelPlan plan, InstanceMapper<T> mapper, Class<T> type, Transaction tx) {
        this.runtime = runtime;
        this.plan = plan;
        this.mapper = mapper;
        this.type = type;
        this.tx = tx;
        this.values = new InstanceValues(plan, type == Row.class);
    }

    public ModelPlan plan() {
        return plan;
    }

    @Override
    public String name() {
        return plan.definition.name();
    }

    @Override
    public ModelDefinition definition() {
        return plan.definition;
    }

    @Override
    public Class<T> type() {
        return type;
    }

    @Override
    public Model<T> in(Transaction transaction) {
        return new ModelImpl<>(runtime, plan, mapper, type, java.util.Objects.requireNonNull(transaction, "tx"));
    }

    @Override
    public T create(T instance) {
        java.util.Objects.requireNonNull(instance, "instance");
        Object[] row = values.forInsert(instance, mapper, Instant.now());
        boolean generate = plan.generatedKeyIndex >= 0 && row[plan.generatedKeyIndex] == null;
        Sql sql = new Sql();
        List<Integer> columns = new java.util.ArrayList<>(row.length);
        for (int i = 0; i < row.length; i++) {
            if (!(generate && i == plan.generatedKeyIndex)) columns.add(i);
        }
        if (columns.isEmpty()) {
            sql.append(plan.dialect.insertDefaultValues(plan.quotedTable));
        } else {
            sql.append("INSERT INTO ").append(plan.quotedTable).append(" (");
            for (int n = 0; n < columns.size(); n++) {
                if (n > 0) sql.append(", ");
                sql.append(plan.dialect.quote(plan.attributes.get(columns.get(n)).column()));
            }
            sql.append(") VALUES (");
            for (int n = 0; n < columns.size(); n++) {
                if (n > 0) sql.append(", ");
                sql.bind(row[columns.get(n)], plan.codecs[columns.get(n)]);
            }
            sql.append(')');
        }
        String table = plan.definition.tableName();
        runtime.scope().run(tx, connection -> {
            if (generate) {
                Attribute key = plan.attributes.get(plan.generatedKeyIndex);
                row[plan.generatedKeyIndex] = runtime.runner().insertReturningKey(connection, sql, table,
                        key.column(), plan.codecs[plan.generatedKeyIndex]);
            } else {
                runtime.runner().update(connection, sql, table);
            }
            return null;
        });
        return mapper.merge(instance, row);
    }

    @Override
    public Optional<T> findByPk(Object... key) {
        Object[] keyValues = values.key(key);
        Sql sql = select();
        appendKeyCondition(sql, keyValues);
        return first(sql);
    }

    @Override
    public Optional<T> findOne(Query query) {
        return first(render(query.limit(1)));
    }

    @Override
    public List<T> findAll(Query query) {
        Sql sql = render(query);
        return runtime.scope().run(tx, c -> runtime.runner().query(c, sql, plan.definition.tableName(), this::read));
    }

    @Override
    public long count(Where where) {
        Sql sql = new Sql().append("SELECT COUNT(*) FROM ").append(plan.quotedTable);
        plan.where.appendWhereClause(sql, where);
        return runtime.scope().run(tx, c -> runtime.runner().queryLong(c, sql, plan.definition.tableName()));
    }

    @Override
    public T update(T instance) {
        java.util.Objects.requireNonNull(instance, "instance");
        InstanceValues.Update update = values.forUpdate(instance, mapper, Instant.now());
        Sql sql = new Sql().append("UPDATE ").append(plan.quotedTable).append(" SET ");
        boolean first = true;
        for (int i : update.columns()) {
            if (!first) sql.append(", ");
            first = false;
            sql.append(plan.dialect.quote(plan.attributes.get(i).column())).append(" = ");
            sql.bind(update.row()[i], plan.codecs[i]);
        }
        appendKeyCondition(sql, update.key());
        int changed = first ? exists(update.key()) : runtime.scope().run(tx,
                c -> runtime.runner().update(c, sql, plan.definition.tableName()));
        if (changed == 0) {
            throw new NotFoundException(name(), "Cannot update " + name() + " " + keyText(update.key())
                    + ": its row does not exist (deleted, or never created)");
        }
        return mapper.merge(instance, update.row());
    }

    @Override
    public int update(Map<String, ?> changes, Where where) {
        Object[] row = new Object[plan.attributes.size()];
        boolean[] set = values.forBulkUpdate(changes, row, Instant.now());
        Sql sql = new Sql().append("UPDATE ").append(plan.quotedTable).append(" SET ");
        int n = 0;
        for (int i = 0; i < row.length; i++) {
            if (!set[i]) continue;
            if (n++ > 0) sql.append(", ");
            sql.append(plan.dialect.quote(plan.attributes.get(i).column())).append(" = ");
            sql.bind(row[i], plan.codecs[i]);
        }
        if (n == 0) {
            return 0;
        }
        plan.where.appendWhereClause(sql, where);
        return runtime.scope().run(tx, c -> runtime.runner().update(c, sql, plan.definition.tableName()));
    }

    @Override
    public boolean destroy(T instance) {
        java.util.Objects.requireNonNull(instance, "instance");
        Object[] key = values.keyOf(instance, mapper);
        Sql sql = new Sql().append("DELETE FROM ").append(plan.quotedTable);
        appendKeyCondition(sql, key);
        return runtime.scope().run(tx, c -> runtime.runner().update(c, sql, plan.definition.tableName())) > 0;
    }

    @Override
    public int destroy(Where where) {
        java.util.Objects.requireNonNull(where, "where (use Where.all() to delete every row)");
        Sql sql = new Sql().append("DELETE FROM ").append(plan.quotedTable);
        plan.where.appendWhereClause(sql, where);
        return runtime.scope().run(tx, c -> runtime.runner().update(c, sql, plan.definition.tableName()));
    }

    /** Reads the current row (in select-list order) into an instance. */
    public T read(ResultSet rs) throws SQLException {
        Object[] row = new Object[plan.codecs.length];
        for (int i = 0; i < row.length; i++) {
            row[i] = plan.codecs[i].read(rs, i + 1);
        }
        return mapper.fromValues(row);
    }

    private int exists(Object[] key) {
        Sql sql = new Sql().append("SELECT COUNT(*) FROM ").append(plan.quotedTable);
        appendKeyCondition(sql, key);
        return (int) (long) runtime.scope().run(tx, c -> runtime.runner().queryLong(c, sql,
                plan.definition.tableName()));
    }

    private Optional<T> first(Sql sql) {
        List<T> rows = runtime.scope().run(tx, c -> runtime.runner().query(c, sql, plan.definition.tableName(),
                this::read));
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    private Sql select() {
        return new Sql().append("SELECT ").append(plan.selectList).append(" FROM ").append(plan.quotedTable);
    }

    private Sql render(Query query) {
        Sql sql = select();
        plan.where.appendWhereClause(sql, query.where());
        if (!query.order().isEmpty()) {
            sql.append(" ORDER BY ");
            for (int i = 0; i < query.order().size(); i++) {
                Order order = query.order().get(i);
                if (i > 0) sql.append(", ");
                sql.append(plan.dialect.quote(plan.where.attribute(order.attribute()).column()))
                        .append(order.descending() ? " DESC" : " ASC");
            }
        }
        sql.append(plan.dialect.limitOffset(query.limit() != null, query.offset() != null));
        var longCodec = dev.junction.dialect.internal.StandardCodecs.BIGINT;
        if (query.limit() != null) sql.addBind((long) query.limit(), longCodec);
        if (query.offset() != null) sql.addBind((long) query.offset(), longCodec);
        return sql;
    }

    private void appendKeyCondition(Sql sql, Object[] key) {
        sql.append(" WHERE ");
        for (int k = 0; k < plan.keyIndexes.length; k++) {
            int i = plan.keyIndexes[k];
            if (k > 0) sql.append(" AND ");
            sql.append(plan.dialect.quote(plan.attributes.get(i).column())).append(" = ");
            sql.bind(key[k], plan.codecs[i]);
        }
    }

    private String keyText(Object[] key) {
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < key.length; k++) {
            if (k > 0) out.append(", ");
            out.append(plan.attributes.get(plan.keyIndexes[k]).name()).append('=').append(key[k]);
        }
        return out.toString();
    }

    static Object coerce(ModelPlan plan, Attribute attribute, Object value) {
        return ValueCoercion.coerce(plan.definition.name(), attribute, value);
    }

    static ValidationException invalid(ModelPlan plan, String attribute, String message) {
        return new ValidationException(plan.definition.name(), attribute, message);
    }
}
