package dev.junction.cli.internal;

import dev.junction.Junction;
import dev.junction.schema.SchemaCheck;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code db:check}: compares the models with the live database and prints every difference; exits with 1 when there
 * is any (for CI), 0 when the database matches. Changes nothing.
 */
@Command(name = "db:check", description = "Compare the models with the database; exit 1 when they differ")
public final class DbCheckCommand implements Callable<Integer> {
    private final RootCommand root;

    @Spec
    CommandSpec spec;

    public DbCheckCommand(RootCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        try (Junction db = root.openWithModels()) {
            SchemaCheck check = db.check();
            spec.commandLine().getOut().println(check);
            return check.matches() ? 0 : 1;
        }
    }
}
