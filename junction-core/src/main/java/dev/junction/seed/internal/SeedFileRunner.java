package dev.junction.seed.internal;

import dev.junction.Junction;
import dev.junction.internal.Runtime;
import dev.junction.internal.RuntimeAccess;
import dev.junction.internal.jdbc.CrossProcessLock;
import dev.junction.seed.SeedProgress;
import dev.junction.seed.UndoOptions;
import java.util.List;
import java.util.Optional;

/**
 * Applies and undoes seed files, each in one transaction that also updates the ledger, so a file is applied (or
 * undone) entirely or not at all. A file is read and checked against the models before its transaction begins;
 * its references are resolved inside it, seeing the rows of earlier blocks. Applying and undoing hold
 * {@link CrossProcessLock#SEEDS} from before the transaction begins until it ends, so seed runs of several processes
 * take turns: each checks the ledger under the lock, and positions are unique. Thread-safe.
 */
public final class SeedFileRunner {
    /** One applied file, as the ledger records it. */
    public record Applied(String name, long position, java.time.Instant appliedAt, long rows) {
    }

    private final Junction db;
    private final Runtime runtime;
    private final SeedLedger ledger;
    private final CrossProcessLock lock;

    /** A runner for the seed files of {@code namespace} (see {@code Seeder.withNamespace}). */
    public SeedFileRunner(Junction db, String namespace) {
        this.db = db;
        this.runtime = RuntimeAccess.of(db);
        this.ledger = new SeedLedger(runtime, namespace);
        this.lock = new CrossProcessLock(runtime);
    }

    /** The applied files, in the order they were applied. */
    public List<Applied> applied() {
        return runtime.scope().run(null, ledger::applied);
    }

    /**
     * Applies the file {@code name} whose content is {@code text}, unless it is applied already (then empty).
     *
     * @throws dev.junction.seed.SeedException naming file, line and column when the file is bad; nothing is written
     */
    public Optional<Applied> apply(String name, String text, SeedProgress progress) {
        SeedDocument document = SeedParser.parse(name, text);
        List<SeedPlan.Block> plan = runtime.scope().onPrimary(() -> new SeedPlanner(db).plan(document));
        progress.started(name, "apply", document.rows());
        try {
            // Seeds read what they write against (natural keys, dependent rows): on the primary, never a replica.
            return runtime.scope().onPrimary(() -> lock.atomically(runtime.scope(), CrossProcessLock.SEEDS, c -> {
                ledger.create(c);
                // Checked under the lock: another process may have applied it since this one looked.
                if (ledger.applied(c).stream().anyMatch(e -> e.name().equals(name))) return Optional.empty();
                UndoLog log = new SeedWriter(progress).write(c, plan);
                return Optional.of(ledger.record(c, name, log));
            }));
        } finally {
            progress.finished();
        }
    }

    /** An undone file, and what undoing it also did to rows made otherwise (with a cascade). */
    public record Undone(Applied applied, List<String> cascaded) {
    }

    /**
     * Deletes the rows the applied file {@code name} inserted and forgets it; empty when it is not applied. Rows made
     * otherwise that refer to them are refused, unless {@code options} cascade.
     *
     * @throws dev.junction.seed.SeedException when such rows exist (and options refuse), or a row cannot be deleted;
     *                                         nothing is deleted
     */
    public Optional<Undone> undo(String name, UndoOptions options, SeedProgress progress) {
        Optional<Applied> entry = applied().stream().filter(a -> a.name().equals(name)).findFirst();
        if (entry.isEmpty()) return Optional.empty();
        progress.started(name, "undo", entry.get().rows());
        try {
            return runtime.scope().onPrimary(() -> lock.atomically(runtime.scope(), CrossProcessLock.SEEDS, c -> {
                ledger.create(c); // a ledger of the shape before namespaces gets its namespace column first
                // Checked under the lock: another process may have undone it since this one looked.
                if (ledger.applied(c).stream().noneMatch(a -> a.name().equals(name))) return Optional.empty();
                UndoLog log = ledger.undoLog(c, name);
                List<String> cascaded = new UndoGuard(db).check(c, Site.file(name), log, options);
                new SeedEraser(db, progress).erase(Site.file(name), log);
                ledger.remove(c, name);
                return Optional.of(new Undone(entry.get(), cascaded));
            }));
        } finally {
            progress.finished();
        }
    }

    /**
     * Forgets the applied files of this namespace: every one counts as pending again (for when the seeded tables were
     * dropped). The ledger goes when no other namespace has files in it.
     */
    public void forgetAll() {
        runtime.scope().run(null, c -> lock.holding(c, CrossProcessLock.SEEDS, locked -> {
            ledger.forgetNamespace(locked);
            return null;
        }));
    }

    /**
     * Forgets the applied files, of every namespace, that inserted rows into the tables of {@code models} — just
     * dropped; returns how many.
     */
    public static int forgetTouching(Junction db, java.util.Collection<dev.junction.schema.ModelDefinition> models) {
        Runtime runtime = RuntimeAccess.of(db);
        SeedLedger ledger = new SeedLedger(runtime, dev.junction.seed.Seeder.DEFAULT_NAMESPACE);
        java.util.Set<String> tables = new java.util.HashSet<>();
        java.util.Set<String> names = new java.util.HashSet<>();
        for (dev.junction.schema.ModelDefinition model : models) {
            tables.add(model.tableName());
            names.add(model.name());
        }
        return runtime.scope().run(null, c -> new CrossProcessLock(runtime).holding(c, CrossProcessLock.SEEDS,
                locked -> ledger.forgetTouching(locked, tables, names)));
    }
}
