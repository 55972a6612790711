package dev.junction.sandcastle;

import dev.junction.Junction;
import dev.junction.cli.JunctionApp;
import dev.junction.sandcastle.models.Town;
import java.io.PrintWriter;

/** The sandcastle town's models, and its main job: sync, fill the town once, print the report. */
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

    @Override
    public boolean hasMainJob() {
        return true;
    }

    @Override
    public void runMainJob(Junction db, PrintWriter out) {
        db.sync();
        TownFill.fillOnce(db);
        out.println("Sandcastle town (" + db.dialect().name() + ")");
        new TownReport(db).print(out);
    }
}
