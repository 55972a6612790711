package dev.junction.cli;

import dev.junction.Junction;

/**
 * What an application hands the {@code junction} command: its models. The CLI opens the database (from
 * {@code --url}, {@code JUNCTION_URL} or the app's default), asks the app to define its models on it, and runs the
 * command.
 *
 * <pre>{@code
 * public static void main(String[] args) {
 *     System.exit(JunctionCli.run(new JunctionApp() {
 *         public String defaultUrl() { return "jdbc:h2:./shows"; }
 *         public void defineModels(Junction db) { db.define(User.class); db.define(Show.class); }
 *     }, args));
 * }
 * }</pre>
 */
public interface JunctionApp {
    /** The JDBC URL used when neither {@code --url} nor {@code JUNCTION_URL} gives one. */
    String defaultUrl();

    /** Defines every model of the application on {@code db}. */
    void defineModels(Junction db);

    /** Whether the command run without a subcommand does the application's own job (else it prints usage). */
    default boolean hasMainJob() {
        return false;
    }

    /**
     * The seed folder used when neither {@code --seeders} nor the config file names one; {@code null} (the
     * default) means {@code seeders/} in the working directory. An application that ships its seed files names
     * where they are.
     */
    default java.nio.file.Path defaultSeeders() {
        return null;
    }

    /**
     * The migrations folder (one subfolder per database) used when neither {@code --migrations} nor the config file
     * names one; {@code null} (the default) means {@code migrations/} in the working directory.
     */
    default java.nio.file.Path defaultMigrations() {
        return null;
    }

    /**
     * The namespace the application's seed files are recorded under ({@code Seeder.withNamespace}): files of the
     * same name that another application applied to the same database stay that application's. The default,
     * {@code Seeder.DEFAULT_NAMESPACE}, suits one application per database and every database seeded before
     * namespaces.
     */
    default String seedNamespace() {
        return dev.junction.seed.Seeder.DEFAULT_NAMESPACE;
    }

    /**
     * The application's own job, run when no subcommand is given, on the opened database with its models; the
     * seeder reads the configured seed folder and reports progress like {@code db:seed:all}.
     */
    default void runMainJob(Junction db, dev.junction.seed.Seeder seeder, java.io.PrintWriter out) {
    }
}
