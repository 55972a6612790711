package dev.junction.cli.internal;

import dev.junction.Junction;
import dev.junction.schema.SyncReport;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code db:drop}: drops every model's table, and with them the records of applied seed files and of applied
 * migrations, which are pending again.
 */
@Command(name = "db:drop", description = "Drop the tables of every model and the records of applied seed files and"
        + " migrations (other tables are left alone)")
public final class DbDropCommand implements Callable<Integer> {
    private final RootCommand root;

    @Spec
    CommandSpec spec;

    public DbDropCommand(RootCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        try (Junction db = root.openWithModels()) {
            long applied = SeedRecords.applied(root, db);
            SyncReport report = db.drop();
            spec.commandLine().getOut().println("Dropped " + report.statements().stream()
                    .filter(s -> s.startsWith("DROP")).count() + " table(s).");
            SeedRecords.forget(root, db, applied, spec.commandLine().getOut());
            int migrations = root.migrator(db).forgetAll();
            if (migrations > 0) {
                spec.commandLine().getOut().println("Forgot " + migrations + " applied migration(s); they are"
                        + " pending again.");
            }
            return 0;
        }
    }
}
