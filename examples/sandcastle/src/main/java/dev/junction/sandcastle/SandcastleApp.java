package dev.junction.sandcastle;

import static dev.junction.query.Where.eq;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.cli.JunctionApp;
import dev.junction.query.Order;
import dev.junction.query.Query;
import dev.junction.sandcastle.models.Beach;
import dev.junction.sandcastle.models.Sandcastle;
import java.io.PrintWriter;
import java.util.List;

/** The sandcastle town's models, and its main job: sync, fill the town once, print a report. */
public final class SandcastleApp implements JunctionApp {
    /** An H2 database file in the working directory. */
    public static final String DEFAULT_URL = "jdbc:h2:./sandcastle";

    @Override
    public String defaultUrl() {
        return DEFAULT_URL;
    }

    @Override
    public void defineModels(Junction db) {
        db.define(Beach.class);
        db.define(Sandcastle.class, m -> m.attribute("BeachId", a -> a.references("Beach")));
    }

    @Override
    public boolean hasMainJob() {
        return true;
    }

    @Override
    public void runMainJob(Junction db, PrintWriter out) {
        db.sync();
        Model<Beach> beaches = db.model(Beach.class);
        Model<Sandcastle> castles = db.model(Sandcastle.class);
        fillOnce(db, beaches, castles);
        out.println("Sandcastle town (" + db.dialect().name() + ")");
        for (Beach beach : beaches.findAll(Query.all().order(Order.asc("name")))) {
            List<Sandcastle> built = castles.findAll(Query.where(eq("BeachId", beach.id())).order(Order.asc("name")));
            out.println("  " + beach.name() + (built.isEmpty() ? ": no sandcastles yet" : ":"));
            built.forEach(c -> out.println("    - " + c.name() + " (" + c.height() + " cm)"));
        }
    }

    private static void fillOnce(Junction db, Model<Beach> beaches, Model<Sandcastle> castles) {
        if (beaches.count() > 0) {
            return;
        }
        db.useTransaction(tx -> {
            Beach north = beaches.create(new Beach("North Beach"));
            Beach dune = beaches.create(new Beach("Dune Cove"));
            beaches.create(new Beach("Pier Point"));
            castles.create(new Sandcastle("Moat Manor", 40, north.id()));
            castles.create(new Sandcastle("Tide Tower", 75, north.id()));
            castles.create(new Sandcastle("Shell Keep", 30, dune.id()));
        });
    }
}
