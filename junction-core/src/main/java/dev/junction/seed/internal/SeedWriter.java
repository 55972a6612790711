package dev.junction.seed.internal;

import dev.junction.ConnectionException;
import dev.junction.DatabaseException;
import dev.junction.Row;
import dev.junction.ValidationException;
import dev.junction.internal.model.ModelImpl;
import dev.junction.seed.SeedProgress;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a {@link SeedPlan} on the connection of the file's transaction: block by block, in batches of up to 1,000
 * entries — resolve the batch's references, then one {@code bulkCreate} — recording the keys of what it inserted.
 * A batch the database refuses is rolled back to a savepoint and its entries retried one at a time, so the error
 * names the entry (and {@link FailureDiagnosis} the column) at fault. One per file; not thread-safe.
 */
final class SeedWriter {
    private static final int BATCH = 1_000;

    private final SeedProgress progress;
    private final NaturalKeys naturalKeys = new NaturalKeys();

    SeedWriter(SeedProgress progress) {
        this.progress = progress;
    }

    /** Inserts every entry; returns what was inserted. */
    UndoLog write(Connection connection, List<SeedPlan.Block> blocks) {
        UndoLog log = new UndoLog();
        long done = 0;
        for (SeedPlan.Block block : blocks) {
            UndoLog.Block undo = log.block(block.model().definition());
            List<SeedPlan.Entry> entries = block.entries();
            for (int from = 0; from < entries.size(); from += BATCH) {
                List<SeedPlan.Entry> batch = entries.subList(from, Math.min(entries.size(), from + BATCH));
                List<Lookup> lookups = new ArrayList<>();
                batch.forEach(e -> e.fields().forEach(f -> {
                    if (f.lookup() != null) lookups.add(f.lookup());
                }));
                naturalKeys.resolve(lookups);
                List<Row> created = insert(connection, block.model(), batch);
                naturalKeys.changed(block.model().name());
                created.forEach(row -> UndoLog.add(undo, row));
                done += batch.size();
                progress.advanced(done);
            }
        }
        return log;
    }

    private static Row row(SeedPlan.Entry entry) {
        Row row = new Row();
        entry.fields().forEach(f -> row.put(f.attribute().name(), f.value()));
        return row;
    }

    private List<Row> insert(Connection connection, ModelImpl<Row> model, List<SeedPlan.Entry> batch) {
        List<Row> rows = batch.stream().map(SeedWriter::row).toList();
        Savepoint savepoint = savepoint(connection);
        try {
            List<Row> created = model.bulkCreate(rows);
            release(connection, savepoint);
            return created;
        } catch (ConnectionException e) {
            throw e;
        } catch (ValidationException | DatabaseException e) {
            rollback(connection, savepoint);
            // A bulkCreate's validation failures name their rows: no need to insert the entries one by one.
            int row = e instanceof ValidationException v ? FailureDiagnosis.firstRow(v) : -1;
            if (row >= 0) {
                throw new FailureDiagnosis(model, batch.get(row)).error(FailureDiagnosis.ofRow((ValidationException) e,
                        row));
            }
            throw locate(connection, model, batch, e);
        }
    }

    /** Inserts the entries one by one until one fails; its error names that entry. */
    private RuntimeException locate(Connection connection, ModelImpl<Row> model, List<SeedPlan.Entry> batch,
                                    RuntimeException batchFailure) {
        for (SeedPlan.Entry entry : batch) {
            Savepoint savepoint = savepoint(connection);
            try {
                model.create(row(entry));
            } catch (ConnectionException e) {
                return e;
            } catch (ValidationException | DatabaseException e) {
                rollback(connection, savepoint);
                return new FailureDiagnosis(model, entry).error(e);
            }
        }
        return batch.get(0).site().error(FailureDiagnosis.firstLine(batchFailure.getMessage()), batchFailure);
    }

    private static Savepoint savepoint(Connection connection) {
        try {
            return connection.setSavepoint();
        } catch (SQLException e) {
            throw new ConnectionException("Cannot set a savepoint: " + e.getMessage(), e);
        }
    }

    private static void release(Connection connection, Savepoint savepoint) {
        try {
            connection.releaseSavepoint(savepoint);
        } catch (SQLException e) {
            throw new ConnectionException("Cannot release a savepoint: " + e.getMessage(), e);
        }
    }

    private static void rollback(Connection connection, Savepoint savepoint) {
        try {
            connection.rollback(savepoint);
        } catch (SQLException e) {
            throw new ConnectionException("Cannot roll back to a savepoint: " + e.getMessage(), e);
        }
    }
}
