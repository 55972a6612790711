package dev.junction.readme;

import static dev.junction.association.Associations.as;
import static dev.junction.query.Include.include;
import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Row;
import dev.junction.association.BelongsToMany;
import dev.junction.association.Through;
import dev.junction.query.Loaded;
import dev.junction.schema.DataType;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.util.List;
import java.util.Map;

/** The README's "Paranoid join tables" example, as written there, on every database. */
class ReadmeParanoidJoinTest {
    record User(Long id, String username) { }

    record Show(Long id, String title) { }

    @DialectTest
    void theParanoidJoinTablesExample(TestTarget target) {
        Junction db = target.open();
        Model<User> users = db.define(User.class);
        Model<Show> shows = db.define(Show.class);
        db.define("UserFavorites", m -> m.attribute("rating", DataType.integer()));
        BelongsToMany<User, Show> favorites = users.belongsToMany(shows,
                as("Favorites").through(Through.of("UserFavorites").paranoid()));
        db.sync();
        User alice = users.create(new User(null, "alice"));
        Show dune = shows.create(new Show(null, "Dune"));
        favorites.add(alice, List.of(dune), Map.of("rating", 5));

        favorites.remove(alice, dune);
        assertThat(favorites.has(alice, dune)).isFalse();
        List<Loaded<User>> loaded = users.findAll(include(favorites).withDeleted());
        assertThat(loaded.get(0).get(favorites)).containsExactly(dune);
        List<Row> revived = favorites.add(alice, List.of(dune), Map.of("rating", 4));

        assertThat(revived).singleElement().satisfies(row -> {
            assertThat(row.getInteger("rating")).isEqualTo(4);
            assertThat(row.get("deletedAt")).isNull();
        });
        assertThat(favorites.getLinked(alice)).singleElement()
                .satisfies(linked -> assertThat(linked.through().getInteger("rating")).isEqualTo(4));
        assertThat(db.model("UserFavorites").count()).isEqualTo(1);
    }
}
