package dev.junction.cli.internal;

import dev.junction.Junction;
import dev.junction.seed.SeedFile;
import dev.junction.seed.Seeder;
import dev.junction.seed.UndoOptions;
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

    @Option(names = "--cascade", description = "Undo even when rows made otherwise refer to the seeded rows: their"
            + " foreign keys delete or null them (by default the undo is refused, naming them)")
    boolean cascade;

    @Spec
    CommandSpec spec;

    public DbSeedUndoCommand(RootCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        try (Junction db = root.openWithModels()) {
            Seeder seeder = root.seeder(db);
            UndoOptions options = cascade ? UndoOptions.cascade() : UndoOptions.refuse();
            Optional<SeedFile> undone = seed == null ? seeder.undoLast(options) : seeder.undo(seed, options);
            PrintWriter out = spec.commandLine().getOut();
            undone.ifPresentOrElse(f -> SeedRecords.printUndone(out, f),
                    () -> out.println(seed == null ? "No seed file is applied." : seed + " is not applied."));
            return 0;
        }
    }
}
