package dev.junction.cli.internal;

import dev.junction.Junction;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code db:seed --seed NAME}: applies one seed file. */
@Command(name = "db:seed", description = "Apply one seed file (applied files are skipped)")
public final class DbSeedCommand implements Callable<Integer> {
    private final RootCommand root;

    @Option(names = "--seed", required = true, paramLabel = "NAME",
            description = "The seed file, with or without its extension")
    String seed;

    @Spec
    CommandSpec spec;

    public DbSeedCommand(RootCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        try (Junction db = root.openWithModels()) {
            PrintWriter out = spec.commandLine().getOut();
            root.seeder(db).apply(seed).ifPresentOrElse(
                    f -> out.println("Applied " + f.name() + " (" + SeedRecords.rows(f.rows()) + ")."),
                    () -> out.println(seed + " is already applied."));
            return 0;
        }
    }
}
