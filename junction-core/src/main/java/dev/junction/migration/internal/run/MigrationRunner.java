package dev.junction.migration.internal.run;

import dev.junction.migration.internal.MigrationLayout;
import dev.junction.internal.Runtime;
import dev.junction.internal.jdbc.CrossProcessLock;
import dev.junction.internal.jdbc.SqlWork;
import dev.junction.migration.MigrationException;
import dev.junction.migration.MigrationReport;
import dev.junction.migration.MigrationStatus;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads the folder and the ledgers and runs what a command asks, on one connection that holds
 * {@link CrossProcessLock#SCHEMA} throughout — the lock {@code sync} takes — so two migrators (or a migrator and a
 * sync) take turns, and each reads the ledger only once it holds the lock: every migration runs once. Thread-safe.
 */
public final class MigrationRunner {
    private final Runtime runtime;
    private final Path folder;
    private final MigrationLedger ledger;
    private final MigrationExecutor executor;

    public MigrationRunner(Runtime runtime, Path folder) {
        this.runtime = runtime;
        this.folder = folder;
        this.ledger = new MigrationLedger(runtime);
        this.executor = new MigrationExecutor(runtime, ledger);
    }

    /** Every migration and where it stands. */
    public List<MigrationStatus> status() {
        List<MigrationFile> files = MigrationFolder.read(folder, runtime.dialect().name());
        return runtime.scope().run(null, c -> book(c, files).status());
    }

    /**
     * Runs the pending migrations in order, up to and including {@code to} ({@code null}: all); with {@code resume}, a
     * failed migration first continues from its failed statement.
     */
    public MigrationReport migrate(String to, boolean resume) {
        List<MigrationFile> files = MigrationFolder.read(folder, runtime.dialect().name());
        String target = to == null ? null : resolve(files, to);
        if (target != null && files.stream().noneMatch(f -> f.name().equals(target))) {
            throw new MigrationException("There is no migration " + to + " in " + folder);
        }
        return locked(c -> {
            ledger.create(c);
            MigrationBook book = book(c, files);
            refuseEdits(book);
            List<MigrationReport.Ran> ran = new ArrayList<>();
            Optional<MigrationLedger.Entry> failed = book.failed();
            if (failed.isPresent() && !resume) throw stillFailed(failed.get());
            if (failed.isPresent()) {
                MigrationFile file = book.file(failed.get().name()).orElseThrow(() -> new MigrationException(
                        "Migration " + failed.get().name() + " failed and its file is gone: it cannot be resumed;"
                                + " undo it (which only forgets it) and undo what it did by hand"));
                ran.add(new MigrationReport.Ran(file.name(), executor.up(c, file, failed.get().statementsDone() + 1)));
                if (file.name().equals(target)) return new MigrationReport("up", ran, List.of());
            } else if (resume) {
                throw new MigrationException("No migration failed, so there is nothing to resume; run migrate");
            }
            if (target != null && book.pending().stream().noneMatch(f -> f.name().equals(target))) {
                return new MigrationReport("up", ran, List.of(target + " is applied already"
                        + (book.appliedBySequelize(target) ? " (by sequelize-cli)" : "")));
            }
            for (MigrationFile file : book.pending()) {
                ran.add(new MigrationReport.Ran(file.name(), executor.up(c, file, 1)));
                if (file.name().equals(target)) break;
            }
            return new MigrationReport("up", ran, List.of());
        });
    }

    /** Undoes the newest recorded migration ({@code name} {@code null}), or the named one. */
    public MigrationReport undo(String name) {
        List<MigrationFile> files = MigrationFolder.read(folder, runtime.dialect().name());
        String wanted = name == null ? null : resolve(files, name);
        return locked(c -> {
            MigrationBook book = book(c, files);
            List<MigrationLedger.Entry> recorded = book.recordedNewestFirst();
            if (wanted != null && book.appliedBySequelize(wanted)) throw bySequelize(wanted);
            if (wanted == null && recorded.isEmpty() && book.hasSequelizeEntries()) {
                throw bySequelize("every applied migration");
            }
            Optional<MigrationLedger.Entry> entry = wanted == null ? recorded.stream().findFirst()
                    : book.entry(wanted);
            if (entry.isEmpty()) {
                if (wanted == null) return new MigrationReport("down", List.of(), List.of("nothing to undo"));
                throw new MigrationException("Migration " + wanted + " is not applied, so there is nothing to undo");
            }
            List<String> notes = new ArrayList<>();
            List<MigrationReport.Ran> ran = new ArrayList<>();
            undoOne(c, book, entry.get(), ran, notes);
            return new MigrationReport("down", ran, notes);
        });
    }

    /** Undoes every migration Junction recorded, newest first; Sequelize's entries stay. */
    public MigrationReport undoAll() {
        List<MigrationFile> files = MigrationFolder.read(folder, runtime.dialect().name());
        return locked(c -> {
            MigrationBook book = book(c, files);
            List<MigrationLedger.Entry> recorded = book.recordedNewestFirst();
            for (MigrationLedger.Entry entry : recorded) {
                if (!entry.failed()) undoable(book, entry);
            }
            List<String> notes = new ArrayList<>();
            List<MigrationReport.Ran> ran = new ArrayList<>();
            for (MigrationLedger.Entry entry : recorded) undoOne(c, book, entry, ran, notes);
            if (book.hasSequelizeEntries()) {
                notes.add("the migrations sequelize-cli applied stay applied: undo them with sequelize-cli");
            }
            return new MigrationReport("down", ran, notes);
        });
    }

    /** Drops Junction's ledger (Sequelize's stays); returns how many records it held. */
    public int forgetAll() {
        return locked(c -> {
            int recorded = ledger.entries(c).size();
            ledger.drop(c);
            return recorded;
        });
    }

    private void undoOne(Connection c, MigrationBook book, MigrationLedger.Entry entry, List<MigrationReport.Ran> ran,
                         List<String> notes) throws SQLException {
        if (entry.failed()) {
            // Its down file undoes a whole migration, not the part that ran: running it could fail or drop too much.
            ledger.remove(c, entry.name());
            ran.add(new MigrationReport.Ran(entry.name(), 0));
            notes.add(forgotten(book, entry));
            return;
        }
        MigrationFile file = undoable(book, entry);
        ran.add(new MigrationReport.Ran(file.name(), executor.down(c, file)));
    }

    private MigrationFile undoable(MigrationBook book, MigrationLedger.Entry entry) {
        MigrationFile file = book.file(entry.name()).orElseThrow(() -> new MigrationException("Migration "
                + entry.name() + " is recorded as applied but its files are gone, so it cannot be undone; restore"
                + " them"));
        if (file.down() == null) {
            throw new MigrationException("Migration " + file.name() + " has no down file, so it cannot be undone"
                    + " (nothing was undone); write " + downName(file) + " first");
        }
        if (!entry.checksum().equals(file.checksum())) {
            throw new MigrationException("Refusing to undo: " + MigrationBook.edited(file, entry)
                    + "; its down file may no longer match what was applied. Restore the applied version");
        }
        return file;
    }

    /** The note of a forgotten failed migration: the statements that ran, read from its file if that is unchanged. */
    private String forgotten(MigrationBook book, MigrationLedger.Entry entry) {
        String head = "forgot the failed migration " + entry.name() + " without running its down file; ";
        if (entry.statementsDone() == 0) return head + "none of its statements had run";
        Optional<MigrationFile> file = book.file(entry.name());
        String todo = "undo by hand what its first " + entry.statementsDone() + " statement(s) did";
        if (file.isEmpty()) return head + todo + " (its file is gone)";
        if (!entry.checksum().equals(file.get().checksum())) {
            // The file now holds other statements than those that ran: listing them would mislead.
            return head + todo + ", as the version that ran had them: " + MigrationBook.edited(file.get(), entry);
        }
        String ran = executor.statements(file.get().up()).stream().limit(entry.statementsDone())
                .map(SqlStatement::describe).collect(Collectors.joining("\n    "));
        return head + todo + ":\n    " + ran;
    }

    private static String downName(MigrationFile file) {
        String up = file.upFileName();
        return up.endsWith(MigrationLayout.UP_SUFFIX)
                ? up.substring(0, up.length() - MigrationLayout.UP_SUFFIX.length()) + MigrationLayout.DOWN_SUFFIX
                : "U" + up.substring(1);
    }

    private static MigrationException bySequelize(String name) {
        return new MigrationException("Refusing to undo " + name + ": applied by sequelize-cli; undo it with"
                + " sequelize-cli");
    }

    private static MigrationException stillFailed(MigrationLedger.Entry failed) {
        String where = failed.failedStatement() == null ? " stopped after statement " + failed.statementsDone()
                + " (its process ended while it ran)" : " failed at statement " + (failed.statementsDone() + 1)
                + " (" + failed.statementsDone() + " statement(s) before it ran and stay): " + failed.failedStatement();
        return new MigrationException("Migration " + failed.name() + where + "\n  Nothing runs while it is FAILED. Either fix the cause"
                + " and migrate with resume (db:migrate --resume, Migrator.resume()), which continues from that"
                + " statement; or undo it (db:migrate:undo), which only forgets it, and undo by hand what ran.");
    }

    private static void refuseEdits(MigrationBook book) {
        List<String> edits = book.edits();
        if (edits.isEmpty()) return;
        throw new MigrationException("Refusing to migrate (nothing ran): " + String.join("; ", edits)
                + ". Restore the applied version and put the change in a new migration");
    }

    /** {@code name}, or a file name of it, as a migration's name. */
    private static String resolve(List<MigrationFile> files, String name) {
        for (MigrationFile file : files) {
            if (file.name().equals(name) || file.upFileName().equals(name)) return file.name();
        }
        String bare = MigrationBook.withoutScriptExtension(name);
        return files.stream().map(MigrationFile::name).filter(bare::equals).findFirst().orElse(bare);
    }

    private MigrationBook book(Connection c, List<MigrationFile> files) {
        return new MigrationBook(files, ledger.entries(c), ledger.sequelizeNames(c));
    }

    private <R> R locked(SqlWork<R> work) {
        if (runtime.scope().currentConnection(null) != null) {
            // Its connection would be committed and switched to auto-commit under the caller's feet.
            throw new MigrationException("Migrations manage their own transactions: run them outside"
                    + " db.transaction(…)");
        }
        return runtime.scope().run(null, c -> new CrossProcessLock(runtime).holding(c, CrossProcessLock.SCHEMA, work));
    }
}
