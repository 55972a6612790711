package dev.junction.readme;

import static dev.junction.association.Associations.as;
import static dev.junction.association.Associations.through;
import static dev.junction.query.Where.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.BulkOptions;
import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Row;
import dev.junction.annotation.Column;
import dev.junction.association.BelongsToMany;
import dev.junction.seed.SeedException;
import dev.junction.seed.SeedFile;
import dev.junction.seed.Seeder;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

/** The README's "Seeding" examples — the seed file is read from the README itself — on every database. */
class ReadmeSeedingTest {
    record User(Long id, @Column(unique = true, allowNull = false) String username, Integer age) { }

    record Show(Long id, String title, LocalDate premiered) { }

    record Beach(Long id, @Column(unique = true) String name) { }

    record Sandcastle(Long id, String name, Integer height, Long BeachId) { }

    @TempDir
    Path seeders;

    /** The README's {@code seeders/01-town.yaml}, as printed there. */
    private static String readmeSeedFile() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        int start = readme.indexOf("# seeders/01-town.yaml\n");
        return readme.substring(start, readme.indexOf("```", start));
    }

    @DialectTest
    void bulkInserts(TestTarget target) {
        Junction db = target.open();
        Model<User> users = db.define(User.class);
        Model<Show> shows = db.define(Show.class);
        users.belongsToMany(shows, as("Favorites").through("UserFavorites"));
        db.sync();
        List<User> created = users.bulkCreate(List.of(new User(null, "alice", 30), new User(null, "bob", 25)));
        User alice = created.get(0);
        Show dune = shows.create(new Show(null, "Dune", null));
        db.model("UserFavorites").bulkCreate(List.of(Row.of("UserId", alice.id(), "ShowId", dune.id())));
        List<User> more = List.of(new User(null, "alice", 31), new User(null, "carol", 40));
        users.bulkCreate(more, BulkOptions.ignoreDuplicates());
        assertThat(users.findOne(eq("username", "alice")).orElseThrow().age()).isEqualTo(30);
        users.bulkCreate(more, BulkOptions.updateOnDuplicate("age"));
        assertThat(users.findOne(eq("username", "alice")).orElseThrow().age()).isEqualTo(31);
        assertThat(users.count()).isEqualTo(3);
        assertThat(db.model("UserFavorites").count()).isEqualTo(1);
    }

    @DialectTest
    void seedFiles(TestTarget target) throws IOException {
        Junction db = target.open();
        Model<User> users = db.define(User.class);
        Model<Show> shows = db.define(Show.class);
        BelongsToMany<User, Show> favorites = users.belongsToMany(shows, as("Favorites").through("UserFavorites"));
        shows.belongsToMany(users, through("UserFavorites"));
        Model<Beach> beaches = db.define(Beach.class);
        db.define(Sandcastle.class).belongsTo(beaches);
        db.sync();
        Files.writeString(seeders.resolve("01-town.yaml"), readmeSeedFile());

        Seeder seeder = Seeder.of(db, seeders);
        assertThat(seeder.applyPending()).extracting(SeedFile::name).containsExactly("01-town.yaml");
        assertThat(seeder.applyPending()).isEmpty();
        assertThat(seeder.status()).extracting(SeedFile::applied).containsExactly(true);
        User alice = users.findOne(eq("username", "alice")).orElseThrow();
        assertThat(favorites.get(alice)).extracting(Show::title).containsExactly("Dune");
        assertThat(shows.findOne(eq("title", "Dune")).orElseThrow().premiered()).isEqualTo(LocalDate.of(2021, 10, 22));
        Long north = beaches.findOne(eq("name", "North Beach")).orElseThrow().id();
        assertThat(db.model(Sandcastle.class).findAll()).extracting(Sandcastle::BeachId).containsOnly(north);

        Files.writeString(seeders.resolve("02-favorites.yaml"), """
                UserFavorites:
                  - { User: { username: alice }, Show: { title: Arrival } }
                  - { User: { username: alice }, Show: { title: Dun } }
                """);
        assertThatThrownBy(seeder::applyPending).isInstanceOf(SeedException.class).hasMessage("Seed file"
                + " 02-favorites.yaml, line 3 (UserFavorites entry 2), column Show: {title: Dun} matches no Show row");
        assertThat(favorites.get(alice)).hasSize(1);

        assertThat(seeder.undoLast()).map(SeedFile::name).contains("01-town.yaml");
        assertThat(seeder.undoAll()).isEmpty();
        assertThat(users.count() + shows.count() + beaches.count()).isZero();
    }
}
