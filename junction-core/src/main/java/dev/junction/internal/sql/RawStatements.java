package dev.junction.internal.sql;

import dev.junction.ConnectionBody;
import dev.junction.ConnectionWork;
import dev.junction.ResultMappingException;
import dev.junction.Row;
import dev.junction.SqlAccess;
import dev.junction.Transaction;
import dev.junction.internal.Arguments;
import dev.junction.internal.Runtime;
import dev.junction.internal.jdbc.ErrorTranslator;
import dev.junction.internal.jdbc.SqlWork;
import dev.junction.query.internal.Sql;
import dev.junction.schema.Attribute;
import dev.junction.schema.ModelDefinition;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * {@link SqlAccess} on one database, bound to an explicit transaction or (without one) to the thread's: parameters
 * bound by {@link StatementParameters}, rows mapped by {@link ResultTarget}, statements reported to the statement
 * log and failures translated like every statement Junction runs. Thread-safe.
 */
public final class RawStatements implements SqlAccess {
    private final Runtime runtime;
    private final Transaction explicit;
    private final StatementParameters parameters;
    private final Map<Class<?>, ResultTarget<?>> targets;

    /** Raw SQL on {@code runtime}'s database, joining the thread's transaction when there is one. */
    public RawStatements(Runtime runtime) {
        this(runtime, null, new StatementParameters(runtime.dialect()), new ConcurrentHashMap<>());
    }

    private RawStatements(Runtime runtime, Transaction explicit, StatementParameters parameters,
                          Map<Class<?>, ResultTarget<?>> targets) {
        this.runtime = runtime;
        this.explicit = explicit;
        this.parameters = parameters;
        this.targets = targets;
    }

    @Override
    public <R> List<R> query(Class<R> type, String sql, Object... params) {
        Arguments.given(type, "Junction.query", "type");
        return rows(type, positional("Junction.query", sql, params));
    }

    @Override
    public <R> List<R> query(Class<R> type, String sql, Map<String, ?> params) {
        Arguments.given(type, "Junction.query", "type");
        return rows(type, named("Junction.query", sql, params));
    }

    @Override
    public List<Row> query(String sql, Object... params) {
        return rows(Row.class, positional("Junction.query", sql, params));
    }

    @Override
    public List<Row> query(String sql, Map<String, ?> params) {
        return rows(Row.class, named("Junction.query", sql, params));
    }

    @Override
    public <R> Optional<R> queryOne(Class<R> type, String sql, Object... params) {
        Arguments.given(type, "Junction.queryOne", "type");
        return Optional.ofNullable(atMostOne(type, rows(type, positional("Junction.queryOne", sql, params)),
                sql));
    }

    @Override
    public <R> Optional<R> queryOne(Class<R> type, String sql, Map<String, ?> params) {
        Arguments.given(type, "Junction.queryOne", "type");
        return Optional.ofNullable(atMostOne(type, rows(type, named("Junction.queryOne", sql, params)), sql));
    }

    @Override
    public <V> V scalar(Class<V> type, String sql, Object... params) {
        valueType(type);
        return atMostOne(type, rows(type, positional("Junction.scalar", sql, params)), sql);
    }

    @Override
    public <V> V scalar(Class<V> type, String sql, Map<String, ?> params) {
        valueType(type);
        return atMostOne(type, rows(type, named("Junction.scalar", sql, params)), sql);
    }

    @Override
    public int execute(String sql, Object... params) {
        return update(positional("Junction.execute", sql, params));
    }

    @Override
    public int execute(String sql, Map<String, ?> params) {
        return update(named("Junction.execute", sql, params));
    }

    @Override
    public <R> R withConnection(ConnectionWork<R> work) {
        Arguments.given(work, "Junction.withConnection", "work");
        boolean inTransaction = runtime.scope().currentConnection(explicit) != null;
        ErrorTranslator errors = runtime.runner().errors();
        return runtime.scope().run(explicit, connection -> {
            try {
                return work.run(inTransaction ? LentConnection.of(connection) : connection);
            } catch (SQLException e) {
                throw errors.translateStatement(e, null);
            }
        });
    }

    @Override
    public void useConnection(ConnectionBody work) {
        Arguments.given(work, "Junction.useConnection", "work");
        withConnection(connection -> {
            work.run(connection);
            return null;
        });
    }

    @Override
    public SqlAccess in(Transaction tx) {
        return new RawStatements(runtime, Arguments.given(tx, "Junction.in", "tx"), parameters, targets);
    }

    private Sql positional(String call, String sql, Object[] params) {
        return parameters.positional(Arguments.given(sql, call, "sql"), params);
    }

    private Sql named(String call, String sql, Map<String, ?> params) {
        return parameters.named(Arguments.given(sql, call, "sql"), Arguments.given(params, call, "params"));
    }

    @SuppressWarnings("unchecked")
    private <R> ResultTarget<R> target(Class<R> type) {
        return (ResultTarget<R>) targets.computeIfAbsent(type, ResultTarget::of);
    }

    private static void valueType(Class<?> type) {
        if (!ColumnReader.readable(Arguments.given(type, "Junction.scalar", "type"))) {
            throw new ResultMappingException("scalar reads one value; " + type.getName() + " is no value type (String,"
                    + " Long, BigDecimal, Instant, an enum…): use query or queryOne for rows", type.getSimpleName(),
                    null, null);
        }
    }

    private static <R> R atMostOne(Class<?> type, List<R> rows, String sql) {
        if (rows.size() > 1) {
            throw new ResultMappingException("The query returned " + rows.size() + " rows where at most one was"
                    + " expected\n  SQL: " + sql, type.getSimpleName(), null, null);
        }
        if (rows.isEmpty() && type.isPrimitive()) {
            throw new ResultMappingException("The query returned no row, and a " + type.getName() + " cannot be"
                    + " null; ask for " + type.getName() + "'s wrapper class to get null\n  SQL: " + sql,
                    type.getName(), null, null);
        }
        return rows.isEmpty() ? null : rows.get(0);
    }

    private <R> List<R> rows(Class<R> type, Sql sql) {
        ResultTarget<R> target = target(type);
        SqlWork<List<R>> work = connection -> read(connection, sql, type, target);
        return SelectStatement.readsOnly(sql.text()) ? runtime.scope().replicaRead(explicit, work)
                : runtime.scope().run(explicit, work);
    }

    /** The attributes of the model defined from {@code type}, by name; none when it is no model's class. */
    private Function<String, Attribute> attributesOf(Class<?> type) {
        if (!runtime.models().contains(type)) return name -> null;
        ModelDefinition definition = runtime.models().typed(type).definition();
        return name -> definition.attribute(name).orElse(null);
    }

    private <R> List<R> read(Connection connection, Sql sql, Class<R> type, ResultTarget<R> target) {
        long start = System.nanoTime();
        try (PreparedStatement statement = prepared(connection, sql); ResultSet rs = statement.executeQuery()) {
            ResultTarget.RowMaker<R> maker = target.plan(runtime.dialect(), rs, attributesOf(type),
                    runtime.models().json());
            List<R> rows = new ArrayList<>();
            while (rs.next()) rows.add(maker.make(rs));
            return rows;
        } catch (SQLException e) {
            throw runtime.runner().errors().translateStatement(e, sql.text());
        } finally {
            runtime.runner().reportExecuted(sql, start); // after the rows are read, as for every query
        }
    }

    private int update(Sql sql) {
        return runtime.scope().run(explicit, connection -> {
            long start = System.nanoTime();
            try (PreparedStatement statement = prepared(connection, sql)) {
                return statement.executeUpdate();
            } catch (SQLException e) {
                throw runtime.runner().errors().translateStatement(e, sql.text());
            } finally {
                runtime.runner().reportExecuted(sql, start);
            }
        });
    }

    private static PreparedStatement prepared(Connection connection, Sql sql) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql.text());
        try {
            List<Sql.Bind> binds = sql.binds();
            for (int i = 0; i < binds.size(); i++) binds.get(i).codec().bind(statement, i + 1, binds.get(i).value());
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }
}
