package dev.junction.cli.internal;

import dev.junction.Junction;
import dev.junction.JunctionException;
import dev.junction.cli.JunctionApp;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The top-level {@code junction} command: global options, database opening and error reporting. */
@Command(name = "junction", mixinStandardHelpOptions = true, version = "junction 0.1.0",
        description = "Sync, inspect and drop the tables of an application's Junction models.")
public final class RootCommand implements Callable<Integer> {
    private final JunctionApp app;

    @Option(names = "--url", scope = CommandLine.ScopeType.INHERIT,
            description = "JDBC URL of the database (default: $JUNCTION_URL, else the application's default)")
    String url;

    @Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
            description = "Print stack traces of errors")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public RootCommand(JunctionApp app) {
        this.app = app;
    }

    @Override
    public Integer call() {
        if (!app.hasMainJob()) {
            spec.commandLine().usage(spec.commandLine().getOut());
            return 0;
        }
        try (Junction db = openWithModels()) {
            app.runMainJob(db, spec.commandLine().getOut());
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    /** The URL to use: {@code --url}, else {@code JUNCTION_URL}, else the app's default. */
    public String resolvedUrl() {
        if (url != null) return url;
        String fromEnv = System.getenv("JUNCTION_URL");
        return fromEnv != null && !fromEnv.isBlank() ? fromEnv : app.defaultUrl();
    }

    /** Opens the database and defines the app's models on it. */
    public Junction openWithModels() {
        Junction db = Junction.open(resolvedUrl());
        try {
            app.defineModels(db);
            return db;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** Junction's errors are the user's: one line, exit 1. Anything else is a bug: stack trace, exit 1. */
    public int handleError(Exception e, CommandLine line, CommandLine.ParseResult parse) {
        if (e instanceof JunctionException && !verbose) {
            line.getErr().println("error: " + e.getMessage());
        } else {
            e.printStackTrace(line.getErr());
        }
        return 1;
    }
}
