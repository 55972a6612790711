package dev.junction.sandcastle;

import dev.junction.Junction;
import dev.junction.JunctionException;
import dev.junction.cli.JunctionApp;
import dev.junction.migration.Migrator;
import dev.junction.sandcastle.models.Town;
import dev.junction.seed.Seeder;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The sandcastle town's models, and its main job: apply pending migrations and seed files, let the August storm take
 * its beach, print the report.
 */
public final class SandcastleApp implements JunctionApp {
    /** An H2 database file in the working directory. */
    public static final String DEFAULT_URL = "jdbc:h2:./sandcastle";

    @Override
    public String defaultUrl() {
        return DEFAULT_URL;
    }

    @Override
    public void defineModels(Junction db) {
        Town.define(db);
    }

    /** The town's seed files, {@code examples/sandcastle/seeders} (see {@link #besideTheApp(String)}). */
    @Override
    public Path defaultSeeders() {
        return besideTheApp("seeders");
    }

    /**
     * The town's migrations, {@code examples/sandcastle/migrations}: generated from the models and checked in, one
     * folder per database and the schema snapshot {@code schema.yaml} (see {@link #besideTheApp(String)}).
     */
    @Override
    public Path defaultMigrations() {
        return besideTheApp("migrations");
    }

    /**
     * The app's folder {@code name}: found from where the app's classes are (the jar in {@code target/}, or
     * {@code target/classes}), so the app works from any working directory; {@code name} in the working directory
     * when no parent folder has it.
     */
    private static Path besideTheApp(String name) {
        try {
            Path code = Path.of(SandcastleApp.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path dir = code.getParent(); dir != null; dir = dir.getParent()) {
                if (Files.isDirectory(dir.resolve(name))) return dir.resolve(name);
            }
        } catch (URISyntaxException | SecurityException e) {
            throw new JunctionException("Cannot find the sandcastle folder " + name + ": " + e.getMessage(), e);
        }
        return Path.of(name);
    }

    @Override
    public boolean hasMainJob() {
        return true;
    }

    /**
     * Applies the pending migrations, then the pending seed files, and prints the report. A database whose town was
     * made by {@code sync()} before the migrations (its tables there, no migration recorded) is refused with what to
     * do, rather than failing half-way through the first migration.
     */
    @Override
    public void runMainJob(Junction db, Seeder seeder, PrintWriter out) {
        Migrator migrator = Migrator.of(db, defaultMigrations());
        LegacyTown.refuseIfSyncedWithoutMigrations(db, migrator);
        migrator.migrate();
        seeder.applyPending();
        Storm.takeRipPoint(db);
        out.println("Sandcastle town (" + db.dialect().name() + ")");
        new TownReport(db).print(out);
    }
}
