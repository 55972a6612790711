package dev.junction.cli.internal;

import dev.junction.Junction;
import dev.junction.seed.SeedFile;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code db:seed:status}: lists the seed files, applied and pending. */
@Command(name = "db:seed:status", description = "List the seed files: applied (when, how many rows) and pending")
public final class DbSeedStatusCommand implements Callable<Integer> {
    private final RootCommand root;

    @Spec
    CommandSpec spec;

    public DbSeedStatusCommand(RootCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        try (Junction db = root.openWithModels()) {
            List<SeedFile> files = root.seeder(db).status();
            PrintWriter out = spec.commandLine().getOut();
            int width = Math.max(1, files.stream().mapToInt(f -> f.name().length()).max().orElse(1));
            for (SeedFile f : files) {
                String name = String.format("%-" + width + "s", f.name());
                out.println(f.applied() ? "applied  " + name + "  " + f.appliedAt() + " (" + SeedRecords.rows(f.rows()) + ")"
                        + (f.onDisk() ? "" : ", file missing") : "pending  " + name);
            }
            long applied = files.stream().filter(SeedFile::applied).count();
            out.println(applied + " applied, " + (files.size() - applied) + " pending.");
            return 0;
        }
    }
}
