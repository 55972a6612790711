package dev.junction.cli.internal;

import dev.junction.Junction;
import dev.junction.seed.SeedFile;
import java.io.PrintWriter;

/** Shared by the seed commands: wording, and forgetting applied files when commands empty the model tables. */
final class SeedRecords {
    private SeedRecords() {
    }

    /** How many seed files of the app's namespace are applied. */
    static long applied(RootCommand root, Junction db) {
        return root.seeder(db).status().stream().filter(SeedFile::applied).count();
    }

    /**
     * Forgets every applied seed file of the app's namespace (their rows are gone), saying how many were applied
     * before ({@code applied}) when there were any.
     */
    static void forget(RootCommand root, Junction db, long applied, PrintWriter out) {
        root.seeder(db).forgetAll();
        if (applied > 0) out.println("Forgot " + applied + " applied seed file(s); they are pending again.");
    }

    /** {@code Undid 01-town.yaml (5 rows).}, then what a cascade also did, a line each. */
    static void printUndone(PrintWriter out, SeedFile file) {
        out.println("Undid " + file.name() + " (" + rows(file.rows()) + ").");
        file.cascaded().forEach(line -> out.println("  also " + line + "."));
    }

    /** {@code 1 row}, {@code 5 rows}. */
    static String rows(long count) {
        return count == 1 ? "1 row" : count + " rows";
    }
}
