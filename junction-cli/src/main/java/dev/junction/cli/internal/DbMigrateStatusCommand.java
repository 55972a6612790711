package dev.junction.cli.internal;

import dev.junction.Junction;
import dev.junction.migration.MigrationStatus;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code db:migrate:status}: lists every migration: up, down, failed, edited, gone. */
@Command(name = "db:migrate:status", description = "List the migrations: up (applied), down (pending), failed,"
        + " edited (changed after it was applied), gone (recorded, file missing)")
public final class DbMigrateStatusCommand implements Callable<Integer> {
    private final RootCommand root;

    @Spec
    CommandSpec spec;

    public DbMigrateStatusCommand(RootCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        try (Junction db = root.openWithModels()) {
            List<MigrationStatus> migrations = root.migrator(db).status();
            PrintWriter out = spec.commandLine().getOut();
            migrations.forEach(m -> out.println(MigrationLines.statusLine(m)));
            if (migrations.isEmpty()) out.println("No migrations in " + root.migrator(db).folder() + ".");
            return 0;
        }
    }
}
