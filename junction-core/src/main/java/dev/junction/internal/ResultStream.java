package dev.junction.internal;

import dev.junction.JunctionException;
import dev.junction.dialect.Dialect;
import dev.junction.query.internal.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A query's rows as a lazy {@link Stream}, read from the database a batch at a time (a cursor on PostgreSQL,
 * streaming on MariaDB, lazy execution on H2, stepping on SQLite), so memory stays bounded however many rows there
 * are. The stream holds its connection until it is read to the end or closed: use it in try-with-resources, so
 * that a stream left part-read gives its connection back too.
 */
public final class ResultStream {
    /** Rows fetched per round trip where the driver asks. */
    public static final int FETCH_SIZE = 1_000;

    private ResultStream() {
    }

    /**
     * Opens the stream: on the transaction's connection when there is one (left open at the end), else on a
     * connection of its own (returned to the pool when the stream is closed).
     */
    public static <R> Stream<R> open(Runtime runtime, dev.junction.Transaction tx, Sql sql, String table,
                                     RowReader<R> reader) {
        Connection shared = runtime.scope().currentConnection(tx);
        Connection connection = shared != null ? shared : runtime.scope().borrow();
        Dialect dialect = runtime.dialect();
        boolean restoreAutoCommit = false;
        PreparedStatement statement = null;
        try {
            if (shared == null && dialect.streamingNeedsTransaction() && connection.getAutoCommit()) {
                connection.setAutoCommit(false);
                restoreAutoCommit = true;
            }
            for (String before : dialect.beforeStreaming()) {
                try (var s = connection.createStatement()) {
                    s.execute(before);
                }
            }
            statement = connection.prepareStatement(sql.text(), ResultSet.TYPE_FORWARD_ONLY,
                    ResultSet.CONCUR_READ_ONLY);
            statement.setFetchSize(FETCH_SIZE);
            for (int i = 0; i < sql.binds().size(); i++) {
                sql.binds().get(i).codec().bind(statement, i + 1, sql.binds().get(i).value());
            }
            long start = System.nanoTime();
            ResultSet rs;
            try {
                rs = statement.executeQuery();
            } finally {
                runtime.runner().reportExecuted(sql, start);
            }
            Cleanup cleanup = new Cleanup(connection, statement, rs, shared == null, restoreAutoCommit, dialect);
            Spliterator<R> rows = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE, Spliterator.ORDERED) {
                @Override
                public boolean tryAdvance(Consumer<? super R> action) {
                    try {
                        if (cleanup.isDone()) return false;
                        if (!rs.next()) {
                            // Read to the end: give the connection back now, so a stream that is not closed
                            // (stream.toList() without try-with-resources) does not keep it from the pool.
                            cleanup.run();
                            return false;
                        }
                        action.accept(reader.read(rs));
                        return true;
                    } catch (SQLException e) {
                        throw runtime.runner().errors().translate(e, table, sql.text());
                    }
                }
            };
            return StreamSupport.stream(rows, false).onClose(cleanup);
        } catch (SQLException e) {
            new Cleanup(connection, statement, null, shared == null, restoreAutoCommit, dialect).run();
            throw runtime.runner().errors().translate(e, table, sql.text());
        }
    }

    /** Closes what a stream holds, once. */
    private static final class Cleanup implements Runnable {
        private final Connection connection;
        private final PreparedStatement statement;
        private final ResultSet resultSet;
        private final boolean owned;
        private final boolean restoreAutoCommit;
        private final Dialect dialect;
        private boolean done;

        Cleanup(Connection connection, PreparedStatement statement, ResultSet resultSet, boolean owned,
                boolean restoreAutoCommit, Dialect dialect) {
            this.connection = connection;
            this.statement = statement;
            this.resultSet = resultSet;
            this.owned = owned;
            this.restoreAutoCommit = restoreAutoCommit;
            this.dialect = dialect;
        }

        boolean isDone() {
            return done;
        }

        @Override
        public void run() {
            if (done) return;
            done = true;
            try {
                if (resultSet != null) resultSet.close();
                if (statement != null) statement.close();
                for (String after : dialect.afterStreaming()) {
                    try (var s = connection.createStatement()) {
                        s.execute(after);
                    }
                }
                if (restoreAutoCommit) {
                    connection.commit();
                    connection.setAutoCommit(true);
                }
            } catch (SQLException e) {
                throw new JunctionException("Could not close a result stream: " + e.getMessage(), e);
            } finally {
                if (owned) {
                    try {
                        connection.close();
                    } catch (SQLException ignored) {
                        // the pool evicts a connection it cannot reset
                    }
                }
            }
        }
    }
}
