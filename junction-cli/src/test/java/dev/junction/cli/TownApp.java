package dev.junction.cli;

import static dev.junction.association.Associations.as;
import static dev.junction.association.Associations.through;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.annotation.Column;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

/**
 * A small application for CLI tests: users and shows linked through UserFavorites, beaches and sandcastles (whose
 * name must not be empty).
 */
final class TownApp implements JunctionApp {
    record User(Long id, @Column(unique = true, allowNull = false) String username) { }

    record Show(Long id, String title) { }

    record Beach(Long id, @Column(unique = true) String name) { }

    record Sandcastle(Long id, String name, Long BeachId) { }

    /** What a command printed, and its exit code. */
    record Result(int exitCode, String out, String err) { }

    private final String url;

    TownApp(String url) {
        this.url = url;
    }

    @Override
    public String defaultUrl() {
        return url;
    }

    @Override
    public void defineModels(Junction db) {
        Model<User> users = db.define(User.class);
        Model<Show> shows = db.define(Show.class);
        users.belongsToMany(shows, as("Favorites").through("UserFavorites"));
        shows.belongsToMany(users, as("Fans").through("UserFavorites"));
        Model<Beach> beaches = db.define(Beach.class);
        Model<Sandcastle> castles = db.define(Sandcastle.class, m -> m.attribute("name", a -> a.notEmpty()));
        castles.belongsTo(beaches);
        beaches.hasMany(castles);
    }

    /** Runs the command in {@code workingDir} with {@code environment} as the process environment. */
    static Result run(JunctionApp app, Map<String, String> environment, Path workingDir, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = JunctionCli.run(app, environment, workingDir, false, new PrintWriter(out, true),
                new PrintWriter(err, true), args);
        return new Result(code, out.toString(), err.toString());
    }
}
