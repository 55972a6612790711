package dev.junction.cli.internal;

import dev.junction.Junction;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code db:migrate:undo:all}: undoes every migration Junction applied, newest first. */
@Command(name = "db:migrate:undo:all", description = "Undo every applied migration, newest first (those"
        + " sequelize-cli applied stay)")
public final class DbMigrateUndoAllCommand implements Callable<Integer> {
    private final RootCommand root;

    @Spec
    CommandSpec spec;

    public DbMigrateUndoAllCommand(RootCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        try (Junction db = root.openWithModels()) {
            MigrationLines.printReport(spec.commandLine().getOut(), root.migrator(db).undoAll(),
                    "No executed migrations found.");
            return 0;
        }
    }
}
