package dev.junction.cli.internal;

import dev.junction.Junction;
import dev.junction.migration.Migrator;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code db:migrate:undo [--name NAME]}: undoes the newest (or the named) applied migration. */
@Command(name = "db:migrate:undo", description = "Undo the newest applied migration (or --name NAME) by its down"
        + " file; a failed one is only forgotten, listing the statements of it that ran")
public final class DbMigrateUndoCommand implements Callable<Integer> {
    private final RootCommand root;

    @Option(names = "--name", paramLabel = "NAME", description = "Undo this migration instead of the newest")
    String name;

    @Spec
    CommandSpec spec;

    public DbMigrateUndoCommand(RootCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        try (Junction db = root.openWithModels()) {
            Migrator migrator = root.migrator(db);
            MigrationLines.printReport(spec.commandLine().getOut(), name == null ? migrator.undo()
                    : migrator.undo(name), "No executed migrations found.");
            return 0;
        }
    }
}
