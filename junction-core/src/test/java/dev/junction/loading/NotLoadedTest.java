package dev.junction.loading;

import static dev.junction.query.Include.include;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.NotLoadedException;
import dev.junction.loading.Tv.Show;
import dev.junction.loading.Tv.User;
import dev.junction.query.Loaded;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.util.List;

/** What was not included says so and names the include to add; what was included but found nothing is empty. */
class NotLoadedTest {

    @DialectTest
    void readingAnAssociationThatWasNotIncludedNamesTheIncludeToAdd(TestTarget target) {
        Tv tv = Tv.open(target);
        User alice = tv.user("alice");
        tv.favorites.add(alice, tv.show("Dune", null));

        Loaded<User> loaded = tv.users.findAll(include(tv.favorites)).get(0);

        assertThatThrownBy(() -> loaded.get(tv.watched)).isInstanceOf(NotLoadedException.class)
                .hasMessageContaining("User.Watched").hasMessageContaining("include(Watched)");
        assertThatThrownBy(() -> loaded.get(tv.profile)).isInstanceOf(NotLoadedException.class)
                .hasMessageContaining("User.Profile").hasMessageContaining("include(Profile)");
        assertThatThrownBy(() -> loaded.linked(tv.watched)).isInstanceOf(NotLoadedException.class)
                .hasMessageContaining("User.Watched");
        assertThatThrownBy(() -> loaded.loaded(tv.watched)).isInstanceOf(NotLoadedException.class)
                .hasMessageContaining("User.Watched");
    }

    @DialectTest
    void aNestedAssociationThatWasNotIncludedNamesItsModel(TestTarget target) {
        Tv tv = Tv.open(target);
        User alice = tv.user("alice");
        tv.favorites.add(alice, tv.show("Dune", tv.network("HBO")));

        Loaded<Show> dune = tv.users.findAll(include(tv.favorites)).get(0).loaded(tv.favorites).get(0);

        assertThatThrownBy(() -> dune.get(tv.network)).isInstanceOf(NotLoadedException.class)
                .hasMessageContaining("Show.Network").hasMessageContaining("include(Network)");
    }

    @DialectTest
    void loadWithoutIncludesLoadsNothingAndSaysSo(TestTarget target) {
        Tv tv = Tv.open(target);
        User alice = tv.user("alice");

        List<Loaded<User>> loaded = tv.users.load(List.of(alice));

        assertThat(loaded.get(0).get()).isEqualTo(alice);
        assertThatThrownBy(() -> loaded.get(0).get(tv.favorites)).isInstanceOf(NotLoadedException.class)
                .hasMessageContaining("include(Favorites)");
    }

    @DialectTest
    void includedAssociationsThatFoundNothingAreEmpty(TestTarget target) {
        Tv tv = Tv.open(target);
        tv.user("loner");
        tv.show("Orphan", null);
        tv.network("Empty");

        Loaded<User> user = tv.users.findAll(include(tv.favorites), include(tv.profile)).get(0);
        Loaded<Show> show = tv.shows.findAll(include(tv.network), include(tv.fans)).get(0);

        assertThat(user.get(tv.favorites)).isEmpty();
        assertThat(user.linked(tv.favorites)).isEmpty();
        assertThat(user.loaded(tv.favorites)).isEmpty();
        assertThat(user.get(tv.profile)).isEmpty();
        assertThat(show.get(tv.network)).isEmpty();
        assertThat(show.get(tv.fans)).isEmpty();
        assertThat(tv.networks.findAll(include(tv.catalog)).get(0).get(tv.catalog)).isEmpty();
    }

    @DialectTest
    void nestedIncludesBeneathNothingAreStillLoaded(TestTarget target) {
        Tv tv = Tv.open(target);
        User alice = tv.user("alice");
        User bob = tv.user("bob");
        tv.favorites.add(alice, tv.show("Orphan", null));

        List<Loaded<User>> loaded = tv.users.findAll(dev.junction.query.Query.all().order(
                dev.junction.query.Order.asc("id")), include(tv.favorites).include(include(tv.network)));

        assertThat(loaded.get(0).loaded(tv.favorites).get(0).get(tv.network)).isEmpty();
        assertThat(loaded.get(1).get()).isEqualTo(bob);
        assertThat(loaded.get(1).loaded(tv.favorites)).isEmpty();
    }
}
