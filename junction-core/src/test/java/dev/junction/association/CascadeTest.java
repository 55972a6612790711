package dev.junction.association;

import static dev.junction.association.Associations.as;
import static dev.junction.association.Associations.through;
import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.association.Lesson.Show;
import dev.junction.association.Lesson.User;
import dev.junction.query.Where;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.util.Map;

/** Deleting a row on either side of a many-to-many takes its link rows with it, unless constraints are off. */
class CascadeTest {

    private static long linksOf(TestTarget target, Junction db, String column, Object key) {
        return Lesson.number(target, "SELECT COUNT(*) FROM " + db.dialect().quote("UserFavorites") + " WHERE "
                + db.dialect().quote(column) + " = ?", key);
    }

    @DialectTest
    void deletingAUserRemovesTheirLinks(TestTarget target) {
        Lesson lesson = Lesson.on(target.open());
        User alice = lesson.user("alice");
        User bob = lesson.user("bob");
        Show dune = lesson.show("Dune");
        Show arrival = lesson.show("Arrival");
        lesson.favorites.add(alice, dune, arrival);
        lesson.favorites.add(bob, dune);

        lesson.users.destroy(alice);

        assertThat(linksOf(target, lesson.db, "UserId", alice.id())).isZero();
        assertThat(lesson.fans.get(dune)).containsExactly(bob);
        assertThat(Lesson.rows(target, lesson.db, "UserFavorites")).isEqualTo(1);
    }

    @DialectTest
    void deletingAShowRemovesItsLinks(TestTarget target) {
        Lesson lesson = Lesson.on(target.open());
        User alice = lesson.user("alice");
        User bob = lesson.user("bob");
        Show dune = lesson.show("Dune");
        Show arrival = lesson.show("Arrival");
        lesson.favorites.add(alice, dune, arrival);
        lesson.favorites.add(bob, dune);

        lesson.shows.destroy(dune);

        assertThat(linksOf(target, lesson.db, "ShowId", dune.id())).isZero();
        assertThat(lesson.favorites.get(alice)).containsExactly(arrival);
        assertThat(lesson.favorites.count(bob)).isZero();
    }

    @DialectTest
    void deletingByAConditionRemovesTheLinksToo(TestTarget target) {
        Lesson lesson = Lesson.on(target.open());
        User alice = lesson.user("alice");
        Show dune = lesson.show("Dune");
        Show arrival = lesson.show("Arrival");
        lesson.favorites.add(alice, dune, arrival);

        lesson.shows.destroy(Where.like("title", "D%"));

        assertThat(Lesson.rows(target, lesson.db, "UserFavorites")).isEqualTo(1);
        assertThat(lesson.favorites.get(alice)).containsExactly(arrival);
    }

    @DialectTest
    void changingAUsersKeyCarriesTheirLinks(TestTarget target) {
        Lesson lesson = Lesson.on(target.open());
        User alice = lesson.user("alice");
        Show dune = lesson.show("Dune");
        lesson.favorites.add(alice, dune);

        lesson.users.update(Map.of("id", 1000L), Where.eq("id", alice.id()));

        assertThat(linksOf(target, lesson.db, "UserId", 1000L)).isEqualTo(1);
        assertThat(lesson.favorites.get(new User(1000L, "alice"))).containsExactly(dune);
    }

    @DialectTest
    void withoutConstraintsDeletingLeavesTheLinkRows(TestTarget target) {
        Junction db = target.open();
        Model<User> users = db.define(User.class);
        Model<Show> shows = db.define(Show.class);
        BelongsToMany<User, Show> favorites = users.belongsToMany(shows, as("Favorites")
                .through("UserFavorites").constraints(false));
        BelongsToMany<Show, User> fans = shows.belongsToMany(users, through("UserFavorites").constraints(false));
        db.sync();
        User alice = users.create(new User("alice"));
        User bob = users.create(new User("bob"));
        Show dune = shows.create(new Show("Dune"));
        Show arrival = shows.create(new Show("Arrival"));
        favorites.add(alice, dune, arrival);
        favorites.add(bob, dune);

        shows.destroy(dune);
        users.destroy(bob);

        assertThat(Lesson.rows(target, db, "UserFavorites")).isEqualTo(3);
        assertThat(favorites.get(alice)).containsExactly(arrival);
        assertThat(favorites.count(alice)).isEqualTo(1);
        assertThat(favorites.has(alice, dune)).isFalse();
        assertThat(fans.get(arrival)).containsExactly(alice);
    }

    @DialectTest
    void withoutConstraintsLinksToMissingRowsMayBeWritten(TestTarget target) {
        Junction db = target.open();
        Model<User> users = db.define(User.class);
        Model<Show> shows = db.define(Show.class);
        BelongsToMany<User, Show> favorites = users.belongsToMany(shows, as("Favorites")
                .through("UserFavorites").constraints(false));
        shows.belongsToMany(users, through("UserFavorites").constraints(false));
        db.sync();
        User alice = users.create(new User("alice"));

        favorites.add(alice, 4242L);

        assertThat(Lesson.rows(target, db, "UserFavorites")).isEqualTo(1);
        assertThat(favorites.get(alice)).isEmpty();
        assertThat(favorites.count(alice)).isZero();
    }
}
