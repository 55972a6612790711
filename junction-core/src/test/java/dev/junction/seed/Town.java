package dev.junction.seed;

import static dev.junction.association.Associations.as;
import static dev.junction.association.Associations.through;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.annotation.Column;
import dev.junction.testing.TestTarget;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** The models seed tests use: users and shows linked through UserFavorites; beaches, sandcastles and tools. */
final class Town {
    enum Genre { DRAMA, SCIFI }

    record User(Long id, @Column(unique = true, allowNull = false) String username, Integer age) { }

    record Show(Long id, @Column(allowNull = false) String title, LocalDate premiered,
                @Column(precision = 3, scale = 1) BigDecimal rating, Genre genre, UUID code, Boolean running) { }

    record Beach(Long id, @Column(unique = true) String name) { }

    record Sandcastle(Long id, String name, Integer height, Long BeachId) { }

    record Tool(Long id, String name, Long SandcastleId) { }

    static final String[] TABLES = {"Users", "Shows", "UserFavorites", "Beaches", "Sandcastles", "Tools"};

    private Town() {
    }

    /** Opens the test database with the town's models, synced. */
    static Junction open(TestTarget target) {
        Junction db = target.open();
        Model<User> users = db.define(User.class);
        Model<Show> shows = db.define(Show.class);
        users.belongsToMany(shows, as("Favorites").through("UserFavorites"));
        shows.belongsToMany(users, through("UserFavorites"));
        Model<Beach> beaches = db.define(Beach.class);
        Model<Sandcastle> castles = db.define(Sandcastle.class);
        castles.belongsTo(beaches);
        db.define(Tool.class).belongsTo(castles);
        db.sync();
        return db;
    }

    /** Writes a seed file into {@code folder}; returns its path. */
    static Path write(Path folder, String name, String text) {
        try {
            return Files.writeString(folder.resolve(name), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every table's row count, read over plain JDBC. */
    static Map<String, Long> counts(TestTarget target) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = target.jdbc(); Statement s = c.createStatement()) {
            String q = target.backend() == dev.junction.testing.Backend.MARIADB ? "`" : "\"";
            for (String table : TABLES) {
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + q + table + q)) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        }
        return counts;
    }
}
