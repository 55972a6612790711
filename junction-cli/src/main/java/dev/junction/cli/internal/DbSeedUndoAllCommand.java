package dev.junction.cli.internal;

import dev.junction.Junction;
import dev.junction.seed.SeedFile;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code db:seed:undo:all}: undoes every applied seed file, the latest first. */
@Command(name = "db:seed:undo:all", description = "Undo every applied seed file, the latest first")
public final class DbSeedUndoAllCommand implements Callable<Integer> {
    private final RootCommand root;

    @Spec
    CommandSpec spec;

    public DbSeedUndoAllCommand(RootCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        try (Junction db = root.openWithModels()) {
            List<SeedFile> undone = root.seeder(db).undoAll();
            PrintWriter out = spec.commandLine().getOut();
            if (undone.isEmpty()) out.println("No seed file is applied.");
            undone.forEach(f -> out.println("Undid " + f.name() + " (" + SeedRecords.rows(f.rows()) + ")."));
            return 0;
        }
    }
}
