package dev.junction.internal.jdbc;

import dev.junction.JunctionException;
import dev.junction.Transaction;
import dev.junction.dialect.Dialect;
import dev.junction.internal.Runtime;
import dev.junction.query.internal.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Function;
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
     * Work done on each batch of a stream's rows before they are handed on — such as loading their includes — on a
     * connection that may be the stream's own.
     */
    @FunctionalInterface
    public interface BatchWork<R> {
        void run(Connection connection, List<R> batch) throws SQLException;
    }

    /**
     * Opens the stream: on the transaction's connection when there is one (left open at the end), else on a
     * connection of its own (returned to the pool when the stream is read to the end or closed).
     */
    public static <R> Stream<R> open(Runtime runtime, Transaction tx, Sql sql, String table, RowReader<R> reader) {
        return open(runtime, tx, sql, table, reader, 1, null);
    }

    /**
     * Like {@link #open(Runtime, Transaction, Sql, String, RowReader)}, reading {@code batchSize} rows at a time and
     * running {@code work} on each batch before handing its rows on. The work runs on the stream's own connection
     * where the dialect {@linkplain Dialect#streamsBesideOtherStatements() allows} or inside a transaction, so a pool
     * of one connection suffices; else on a second connection, taken with the first when the stream opens.
     */
    public static <R> Stream<R> open(Runtime runtime, Transaction tx, Sql sql, String table, RowReader<R> reader,
                                     int batchSize, BatchWork<R> work) {
        Connection shared = runtime.scope().currentConnection(tx);
        Dialect dialect = runtime.dialect();
        // Where the work cannot run beside the stream on its connection, it gets one of its own from the start:
        // taken later, it might never come (every connection held by a stream waiting for a second).
        Connection[] pair = shared == null && work != null && !dialect.streamsBesideOtherStatements()
                ? runtime.scope().borrowPair("A stream with includes on " + dialect.name()) : null;
        Connection connection = shared != null ? shared : pair != null ? pair[0] : runtime.scope().borrowForRead();
        Connection beside = pair != null ? pair[1] : null;
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
            // In a transaction, the caller may change the rows while the stream reads them.
            String text = shared != null ? dialect.snapshotQuery(sql.text()) : sql.text();
            statement = connection.prepareStatement(text, ResultSet.TYPE_FORWARD_ONLY,
                    ResultSet.CONCUR_READ_ONLY);
            statement.setFetchSize(FETCH_SIZE);
            for (int i = 0; i < sql.binds().size(); i++) {
                sql.binds().get(i).codec().bind(statement, i + 1, sql.binds().get(i).value());
            }
            ResultSet rs = execute(runtime, statement, sql);
            Cleanup cleanup = new Cleanup(connection, beside, statement, rs, shared == null, restoreAutoCommit,
                    dialect);
            Connection forWork = beside != null ? beside : connection;
            Rows<R> rows = new Rows<>(rs, reader, Math.max(1, batchSize), work, forWork, cleanup,
                    e -> runtime.runner().errors().translate(e, table, sql.text()));
            if (shared == null) cleanup.watch = StreamLeakGuard.watch(rows, cleanup);
            return StreamSupport.stream(rows, false).onClose(cleanup);
        } catch (SQLException | RuntimeException e) {
            RuntimeException failure = e instanceof SQLException sqlError
                    ? runtime.runner().errors().translate(sqlError, table, sql.text()) : (RuntimeException) e;
            new Cleanup(connection, beside, statement, null, shared == null, restoreAutoCommit, dialect)
                    .runAfter(failure);
            throw failure;
        }
    }

    private static ResultSet execute(Runtime runtime, PreparedStatement statement, Sql sql) throws SQLException {
        long start = System.nanoTime();
        try {
            return statement.executeQuery();
        } finally {
            runtime.runner().reportExecuted(sql, start);
        }
    }

    /**
     * The rows, one at a time or, with batch work, a batch at a time (the work done before the batch's first row is
     * handed on). Read to the end, or failed while reading (a driver error, a row the mapper or the batch work
     * refused), they give the connection back at once, so that a stream that is not closed ({@code stream.toList()}
     * without try-with-resources) does not keep it from the pool. A stream that failed stays failed: asked for more,
     * it throws instead of ending as if its rows were all read.
     */
    private static final class Rows<R> extends Spliterators.AbstractSpliterator<R> {
        private final ResultSet rs;
        private final RowReader<R> reader;
        private final int batchSize;
        private final BatchWork<R> work;
        private final Connection connection;
        private final Cleanup cleanup;
        private final Function<SQLException, RuntimeException> translate;
        private final ArrayDeque<R> ready = new ArrayDeque<>();
        private RuntimeException failure;

        Rows(ResultSet rs, RowReader<R> reader, int batchSize, BatchWork<R> work, Connection connection,
             Cleanup cleanup, Function<SQLException, RuntimeException> translate) {
            super(Long.MAX_VALUE, Spliterator.ORDERED);
            this.rs = rs;
            this.reader = reader;
            this.batchSize = batchSize;
            this.work = work;
            this.connection = connection;
            this.cleanup = cleanup;
            this.translate = translate;
        }

        /** Reads the next row (or batch) and hands it to {@code action}, whose own failures are not the stream's. */
        @Override
        public boolean tryAdvance(Consumer<? super R> action) {
            if (failure != null) {
                throw new IllegalStateException("This stream failed earlier and has given its connection back",
                        failure);
            }
            if (ready.isEmpty()) {
                try {
                    if (work == null) readOne(); else readBatch();
                } catch (SQLException e) {
                    throw failed(translate.apply(e));
                } catch (RuntimeException e) {
                    throw failed(e);
                }
                if (ready.isEmpty()) return false;
            }
            action.accept(ready.poll());
            return true;
        }

        /** Without batch work, rows go from the result set to the consumer one at a time. */
        private void readOne() throws SQLException {
            if (cleanup.isDone()) return;
            if (rs.next()) ready.add(reader.read(rs)); else cleanup.run();
        }

        private void readBatch() throws SQLException {
            if (cleanup.isDone()) return;
            List<R> batch = new ArrayList<>(Math.min(batchSize, FETCH_SIZE));
            boolean more = true;
            while (batch.size() < batchSize && (more = rs.next())) {
                batch.add(reader.read(rs));
            }
            if (!batch.isEmpty()) work.run(connection, batch);
            if (!more) cleanup.run();
            ready.addAll(batch);
        }

        /** Gives the connection back after a failure, which is what the caller gets to see. */
        private RuntimeException failed(RuntimeException e) {
            failure = e;
            cleanup.runAfter(e);
            return e;
        }
    }

    /** Closes what a stream holds, once. */
    private static final class Cleanup implements StreamLeakGuard.Release {
        private final Connection connection;
        private final Connection beside;
        private final PreparedStatement statement;
        private final ResultSet resultSet;
        private final boolean owned;
        private final boolean restoreAutoCommit;
        private final Dialect dialect;
        private volatile boolean done; // read by the leak guard's thread
        /** The leak guard's watch on the stream, ended when this runs (null inside a transaction). */
        java.lang.ref.Cleaner.Cleanable watch;

        Cleanup(Connection connection, Connection beside, PreparedStatement statement, ResultSet resultSet,
                boolean owned, boolean restoreAutoCommit, Dialect dialect) {
            this.connection = connection;
            this.beside = beside;
            this.statement = statement;
            this.resultSet = resultSet;
            this.owned = owned;
            this.restoreAutoCommit = restoreAutoCommit;
            this.dialect = dialect;
        }

        @Override
        public boolean isDone() {
            return done;
        }

        /** Runs after {@code failure}: a failure to clean up as well is added to it rather than hiding it. */
        void runAfter(RuntimeException failure) {
            try {
                run();
            } catch (RuntimeException suppressed) {
                failure.addSuppressed(suppressed);
            }
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
                if (owned) closeQuietly(connection);
                if (beside != null) closeQuietly(beside);
                if (watch != null) watch.clean(); // a no-op once done, and forgets this Cleanup
            }
        }

        private static void closeQuietly(Connection owned) {
            try {
                owned.close();
            } catch (SQLException ignored) {
                // the pool evicts a connection it cannot reset
            }
        }
    }
}
