package dev.junction.lifecycle;

import static dev.junction.association.Associations.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.seed.Seeder;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.io.TempDir;

/** Seeds are written by bulkCreate, so they run the models' hooks — a join model's too. */
class SeedHooksTest {
    @TempDir
    Path seeders;

    record User(Long id, String username) {
    }

    record Show(Long id, String title) {
    }

    @DialectTest
    void seededRowsGoThroughTheHooks(TestTarget target) throws IOException {
        Junction db = target.open();
        List<String> links = new CopyOnWriteArrayList<>();
        Model<User> users = db.define(User.class, m -> m.hooks(User.class, h -> h
                .beforeCreate(u -> new User(u.id(), u.username().toLowerCase(Locale.ROOT)))));
        Model<Show> shows = db.define(Show.class, m -> m.hooks(Show.class, h -> h.beforeBulkCreate(list -> {
            if (list.stream().anyMatch(s -> s.title().isBlank())) throw new IllegalArgumentException("blank");
            return list;
        })));
        db.define("UserFavorites", m -> m.hooks(dev.junction.Row.class, h -> h
                .afterCreate(r -> links.add(r.get("UserId") + "-" + r.get("ShowId")))));
        users.belongsToMany(shows, as("Favorites").through("UserFavorites"));
        db.sync();
        Files.writeString(seeders.resolve("01-people.yaml"), """
                User: [{ username: ALICE }]
                Show: [{ title: Dune }]
                UserFavorites:
                  - { User: { username: alice }, Show: { title: Dune } }
                """);
        Files.writeString(seeders.resolve("02-bad.yaml"), """
                Show: [{ title: Arrival }, { title: " " }]
                """);

        assertThatThrownBy(() -> Seeder.of(db, seeders).applyPending()).hasStackTraceContaining("blank");

        User alice = users.findAll().get(0);
        assertThat(alice.username()).isEqualTo("alice");
        Show dune = shows.findAll().get(0);
        assertThat(shows.findAll()).extracting(Show::title).containsExactly("Dune");
        assertThat(links).containsExactly(alice.id() + "-" + dune.id());
    }
}
