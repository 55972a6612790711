package dev.junction.cli.internal;

import dev.junction.Junction;
import dev.junction.seed.SeedFile;
import dev.junction.seed.UndoOptions;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code db:seed:undo:all}: undoes every applied seed file, the latest first. */
@Command(name = "db:seed:undo:all", description = "Undo every applied seed file, the latest first")
public final class DbSeedUndoAllCommand implements Callable<Integer> {
    private final RootCommand root;

    @Option(names = "--cascade", description = "Undo even when rows made otherwise refer to seeded rows: their"
            + " foreign keys delete or null them (by default the undo is refused, naming them)")
    boolean cascade;

    @Spec
    CommandSpec spec;

    public DbSeedUndoAllCommand(RootCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        try (Junction db = root.openWithModels()) {
            List<SeedFile> undone = root.seeder(db).undoAll(cascade ? UndoOptions.cascade() : UndoOptions.refuse());
            PrintWriter out = spec.commandLine().getOut();
            if (undone.isEmpty()) out.println("No seed file is applied.");
            undone.forEach(f -> SeedRecords.printUndone(out, f));
            return 0;
        }
    }
}
