package dev.junction.association;

import static dev.junction.association.Associations.as;
import static dev.junction.association.Associations.through;
import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Row;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.util.List;
import java.util.Map;

class FavoritesSmokeTest {
    record User(Long id, String username) { }

    record Show(Long id, String title) { }

    @DialectTest
    void theLessonsFavoritesWork(TestTarget target) {
        Junction db = target.open();
        Model<User> users = db.define(User.class);
        Model<Show> shows = db.define(Show.class);
        BelongsToMany<User, Show> favorites = users.belongsToMany(shows, as("Favorites").through("UserFavorites"));
        BelongsToMany<Show, User> fans = shows.belongsToMany(users, through("UserFavorites"));
        db.sync();

        User alice = users.create(new User(null, "alice"));
        Show dune = shows.create(new Show(null, "Dune"));
        Show arrival = shows.create(new Show(null, "Arrival"));
        favorites.add(alice, dune);
        favorites.add(alice, dune, arrival.id());
        assertThat(favorites.get(alice)).containsExactlyInAnyOrder(dune, arrival);
        assertThat(favorites.count(alice)).isEqualTo(2);
        assertThat(favorites.has(alice, dune, arrival)).isTrue();
        assertThat(fans.get(dune)).containsExactly(alice);
        favorites.set(alice, List.of(arrival));
        assertThat(favorites.get(alice)).containsExactly(arrival);
        favorites.remove(alice, arrival);
        assertThat(favorites.count(alice)).isZero();
        Show created = favorites.create(alice, new Show(null, "Solaris"));
        assertThat(favorites.get(alice)).containsExactly(created);

        Model<Row> links = db.model("UserFavorites");
        assertThat(links.findAll()).hasSize(1);
        links.bulkCreate(List.of(Row.of("UserId", alice.id(), "ShowId", dune.id())));
        assertThat(favorites.get(alice)).containsExactlyInAnyOrder(created, dune);
        assertThat(links.findAll().get(0).get("createdAt")).isNotNull();
        assertThat(db.describe().table("UserFavorites").orElseThrow().primaryKey())
                .containsExactly("UserId", "ShowId");
        assertThat(Map.of()).isEmpty();
    }
}
