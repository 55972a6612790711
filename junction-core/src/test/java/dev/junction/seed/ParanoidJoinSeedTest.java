package dev.junction.seed;

import static dev.junction.association.Associations.as;
import static dev.junction.query.Where.eq;
import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.association.BelongsToMany;
import dev.junction.association.Through;
import dev.junction.seed.Town.Show;
import dev.junction.seed.Town.User;
import dev.junction.testing.DialectTest;
import dev.junction.testing.RawSql;
import dev.junction.testing.TestTarget;
import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.io.TempDir;

/**
 * A paranoid join table in seed files: a link row is inserted as any row (live), and undo deletes the rows the file
 * seeded for real — a seeded link soft-deleted since included — since the ledger undoes what the file wrote.
 */
class ParanoidJoinSeedTest {
    @TempDir
    Path seeders;

    @DialectTest
    void seededLinksAreLiveAndUndoDeletesThemForRealEvenWhenSoftDeleted(TestTarget target) throws SQLException {
        Junction db = target.open();
        Model<User> users = db.define(User.class);
        Model<Show> shows = db.define(Show.class);
        BelongsToMany<User, Show> favorites = users.belongsToMany(shows,
                as("Favorites").through(Through.of("UserFavorites").paranoid()));
        db.sync();
        Town.write(seeders, "01-town.yaml", """
                User:
                  - { username: alice }
                Show:
                  - { title: Dune }
                  - { title: Arrival }
                UserFavorites:
                  - { User: { username: alice }, Show: { title: Dune } }
                  - { User: { username: alice }, Show: { title: Arrival } }
                """);
        Seeder seeder = Seeder.of(db, seeders);
        seeder.applyPending();
        User alice = users.findOne(eq("username", "alice")).orElseThrow();
        Show dune = shows.findOne(eq("title", "Dune")).orElseThrow();
        assertThat(favorites.get(alice)).extracting(Show::title).containsExactlyInAnyOrder("Dune", "Arrival");

        favorites.remove(alice, dune);
        RawSql raw = new RawSql(target, db);
        assertThat(raw.count("UserFavorites")).isEqualTo(2);

        assertThat(seeder.undoLast()).isPresent();
        assertThat(raw.count("UserFavorites")).isZero();
        assertThat(raw.count("Users")).isZero();
    }
}
