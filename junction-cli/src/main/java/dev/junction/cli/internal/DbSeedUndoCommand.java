package dev.junction.cli.internal;

import dev.junction.Junction;
import dev.junction.seed.SeedFile;
import dev.junction.seed.Seeder;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code db:seed:undo [--seed NAME]}: deletes the rows of the latest (or the named) applied seed file. */
@Command(name = "db:seed:undo", description = "Undo the seed file applied last (or --seed NAME): delete exactly"
        + " the rows it inserted")
public final class DbSeedUndoCommand implements Callable<Integer> {
    private final RootCommand root;

    @Option(names = "--seed", paramLabel = "NAME", description = "Undo this seed file instead of the latest")
    String seed;

    @Spec
    CommandSpec spec;

    public DbSeedUndoCommand(RootCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        try (Junction db = root.openWithModels()) {
            Seeder seeder = root.seeder(db);
            Optional<SeedFile> undone = seed == null ? seeder.undoLast() : seeder.undo(seed);
            PrintWriter out = spec.commandLine().getOut();
            undone.ifPresentOrElse(f -> out.println("Undid " + f.name() + " (" + SeedRecords.rows(f.rows()) + ")."),
                    () -> out.println(seed == null ? "No seed file is applied." : seed + " is not applied."));
            return 0;
        }
    }
}
