package dev.junction.seed;

import static dev.junction.association.Associations.as;
import static dev.junction.association.Associations.through;
import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.seed.Town.Show;
import dev.junction.seed.Town.User;
import dev.junction.testing.Backend;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.io.TempDir;

/** Seed files write their rows with bulkCreate's bulk path: one COPY per batch on PostgreSQL, undone exactly. */
class SeedBulkPathTest {
    @TempDir
    Path seeders;

    @DialectTest
    void joinRowsNamedByNaturalKeyAreLoadedWithTheBulkPathAndUndoneExactly(TestTarget target) {
        List<String> statements = new CopyOnWriteArrayList<>();
        Junction db = target.open(b -> b.listener((sql, parameters, nanos) -> statements.add(sql)));
        Model<User> users = db.define(User.class);
        Model<Show> shows = db.define(Show.class);
        users.belongsToMany(shows, as("Favorites").through("UserFavorites"));
        shows.belongsToMany(users, through("UserFavorites"));
        db.sync();
        StringBuilder people = new StringBuilder("User:\n");
        for (int i = 1; i <= 10; i++) people.append("  - { username: user").append(i).append(" }\n");
        people.append("Show:\n");
        for (int i = 1; i <= 10; i++) people.append("  - { title: show").append(i).append(" }\n");
        StringBuilder links = new StringBuilder("UserFavorites:\n");
        for (int u = 1; u <= 10; u++) {
            for (int s = 1; s <= 10; s++) {
                links.append("  - { User: { username: user").append(u).append(" }, Show: { title: show").append(s)
                        .append(" } }\n");
            }
        }
        Town.write(seeders, "01-people.yaml", people.toString());
        Town.write(seeders, "02-favorites.yaml", links.toString());
        Seeder seeder = Seeder.of(db, seeders);
        seeder.applyPending();
        Model<?> favorites = db.model("UserFavorites");
        assertThat(favorites.count()).isEqualTo(100);
        assertThat(statements.stream().filter(s -> s.startsWith("COPY \"UserFavorites\"")).count())
                .isEqualTo(target.backend() == Backend.POSTGRESQL ? 1 : 0);

        seeder.undoLast();

        assertThat(favorites.count()).isZero();
        assertThat(users.count()).isEqualTo(10);
    }
}
