package dev.junction.seed.internal;

import dev.junction.ConnectionException;
import dev.junction.JunctionException;
import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Row;
import dev.junction.UnknownModelException;
import dev.junction.query.Where;
import dev.junction.schema.Attribute;
import dev.junction.seed.SeedProgress;
import java.util.ArrayList;
import java.util.List;

/**
 * Deletes the rows an {@link UndoLog} lists — the blocks in reverse order, by primary key, up to 500 keys per
 * statement — in the caller's transaction. Rows since deleted are simply gone already. Rows made otherwise that
 * refer to them ({@link DependentRows}) are checked for first: the database's {@code ON DELETE} rules apply to them.
 */
final class SeedEraser {
    private static final int MAX_KEYS_PER_STATEMENT = KeyMatch.CHUNK;

    private final Junction db;
    private final SeedProgress progress;

    SeedEraser(Junction db, SeedProgress progress) {
        this.db = db;
        this.progress = progress;
    }

    /** Deletes what {@code log} lists; returns how many rows were deleted. */
    long erase(Site file, UndoLog log) {
        long done = 0;
        long deleted = 0;
        List<UndoLog.Block> blocks = new ArrayList<>(log.blocks());
        java.util.Collections.reverse(blocks);
        for (UndoLog.Block block : blocks) {
            Site site = file.entry(block.model(), 0, 0);
            Model<Row> model = model(site, block);
            List<Attribute> key = model.definition().primaryKey();
            for (int end = block.rows().size(); end > 0; end -= MAX_KEYS_PER_STATEMENT) {
                List<List<String>> part = block.rows().subList(Math.max(0, end - MAX_KEYS_PER_STATEMENT), end);
                try {
                    // force: undoing a seed removes its rows, a paranoid model's too
                    deleted += model.destroy(matching(model.name(), key, part), true);
                } catch (ConnectionException e) {
                    throw e;
                } catch (JunctionException e) {
                    throw site.error("cannot undo the " + model.name() + " rows it seeded: "
                            + FailureDiagnosis.firstLine(e.getMessage()), e);
                }
                done += part.size();
                progress.advanced(done);
            }
        }
        return deleted;
    }

    private Model<Row> model(Site site, UndoLog.Block block) {
        Model<Row> model;
        try {
            model = db.model(block.model()).unscoped();
        } catch (UnknownModelException e) {
            throw site.error("cannot undo: the file seeded model " + block.model() + ", which is not defined now");
        }
        List<String> key = model.definition().primaryKey().stream().map(Attribute::name).toList();
        if (!key.equals(block.key())) {
            throw site.error("cannot undo: the file seeded " + block.model() + " rows by key " + block.key()
                    + ", but its key is now " + key);
        }
        return model;
    }

    private static Where matching(String model, List<Attribute> key, List<List<String>> rows) {
        return KeyMatch.anyOf(key.stream().map(Attribute::name).toList(), KeyMatch.parsed(model, key, rows));
    }
}
