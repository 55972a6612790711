package dev.junction.cli;

import dev.junction.cli.internal.DbDropCommand;
import dev.junction.cli.internal.DbMigrateCommand;
import dev.junction.cli.internal.DbMigrateStatusCommand;
import dev.junction.cli.internal.DbMigrateUndoAllCommand;
import dev.junction.cli.internal.DbMigrateUndoCommand;
import dev.junction.cli.internal.DbPullCommand;
import dev.junction.cli.internal.DbSeedAllCommand;
import dev.junction.cli.internal.DbSeedCommand;
import dev.junction.cli.internal.DbSeedStatusCommand;
import dev.junction.cli.internal.DbSeedUndoAllCommand;
import dev.junction.cli.internal.DbSeedUndoCommand;
import dev.junction.cli.internal.DbCheckCommand;
import dev.junction.cli.internal.DbSyncCommand;
import dev.junction.cli.internal.ErdCommand;
import dev.junction.cli.internal.MigrationGenerateCommand;
import dev.junction.cli.internal.ModelsCommand;
import dev.junction.cli.internal.RootCommand;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine;

/**
 * The {@code junction} command line, for any application's models: {@code db:sync [--force|--alter]},
 * {@code db:check}, {@code db:pull --package PACKAGE [--out DIR]} (also {@code models:pull}), {@code db:drop},
 * {@code db:migrate [--to NAME] [--resume]}, {@code db:migrate:undo [--name NAME]}, {@code db:migrate:undo:all},
 * {@code db:migrate:status}, {@code db:seed:all}, {@code db:seed --seed NAME},
 * {@code db:seed:undo [--seed NAME]}, {@code db:seed:undo:all}, {@code db:seed:status}, {@code models},
 * {@code erd [--format mermaid|dot]},
 * {@code migration:generate --name NAME [--dialects …] [--allow-data-loss] [--backfill Table.column=VALUE]…
 * [--flyway]}.
 * Options every command takes: {@code --url}, {@code --env}, {@code --config FILE}, {@code --seeders DIR},
 * {@code --migrations DIR}, {@code --seed-namespace NAME},
 * {@code --verbose}; settings also come from {@code junction.yaml} and {@code $JUNCTION_URL}/{@code $JUNCTION_ENV}
 * (see the README's "CLI" section). Exit codes: 0 success, 1 a user-facing error (one line, no stack trace unless
 * {@code --verbose}), 2 a usage error (an unknown
 * command or option, or none: the usage goes to standard error). Without a {@link JunctionApp}, {@link JunctionMain}
 * finds the models on the class path.
 */
public final class JunctionCli {
    private JunctionCli() {
    }

    /** Runs a command with the app's models, printing to standard output and error; returns the exit code. */
    public static int run(JunctionApp app, String... args) {
        boolean terminal = System.console() != null;
        return run(app, System.getenv(), Path.of(""), terminal, new PrintWriter(System.out, true),
                new PrintWriter(System.err, true), args);
    }

    /** Runs a command with the app's models, printing to the given writers; returns the exit code. */
    public static int run(JunctionApp app, PrintWriter out, PrintWriter err, String... args) {
        return run(app, System.getenv(), Path.of(""), false, out, err, args);
    }

    /** Runs a command with a given environment and working directory (so tests can set JUNCTION_URL). */
    static int run(JunctionApp app, Map<String, String> environment, Path workingDir, boolean terminal,
                   PrintWriter out, PrintWriter err, String... args) {
        CommandLine line = commandLine(app, environment, workingDir, terminal);
        line.setOut(out);
        line.setErr(err);
        return line.execute(args);
    }

    /** The picocli command tree, for applications that embed it in their own. */
    public static CommandLine commandLine(JunctionApp app) {
        return commandLine(app, System.getenv(), Path.of(""), System.console() != null);
    }

    private static CommandLine commandLine(JunctionApp app, Map<String, String> environment, Path workingDir,
                                           boolean terminal) {
        RootCommand root = new RootCommand(app, environment, workingDir.toAbsolutePath(), terminal);
        CommandLine line = new CommandLine(root);
        line.addSubcommand("db:sync", new DbSyncCommand(root));
        line.addSubcommand("db:check", new DbCheckCommand(root));
        line.addSubcommand("db:pull", new DbPullCommand(root));
        line.addSubcommand("db:drop", new DbDropCommand(root));
        line.addSubcommand("db:migrate", new DbMigrateCommand(root));
        line.addSubcommand("db:migrate:undo", new DbMigrateUndoCommand(root));
        line.addSubcommand("db:migrate:undo:all", new DbMigrateUndoAllCommand(root));
        line.addSubcommand("db:migrate:status", new DbMigrateStatusCommand(root));
        line.addSubcommand("db:seed:all", new DbSeedAllCommand(root));
        line.addSubcommand("db:seed", new DbSeedCommand(root));
        line.addSubcommand("db:seed:undo", new DbSeedUndoCommand(root));
        line.addSubcommand("db:seed:undo:all", new DbSeedUndoAllCommand(root));
        line.addSubcommand("db:seed:status", new DbSeedStatusCommand(root));
        line.addSubcommand("migration:generate", new MigrationGenerateCommand(root));
        line.addSubcommand("models", new ModelsCommand(root));
        line.addSubcommand("erd", new ErdCommand(root));
        line.setCaseInsensitiveEnumValuesAllowed(true);
        line.setExecutionExceptionHandler(root::handleError);
        return line;
    }
}
