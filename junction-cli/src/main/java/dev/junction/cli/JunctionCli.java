package dev.junction.cli;

import dev.junction.cli.internal.DbDropCommand;
import dev.junction.cli.internal.DbSyncCommand;
import dev.junction.cli.internal.ModelsCommand;
import dev.junction.cli.internal.RootCommand;
import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * The {@code junction} command line, for any application's models: {@code db:sync [--force|--alter]},
 * {@code db:drop}, {@code models}. Exit codes: 0 success, 1 a user-facing error (one line, no stack trace unless
 * {@code --verbose}), 2 a usage error.
 */
public final class JunctionCli {
    private JunctionCli() {
    }

    /** Runs a command with the app's models, printing to standard output and error; returns the exit code. */
    public static int run(JunctionApp app, String... args) {
        return run(app, new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs a command with the app's models, printing to the given writers; returns the exit code. */
    public static int run(JunctionApp app, PrintWriter out, PrintWriter err, String... args) {
        CommandLine line = commandLine(app);
        line.setOut(out);
        line.setErr(err);
        return line.execute(args);
    }

    /** The picocli command tree, for applications that embed it in their own. */
    public static CommandLine commandLine(JunctionApp app) {
        RootCommand root = new RootCommand(app);
        CommandLine line = new CommandLine(root);
        line.addSubcommand("db:sync", new DbSyncCommand(root));
        line.addSubcommand("db:drop", new DbDropCommand(root));
        line.addSubcommand("models", new ModelsCommand(root));
        line.setExecutionExceptionHandler(root::handleError);
        return line;
    }
}
