package dev.junction.cli.internal;

import dev.junction.Junction;
import dev.junction.schema.SyncMode;
import dev.junction.schema.SyncReport;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code db:sync}: creates missing tables; {@code --force} recreates them all (and forgets the applied seed files,
 * whose rows are gone), {@code --alter} adds what is missing.
 */
@Command(name = "db:sync", description = "Create the tables of every model (--force: drop first; --alter: add missing columns and constraints)")
public final class DbSyncCommand implements Callable<Integer> {
    private final RootCommand root;

    @Option(names = "--force", description = "Drop every model's table first (loses data)")
    boolean force;

    @Option(names = "--alter", description = "Also add missing columns and constraints to existing tables; never drops")
    boolean alter;

    @Spec
    CommandSpec spec;

    public DbSyncCommand(RootCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        if (force && alter) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "choose --force or --alter, not both");
        }
        try (Junction db = root.openWithModels()) {
            long applied = force ? SeedRecords.applied(root, db) : 0;
            SyncReport report = db.sync(force ? SyncMode.FORCE : alter ? SyncMode.ALTER : SyncMode.CREATE);
            var out = spec.commandLine().getOut();
            report.statements().forEach(s -> out.println(s + ";"));
            report.warnings().forEach(w -> out.println("warning: " + w));
            out.println(report.statements().isEmpty() ? "Schema is up to date." : "Ran " + report.statements().size()
                    + " statement(s).");
            if (force) SeedRecords.forget(root, db, applied, out);
            return 0;
        }
    }
}
