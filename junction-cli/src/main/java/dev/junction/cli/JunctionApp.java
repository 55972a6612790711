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

    /** The application's own job, run when no subcommand is given, on the opened database with its models. */
    default void runMainJob(Junction db, java.io.PrintWriter out) {
    }
}
