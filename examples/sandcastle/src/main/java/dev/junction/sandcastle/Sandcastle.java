package dev.junction.sandcastle;

import dev.junction.cli.JunctionCli;

/**
 * The sandcastle app's entry point: with no arguments it prints the town's report (on an H2 file in the working
 * directory, or the database given by {@code --url}); with a {@code junction} command ({@code db:sync},
 * {@code models} …) it runs that command with the app's models.
 */
public final class Sandcastle {
    private Sandcastle() {
    }

    public static void main(String[] args) {
        System.exit(JunctionCli.run(new SandcastleApp(), args));
    }
}
