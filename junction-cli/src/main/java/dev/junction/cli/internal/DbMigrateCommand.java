package dev.junction.cli.internal;

import dev.junction.Junction;
import dev.junction.migration.MigrationReport;
import dev.junction.migration.Migrator;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code db:migrate [--to NAME] [--resume]}: runs the pending migrations of the database's folder. */
@Command(name = "db:migrate", description = "Run the pending migrations in order (each in one transaction where"
        + " the database can roll DDL back)")
public final class DbMigrateCommand implements Callable<Integer> {
    private final RootCommand root;

    @Option(names = "--to", paramLabel = "NAME", description = "Stop after this migration")
    String to;

    @Option(names = "--resume", description = "Continue the failed migration from its failed statement (after"
            + " fixing the cause), then run the pending ones")
    boolean resume;

    @Spec
    CommandSpec spec;

    public DbMigrateCommand(RootCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        if (resume && to != null) {
            throw new dev.junction.migration.MigrationException("--resume runs every pending"
                    + " migration; it cannot be combined with --to");
        }
        try (Junction db = root.openWithModels()) {
            Migrator migrator = root.migrator(db);
            MigrationReport report = resume ? migrator.resume() : to == null ? migrator.migrate()
                    : migrator.migrate(to);
            MigrationLines.printReport(spec.commandLine().getOut(), report,
                    "No migrations were executed, database schema was already up to date.");
            return 0;
        }
    }
}
