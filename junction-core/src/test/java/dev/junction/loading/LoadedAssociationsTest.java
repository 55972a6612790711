package dev.junction.loading;

import static dev.junction.query.Include.include;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.association.Association;
import dev.junction.association.Linked;
import dev.junction.loading.Tv.Show;
import dev.junction.loading.Tv.User;
import dev.junction.query.Loaded;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.util.List;

/**
 * {@code Loaded.loadedAssociations()} lists what was loaded, in include order, for whoever walks the tree (a JSON
 * writer); {@code Linked} names its join model.
 */
class LoadedAssociationsTest {

    @DialectTest
    void loadedAssociationsAreTheIncludesInTheirOrderAtEveryLevel(TestTarget target) {
        Tv tv = Tv.open(target);
        User alice = tv.user("alice");
        tv.rate(alice, tv.show("Dune", tv.network("HBO")), 5);

        Loaded<User> loaded = tv.users.findAll(include(tv.profile), include(tv.favorites)
                .include(include(tv.network)), include(tv.watched)).get(0);

        assertThat(loaded.loadedAssociations()).extracting(Association::as)
                .containsExactly("Profile", "Favorites", "Watched");
        assertThat(loaded.loaded(tv.favorites).get(0).loadedAssociations()).extracting(Association::as)
                .containsExactly("Network");
        assertThat(loaded.loaded(tv.favorites).get(0).loaded(tv.network).get(0).loadedAssociations()).isEmpty();
    }

    @DialectTest
    void associationsNotIncludedAreNotListedAndTheListIsReadOnly(TestTarget target) {
        Tv tv = Tv.open(target);
        tv.user("bob");

        Loaded<User> loaded = tv.users.findAll(include(tv.watched)).get(0);

        assertThat(loaded.loadedAssociations()).extracting(Association::as).containsExactly("Watched");
        List<Association<User, ?>> list = loaded.loadedAssociations();
        assertThatThrownBy(() -> list.add(tv.favorites)).isInstanceOf(UnsupportedOperationException.class);
    }

    @DialectTest
    void linkedTargetsNameTheirJoinModel(TestTarget target) {
        Tv tv = Tv.open(target);
        User carol = tv.user("carol");
        Show dune = tv.show("Dune", null);
        tv.rate(carol, dune, 4);

        Linked<Show> fromInclude = tv.users.findAll(include(tv.favorites)).get(0).linked(tv.favorites).get(0);
        Linked<Show> fromGetter = tv.favorites.getLinked(carol).get(0);

        assertThat(fromInclude.throughModel()).isEqualTo("UserFavorites");
        assertThat(fromGetter.throughModel()).isEqualTo("UserFavorites");
        assertThat(fromGetter.target()).isEqualTo(dune);
    }
}
