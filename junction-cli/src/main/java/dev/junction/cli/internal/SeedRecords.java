package dev.junction.cli.internal;

import dev.junction.Junction;
import dev.junction.seed.SeedFile;
import dev.junction.seed.Seeder;
import java.io.PrintWriter;

/** Shared by the seed commands: wording, and forgetting applied files when commands empty the model tables. */
final class SeedRecords {
    private SeedRecords() {
    }

    /** Forgets every applied seed file (their rows are gone), saying so when there were any. */
    static void forget(RootCommand root, Junction db, PrintWriter out) {
        Seeder seeder = Seeder.of(db, root.settings().seeders());
        long applied = seeder.status().stream().filter(SeedFile::applied).count();
        seeder.forgetAll();
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
