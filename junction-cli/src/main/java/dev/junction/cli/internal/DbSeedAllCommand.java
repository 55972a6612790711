package dev.junction.cli.internal;

import dev.junction.Junction;
import dev.junction.seed.SeedFile;
import dev.junction.seed.Seeder;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code db:seed:all}: applies every pending seed file, in name order. */
@Command(name = "db:seed:all", description = "Apply every pending seed file of the seeders folder, in name order")
public final class DbSeedAllCommand implements Callable<Integer> {
    private final RootCommand root;

    @Spec
    CommandSpec spec;

    public DbSeedAllCommand(RootCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        try (Junction db = root.openWithModels()) {
            Seeder seeder = root.seeder(db);
            List<String> pending = seeder.status().stream().filter(f -> !f.applied() && f.onDisk())
                    .map(SeedFile::name).toList();
            List<SeedFile> applied = seeder.applyPending();
            PrintWriter out = spec.commandLine().getOut();
            if (pending.isEmpty()) out.println("No pending seed files in " + seeder.folder() + ".");
            applied.forEach(f -> out.println("Applied " + f.name() + " (" + SeedRecords.rows(f.rows()) + ")."));
            List<String> done = applied.stream().map(SeedFile::name).toList();
            pending.stream().filter(name -> !done.contains(name))
                    .forEach(name -> out.println("Skipped " + name + ": already applied by another process."));
            return 0;
        }
    }
}
