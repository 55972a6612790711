package dev.junction.cli.internal;

import dev.junction.Junction;
import dev.junction.JunctionConfig;
import dev.junction.JunctionException;
import dev.junction.cli.JunctionApp;
import dev.junction.internal.jdbc.PasswordMask;
import dev.junction.seed.Seeder;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/** The top-level {@code junction} command: global options, settings, database opening and error reporting. */
@Command(name = "junction", mixinStandardHelpOptions = true, version = "junction 0.1.0",
        description = "Sync, migrate, seed, inspect and drop the tables of an application's Junction models.")
public final class RootCommand implements Callable<Integer> {
    private final JunctionApp app;
    private final Map<String, String> environment;
    private final Path workingDir;
    private final boolean terminal;

    @Option(names = "--url", scope = CommandLine.ScopeType.INHERIT,
            description = "JDBC URL of the database (default: $JUNCTION_URL, else the environment's url in"
                    + " junction.yaml, else the application's default)")
    String url;

    @Option(names = "--env", scope = CommandLine.ScopeType.INHERIT,
            description = "Section of junction.yaml to use (default: $JUNCTION_ENV, else development)")
    String env;

    @Option(names = "--config", scope = CommandLine.ScopeType.INHERIT, paramLabel = "FILE",
            description = "Config file (default: junction.yaml in the working directory, if there is one)")
    Path config;

    @Option(names = "--seeders", scope = CommandLine.ScopeType.INHERIT, paramLabel = "DIR",
            description = "Folder of seed files (default: the environment's seeders in junction.yaml, else seeders)")
    Path seeders;

    @Option(names = "--migrations", scope = CommandLine.ScopeType.INHERIT, paramLabel = "DIR",
            description = "Folder of migrations, one subfolder per database (default: the environment's migrations"
                    + " in junction.yaml, else migrations)")
    Path migrations;

    @Option(names = "--seed-namespace", scope = CommandLine.ScopeType.INHERIT, paramLabel = "NAME",
            description = "Namespace the seed files are recorded under, for several applications on one database"
                    + " (default: the application's, else default)")
    String seedNamespace;

    @Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
            description = "Print stack traces of errors")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * @param environment the process environment ({@code JUNCTION_URL}, {@code JUNCTION_ENV})
     * @param workingDir  where {@code junction.yaml} and relative paths are looked for
     * @param terminal    whether output goes to a terminal (progress is drawn as a bar, else printed as lines)
     */
    public RootCommand(JunctionApp app, Map<String, String> environment, Path workingDir, boolean terminal) {
        this.app = app;
        this.environment = environment;
        this.workingDir = workingDir;
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        if (!app.hasMainJob()) {
            // No command is a usage error, as an unknown one is: usage on standard error, exit 2.
            spec.commandLine().getErr().println("Missing command.");
            spec.commandLine().usage(spec.commandLine().getErr());
            return 2;
        }
        try (Junction db = openWithModels()) {
            // The job's own output is its report; seeding progress goes to standard error.
            Seeder seeder = Seeder.of(db, settings().seeders()).withNamespace(seedNamespace())
                    .withProgress(terminal ? new ProgressBarDisplay() : new ProgressLines(spec.commandLine().getErr()));
            app.runMainJob(db, seeder, spec.commandLine().getOut());
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    /** Whether output goes to a terminal, where a command may ask questions. */
    public boolean terminal() {
        return terminal;
    }

    /** The settings these options, the environment and the config file give. */
    public Settings settings() {
        return Settings.resolve(new Settings.Options(url, env, seeders, config, migrations),
                app.defaultUrl(), app.defaultSeeders(), app.defaultMigrations(), environment, workingDir);
    }

    /** The settings, or {@code null} when they cannot be worked out (the error being reported may be why). */
    private Settings settingsOrNull() {
        try {
            return settings();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The URL to use (see {@link Settings}). */
    public String resolvedUrl() {
        return settings().url();
    }

    /** Opens the database and defines the app's models on it. */
    public Junction openWithModels() {
        Settings settings = settings();
        if (settings.url() == null) {
            throw new dev.junction.ConnectionException("No database to open: give --url, set JUNCTION_URL, or name"
                    + " a url in junction.yaml", null);
        }
        return withModels(Junction.open(JunctionConfig.builder().url(settings.url()).user(settings.user())
                .password(settings.password()).build()));
    }

    /**
     * The app's models on a private in-memory H2 database, for commands that read the models only (generating a
     * migration) when no database is configured.
     */
    public Junction openModelsOffline() {
        return withModels(Junction.open("jdbc:h2:mem:"));
    }

    /** {@code db} with the app's models defined; closed when defining them fails. */
    private Junction withModels(Junction db) {
        try {
            app.defineModels(db);
            return db;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** A path given on the command line, relative to the working directory. */
    public Path resolve(Path path) {
        return workingDir.resolve(path);
    }

    /** A seeder for the settings' folder and the app's seed namespace, showing progress on this command's output. */
    public Seeder seeder(Junction db) {
        return Seeder.of(db, settings().seeders()).withNamespace(seedNamespace())
                .withProgress(terminal ? new ProgressBarDisplay() : new ProgressLines(spec.commandLine().getOut()));
    }

    private String seedNamespace() {
        return seedNamespace != null ? seedNamespace : app.seedNamespace();
    }

    /** A migrator for the settings' migrations folder. */
    public dev.junction.migration.Migrator migrator(Junction db) {
        return dev.junction.migration.Migrator.of(db, settings().migrations());
    }

    /** Junction's errors are the user's: one line, exit 1. Anything else is a bug: stack trace, exit 1. */
    public int handleError(Exception e, CommandLine line, CommandLine.ParseResult parse) {
        Settings settings = settingsOrNull();
        PasswordMask mask = new PasswordMask(settings == null ? null : settings.url(),
                settings == null ? null : settings.password());
        if (e instanceof JunctionException && !verbose) {
            line.getErr().println("error: " + mask.mask(String.valueOf(e.getMessage()).lines().findFirst().orElse("")));
        } else {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            line.getErr().print(mask.mask(trace.toString()));
            line.getErr().flush();
        }
        return 1;
    }
}
