package dev.junction.internal.jdbc;

import dev.junction.dialect.Dialect;
import dev.junction.dialect.ValueCodec;
import dev.junction.query.internal.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs statements on a given connection: prepares, binds every value through its codec, executes, reports to the
 * {@link StatementLog}, and turns failures into typed exceptions. The single place where Junction talks JDBC
 * statements. Thread-safe (holds no per-call state).
 */
public final class SqlRunner {
    private final Dialect dialect;
    private final StatementLog log;
    private final ErrorTranslator errors;

    public SqlRunner(Dialect dialect, StatementLog log, ErrorTranslator errors) {
        this.dialect = dialect;
        this.log = log;
        this.errors = errors;
    }

    public ErrorTranslator errors() {
        return errors;
    }

    /** Executes an INSERT/UPDATE/DELETE; returns the affected row count. {@code table} names the target in errors. */
    public int update(Connection connection, Sql sql, String table) {
        long start = System.nanoTime();
        try (PreparedStatement statement = connection.prepareStatement(sql.text())) {
            bind(statement, sql);
            int count = statement.executeUpdate();
            logged(sql, start);
            return count;
        } catch (SQLException e) {
            logged(sql, start);
            throw errors.translate(e, table, sql.text());
        }
    }

    /** Runs a query and reads every row with {@code reader}. */
    public <R> List<R> query(Connection connection, Sql sql, String table, RowReader<R> reader) {
        List<R> rows = new ArrayList<>();
        forEachRow(connection, sql, table, rs -> rows.add(reader.read(rs)));
        return rows;
    }

    /** Runs a query and hands every row to {@code consumer}, which keeps what it needs. */
    public void forEachRow(Connection connection, Sql sql, String table, RowConsumer consumer) {
        long start = System.nanoTime();
        try (PreparedStatement statement = connection.prepareStatement(sql.text())) {
            bind(statement, sql);
            try (ResultSet resultSet = statement.executeQuery()) {
                while (resultSet.next()) {
                    consumer.accept(resultSet);
                }
            }
            logged(sql, start);
        } catch (SQLException e) {
            logged(sql, start);
            throw errors.translate(e, table, sql.text());
        }
    }

    /** Runs a query whose first column of its single row is a number (a COUNT). */
    public long queryLong(Connection connection, Sql sql, String table) {
        List<Long> rows = query(connection, sql, table, rs -> rs.getLong(1));
        return rows.isEmpty() ? 0 : rows.get(0);
    }

    /**
     * Executes an INSERT and returns the keys the database generated for {@code keyColumn}, one per inserted row in
     * order, read with {@code keyCodec}, by the dialect's {@link Dialect.KeyRetrieval} way.
     */
    public List<Object> insertReturningKeys(Connection connection, Sql sql, String table, String keyColumn,
                                            ValueCodec keyCodec) {
        long start = System.nanoTime();
        boolean returning = dialect.keyRetrieval() == Dialect.KeyRetrieval.RETURNING;
        String text = returning ? sql.text() + " RETURNING " + dialect.quote(keyColumn) : sql.text();
        try (PreparedStatement statement = returning ? connection.prepareStatement(text)
                : connection.prepareStatement(text, Statement.RETURN_GENERATED_KEYS)) {
            bind(statement, sql);
            List<Object> keys = new ArrayList<>();
            if (returning) {
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) keys.add(keyCodec.read(rs, 1));
                }
            } else {
                statement.executeUpdate();
                try (ResultSet rs = statement.getGeneratedKeys()) {
                    while (rs.next()) keys.add(keyCodec.read(rs, 1));
                }
            }
            logged(sql, text, start);
            return keys;
        } catch (SQLException e) {
            logged(sql, text, start);
            throw errors.translate(e, table, text);
        }
    }

    /**
     * Runs {@code statements} prepared as one, in order — one round trip where the dialect
     * {@linkplain Dialect#sendsStatementsTogether sends them together}, each logged as a statement of its own — and
     * reads the rows of the last one with {@code reader} when it is a query ({@code reader} null: rows are skipped).
     */
    public <R> List<R> runTogether(Connection connection, List<Sql> statements, String table, RowReader<R> reader) {
        long start = System.nanoTime();
        Sql all = new Sql();
        for (int n = 0; n < statements.size(); n++) all.append(n == 0 ? "" : "; ").append(statements.get(n));
        List<R> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(all.text())) {
            bind(statement, all);
            boolean query = statement.execute();
            for (int n = 0; n < statements.size(); n++, query = statement.getMoreResults()) {
                if (!query) continue;
                try (ResultSet resultSet = statement.getResultSet()) {
                    boolean last = n == statements.size() - 1;
                    while (resultSet.next()) {
                        if (last && reader != null) rows.add(reader.read(resultSet));
                    }
                }
            }
            statements.forEach(sql -> logged(sql, start));
            return rows;
        } catch (SQLException e) {
            statements.forEach(sql -> logged(sql, start));
            throw errors.translate(e, table, all.text());
        }
    }

    /** Executes a statement without parameters (DDL, pragmas). */
    public void execute(Connection connection, String sql, String table) {
        long start = System.nanoTime();
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
            if (log.enabled()) log.executed(sql, List.of(), System.nanoTime() - start);
        } catch (SQLException e) {
            if (log.enabled()) log.executed(sql, List.of(), System.nanoTime() - start);
            throw errors.translate(e, table, sql);
        }
    }

    /**
     * Reports a statement that was run elsewhere (a {@link ResultStream}'s query, which outlives this call) to the
     * log and the listener, like every statement run here.
     */
    public void reportExecuted(Sql sql, long startNanos) {
        logged(sql, startNanos);
    }

    /** Reports a statement without parameters that was run elsewhere (a COPY) to the log and the listener. */
    public void reportExecuted(String text, long startNanos) {
        if (log.enabled()) log.executed(text, List.of(), System.nanoTime() - startNanos);
    }

    private static void bind(PreparedStatement statement, Sql sql) throws SQLException {
        List<Sql.Bind> binds = sql.binds();
        for (int i = 0; i < binds.size(); i++) {
            Sql.Bind bind = binds.get(i);
            bind.codec().bind(statement, i + 1, bind.value());
        }
    }

    private void logged(Sql sql, long start) {
        logged(sql, sql.text(), start);
    }

    private void logged(Sql sql, String text, long start) {
        if (log.enabled()) {
            List<Object> values = new ArrayList<>(sql.binds().size());
            for (Sql.Bind bind : sql.binds()) values.add(bind.value());
            log.executed(text, values, System.nanoTime() - start);
        }
    }
}
