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
    /** A start {@link #clock} gives when nothing listened: a statement logged after all reports 0 ns. */
    private static final long NOT_TIMED = Long.MIN_VALUE;

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
        long start = clock();
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
        select(connection, sql, table, resultSet -> {
            while (resultSet.next()) consumer.accept(resultSet);
            return null;
        });
    }

    /**
     * Runs a query and reads its first row with {@code reader} — {@code null} when it has none; later rows are not
     * read (a key look-up, a {@code LIMIT 1}, a count).
     */
    public <R> R queryFirst(Connection connection, Sql sql, String table, RowReader<R> reader) {
        return select(connection, sql, table, resultSet -> resultSet.next() ? reader.read(resultSet) : null);
    }

    /** Runs a query and hands its whole result to {@code result}; logs it, translates its errors. */
    private <R> R select(Connection connection, Sql sql, String table, RowReader<R> result) {
        long start = clock();
        try (PreparedStatement statement = connection.prepareStatement(sql.text())) {
            bind(statement, sql);
            R read;
            try (ResultSet resultSet = statement.executeQuery()) {
                read = result.read(resultSet);
            }
            logged(sql, start);
            return read;
        } catch (SQLException e) {
            logged(sql, start);
            throw errors.translate(e, table, sql.text());
        }
    }

    /** Runs a query whose first column of its single row is a number (a COUNT). */
    public long queryLong(Connection connection, Sql sql, String table) {
        Long first = queryFirst(connection, sql, table, resultSet -> resultSet.getLong(1));
        return first == null ? 0 : first;
    }

    /**
     * Executes an INSERT and returns the keys the database generated for {@code keyColumn}, one per inserted row in
     * order, read with {@code keyCodec}, by the dialect's {@link Dialect.KeyRetrieval} way.
     */
    public List<Object> insertReturningKeys(Connection connection, Sql sql, String table, String keyColumn,
                                            ValueCodec keyCodec) {
        long start = clock();
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
        return runTogether(connection, statements, table, reader, false);
    }

    /**
     * {@link #runTogether(Connection, List, String, RowReader)}, with {@code commit} followed by COMMIT in the same
     * round trip (the caller's transaction, begun for these statements alone, ends with them). The COMMIT is
     * transaction control, which no log or listener reports (as the BEGIN the driver sends): only the statements are.
     */
    public <R> List<R> runTogether(Connection connection, List<Sql> statements, String table, RowReader<R> reader,
                                   boolean commit) {
        long start = clock();
        Sql all = new Sql();
        for (int n = 0; n < statements.size(); n++) all.append(n == 0 ? "" : "; ").append(statements.get(n));
        if (commit) all.append("; COMMIT");
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
        long start = clock();
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
            if (log.enabled()) log.executed(sql, List.of(), elapsed(start));
        } catch (SQLException e) {
            if (log.enabled()) log.executed(sql, List.of(), elapsed(start));
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

    /** When a statement starts, for its log line: the clock is read only while anything listens. */
    private long clock() {
        return log.enabled() ? System.nanoTime() : NOT_TIMED;
    }

    private static long elapsed(long start) {
        return start == NOT_TIMED ? 0 : System.nanoTime() - start;
    }

    private void logged(Sql sql, long start) {
        logged(sql, sql.text(), start);
    }

    private void logged(Sql sql, String text, long start) {
        if (log.enabled()) {
            List<Object> values = new ArrayList<>(sql.binds().size());
            for (Sql.Bind bind : sql.binds()) values.add(bind.value());
            log.executed(text, values, elapsed(start));
        }
    }
}
