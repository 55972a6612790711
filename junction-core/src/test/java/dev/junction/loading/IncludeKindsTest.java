package dev.junction.loading;

import static dev.junction.query.Include.include;
import static dev.junction.query.Order.asc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.ValidationException;
import dev.junction.loading.Tv.Network;
import dev.junction.loading.Tv.Profile;
import dev.junction.loading.Tv.Show;
import dev.junction.loading.Tv.User;
import dev.junction.query.Include;
import dev.junction.query.Loaded;
import dev.junction.query.Query;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.util.List;
import java.util.Optional;

/** Every association kind loads as an include, and several to-many includes never multiply each other. */
class IncludeKindsTest {
    private static final Query BY_ID = Query.all().order(asc("id"));

    @DialectTest
    void belongsToIncludeLoadsEachShowsNetwork(TestTarget target) {
        Tv tv = Tv.open(target);
        Network hbo = tv.network("HBO");
        Network bbc = tv.network("BBC");
        Show dune = tv.show("Dune", hbo);
        Show sherlock = tv.show("Sherlock", bbc);
        Show arrival = tv.show("Arrival", hbo);
        Show orphan = tv.show("Orphan", null);

        List<Loaded<Show>> loaded = tv.shows.findAll(BY_ID, include(tv.network));

        assertThat(loaded).extracting(Loaded::get).containsExactly(dune, sherlock, arrival, orphan);
        assertThat(loaded).extracting(s -> s.get(tv.network)).containsExactly(Optional.of(hbo), Optional.of(bbc),
                Optional.of(hbo), Optional.empty());
    }

    @DialectTest
    void hasOneIncludeLoadsEachUsersProfile(TestTarget target) {
        Tv tv = Tv.open(target);
        List<User> people = tv.users("alice", "bob", "carol");
        Profile alices = tv.profile.create(people.get(0), new Profile(null, "likes dunes", null));
        Profile carols = tv.profile.create(people.get(2), new Profile(null, "likes castles", null));

        List<Loaded<User>> loaded = tv.users.findAll(BY_ID, include(tv.profile));

        assertThat(loaded).extracting(Loaded::get).containsExactlyElementsOf(people);
        assertThat(loaded).extracting(u -> u.get(tv.profile)).containsExactly(Optional.of(alices),
                Optional.empty(), Optional.of(carols));
    }

    @DialectTest
    void hasManyIncludeLoadsEachNetworksShows(TestTarget target) {
        Tv tv = Tv.open(target);
        Network hbo = tv.network("HBO");
        Network bbc = tv.network("BBC");
        Network empty = tv.network("Nothing");
        Show dune = tv.show("Dune", hbo);
        Show sherlock = tv.show("Sherlock", bbc);
        Show arrival = tv.show("Arrival", hbo);

        List<Loaded<Network>> loaded = tv.networks.findAll(BY_ID, include(tv.catalog).order(asc("title")));

        assertThat(loaded).extracting(Loaded::get).containsExactly(hbo, bbc, empty);
        assertThat(loaded.get(0).get(tv.catalog)).containsExactly(arrival, dune);
        assertThat(loaded.get(1).get(tv.catalog)).containsExactly(sherlock);
        assertThat(loaded.get(2).get(tv.catalog)).isEmpty();
    }

    @DialectTest
    void belongsToManyIncludeLoadsEachUsersFavorites(TestTarget target) {
        Tv tv = Tv.open(target);
        List<User> people = tv.users("alice", "bob", "carol");
        Show dune = tv.show("Dune", null);
        Show arrival = tv.show("Arrival", null);
        tv.favorites.add(people.get(0), dune, arrival);
        tv.favorites.add(people.get(1), dune);

        List<Loaded<User>> loaded = tv.users.findAll(BY_ID, include(tv.favorites).order(asc("title")));

        assertThat(loaded).extracting(Loaded::get).containsExactlyElementsOf(people);
        assertThat(loaded.get(0).get(tv.favorites)).containsExactly(arrival, dune);
        assertThat(loaded.get(1).get(tv.favorites)).containsExactly(dune);
        assertThat(loaded.get(2).get(tv.favorites)).isEmpty();
    }

    @DialectTest
    void belongsToManyIncludeIsReadFromTheOtherSideToo(TestTarget target) {
        Tv tv = Tv.open(target);
        List<User> people = tv.users("alice", "bob");
        Show dune = tv.show("Dune", null);
        Show arrival = tv.show("Arrival", null);
        tv.favorites.add(people.get(0), dune, arrival);
        tv.favorites.add(people.get(1), dune);

        List<Loaded<Show>> loaded = tv.shows.findAll(BY_ID, include(tv.fans).order(asc("username")));

        assertThat(loaded.get(0).get(tv.fans)).containsExactlyElementsOf(people);
        assertThat(loaded.get(1).get(tv.fans)).containsExactly(people.get(0));
    }

    @DialectTest
    void toManyIncludesSideBySideEachHoldOnlyTheirOwnItems(TestTarget target) {
        Tv tv = Tv.open(target);
        List<User> people = tv.users("alice", "bob", "carol");
        List<Show> all = List.of(tv.show("A", null), tv.show("B", null), tv.show("C", null), tv.show("D", null),
                tv.show("E", null));
        tv.favorites.add(people.get(0), all.get(0), all.get(1), all.get(2));
        tv.watched.add(people.get(0), all.get(3), all.get(4));
        tv.watched.add(people.get(1), all.get(0), all.get(1), all.get(2), all.get(3));
        Profile bobs = tv.profile.create(people.get(1), new Profile(null, "bob here", null));

        List<Loaded<User>> loaded = tv.users.findAll(BY_ID, include(tv.favorites).order(asc("title")),
                include(tv.watched).order(asc("title")), include(tv.profile));

        assertThat(loaded).hasSize(3);
        assertThat(loaded.get(0).get(tv.favorites)).containsExactly(all.get(0), all.get(1), all.get(2));
        assertThat(loaded.get(0).get(tv.watched)).containsExactly(all.get(3), all.get(4));
        assertThat(loaded.get(0).get(tv.profile)).isEmpty();
        assertThat(loaded.get(1).get(tv.favorites)).isEmpty();
        assertThat(loaded.get(1).get(tv.watched)).containsExactly(all.get(0), all.get(1), all.get(2), all.get(3));
        assertThat(loaded.get(1).get(tv.profile)).contains(bobs);
        assertThat(loaded.get(2).get(tv.favorites)).isEmpty();
        assertThat(loaded.get(2).get(tv.watched)).isEmpty();
    }

    @DialectTest
    void findOneLoadsTheIncludesOfTheRowItFinds(TestTarget target) {
        Tv tv = Tv.open(target);
        List<User> people = tv.users("alice", "bob");
        Show dune = tv.show("Dune", null);
        tv.favorites.add(people.get(1), dune);

        Optional<Loaded<User>> bob = tv.users.findOne(Query.where(dev.junction.query.Where.eq("username", "bob")),
                include(tv.favorites));

        assertThat(bob).isPresent();
        assertThat(bob.get().get()).isEqualTo(people.get(1));
        assertThat(bob.get().get(tv.favorites)).containsExactly(dune);
    }

    @DialectTest
    void findByPkLoadsTheIncludesOfThatRow(TestTarget target) {
        Tv tv = Tv.open(target);
        List<User> people = tv.users("alice", "bob");
        Show dune = tv.show("Dune", null);
        tv.favorites.add(people.get(1), dune);
        Profile bobs = tv.profile.create(people.get(1), new Profile(null, "bob here", null));

        Optional<Loaded<User>> bob = tv.users.findByPk(people.get(1).id(), include(tv.favorites),
                include(tv.profile));

        assertThat(bob).isPresent();
        assertThat(bob.get().get()).isEqualTo(people.get(1));
        assertThat(bob.get().get(tv.favorites)).containsExactly(dune);
        assertThat(bob.get().get(tv.profile)).contains(bobs);
        assertThat(tv.users.findByPk(people.get(1).id() + 100, include(tv.favorites))).isEmpty();
        assertThat(tv.users.findByPk(people.get(0).id())).contains(people.get(0));
    }

    @DialectTest
    void findByPkWithIncludesRejectsANullOrCompositeKey(TestTarget target) {
        Tv tv = Tv.open(target);

        assertThatThrownBy(() -> tv.users.findByPk(null, include(tv.favorites)))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.model()).isEqualTo("User");
                    assertThat(e.attribute()).isEqualTo("id");
                })
                .hasMessageContaining("User.id");
        assertThatThrownBy(() -> tv.userFavorites().findByPk(1, Include.all()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.model())
                        .isEqualTo("UserFavorites"))
                .hasMessageContaining("key of 2 attributes").hasMessageContaining("findOne");
        assertThatThrownBy(() -> tv.userFavorites().findByPk(1, include(tv.favorites)))
                .as("another model's include is read as a key part, and refused as an include")
                .isInstanceOf(ValidationException.class).hasMessageContaining("include(Favorites)")
                .hasMessageContaining("not of UserFavorites");
        assertThatThrownBy(() -> tv.users.findByPk(1, null)).as("a null key part, not an include")
                .isInstanceOf(ValidationException.class).hasMessageContaining("key of 1 attribute");
    }

    @DialectTest
    void loadAddsIncludesToInstancesInHand(TestTarget target) {
        Tv tv = Tv.open(target);
        List<User> people = tv.users("alice", "bob");
        Show dune = tv.show("Dune", null);
        tv.favorites.add(people.get(0), dune);
        tv.watched.add(people.get(1), dune);

        List<Loaded<User>> loaded = tv.users.load(List.of(people.get(1), people.get(0)), include(tv.favorites),
                include(tv.watched));

        assertThat(loaded).extracting(Loaded::get).containsExactly(people.get(1), people.get(0));
        assertThat(loaded.get(0).get(tv.favorites)).isEmpty();
        assertThat(loaded.get(0).get(tv.watched)).containsExactly(dune);
        assertThat(loaded.get(1).get(tv.favorites)).containsExactly(dune);
    }
}
