package dev.junction.loading;

import static dev.junction.query.Where.eq;
import static dev.junction.query.Where.gt;
import static dev.junction.query.Where.like;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.Row;
import dev.junction.ValidationException;
import dev.junction.loading.Tv.Network;
import dev.junction.loading.Tv.Show;
import dev.junction.loading.Tv.User;
import dev.junction.testing.Backend;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** countAll(sources): the count of an association for many owners in one GROUP BY statement, zeros included. */
class CountAllTest {

    @DialectTest
    void belongsToManyCountsEveryOwnerInOneStatementWithZeros(TestTarget target) {
        Tv tv = Tv.open(target);
        List<User> people = tv.users("alice", "bob", "carol");
        Show dune = tv.show("Dune", null);
        Show arrival = tv.show("Arrival", null);
        tv.favorites.add(people.get(0), dune, arrival);
        tv.favorites.add(people.get(2), dune);
        List<User> asked = List.of(people.get(2), people.get(1), people.get(0));
        @SuppressWarnings({"unchecked", "rawtypes"}) Map<User, Long>[] counts = new Map[1];

        int statements = tv.count(() -> counts[0] = tv.favorites.countAll(asked));

        assertThat(statements).isEqualTo(1);
        assertThat(counts[0]).containsExactly(Map.entry(people.get(2), 1L), Map.entry(people.get(1), 0L),
                Map.entry(people.get(0), 2L));
        assertThat(tv.fans.countAll(List.of(dune, arrival))).containsExactly(Map.entry(dune, 2L),
                Map.entry(arrival, 1L));
    }

    @DialectTest
    void filtersAgreeWithCountOfOneSource(TestTarget target) {
        Tv tv = Tv.open(target);
        List<User> people = tv.users("alice", "bob");
        Show dune = tv.show("Dune", null);
        Show arrival = tv.show("Arrival", null);
        tv.rate(people.get(0), dune, 5);
        tv.rate(people.get(0), arrival, 2);
        tv.rate(people.get(1), arrival, 4);

        Map<User, Long> byTitle = tv.favorites.countAll(people, like("title", "A%"), null);
        Map<User, Long> byRating = tv.favorites.countAll(people, null, gt("rating", 3));

        assertThat(byTitle).containsExactly(Map.entry(people.get(0), 1L), Map.entry(people.get(1), 1L));
        assertThat(byRating).containsExactly(Map.entry(people.get(0), 1L), Map.entry(people.get(1), 1L));
        for (User u : people) {
            assertThat(byTitle.get(u)).isEqualTo(tv.favorites.count(u, like("title", "A%"), null));
            assertThat(byRating.get(u)).isEqualTo(tv.favorites.count(u, null, gt("rating", 3)));
        }
    }

    @DialectTest
    void hasManyCountsTargetsReferringToEachOwner(TestTarget target) {
        Tv tv = Tv.open(target);
        Network hbo = tv.network("HBO");
        Network bbc = tv.network("BBC");
        tv.show("Dune", hbo);
        tv.show("Succession", hbo);
        tv.show("Sherlock", bbc);

        assertThat(tv.catalog.countAll(List.of(hbo, bbc))).containsExactly(Map.entry(hbo, 2L), Map.entry(bbc, 1L));
        assertThat(tv.catalog.countAll(List.of(hbo, bbc), eq("title", "Dune")))
                .containsExactly(Map.entry(hbo, 1L), Map.entry(bbc, 0L));
        assertThat(tv.catalog.countAll(List.of())).isEmpty();
    }

    @DialectTest
    void withoutAForeignKeyOnlyLinksToExistingTargetsCount(TestTarget target) {
        Tv tv = Tv.open(target);
        var picks = tv.users.belongsToMany(tv.shows, dev.junction.association.Associations.as("Picks")
                .through("Picks").constraints(false));
        tv.db.sync();
        User alice = tv.user("alice");
        Show dune = tv.show("Dune", null);
        picks.add(alice, dune);
        tv.db.model("Picks").bulkCreate(List.of(Row.of("UserId", alice.id(), "ShowId", dune.id() + 1000)));

        assertThat(picks.countAll(List.of(alice))).containsExactly(Map.entry(alice, 1L));
        assertThat(picks.count(alice)).isEqualTo(1L);
        assertThat(tv.favorites.countAll(List.of(alice))).containsExactly(Map.entry(alice, 0L));
    }

    @DialectTest
    void linksWithAForeignKeyAreCountedWithoutReadingTheTargetTable(TestTarget target) {
        List<String> statements = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        dev.junction.Junction db = target.open(b -> b.listener((sql, values, nanos) -> statements.add(sql)));
        dev.junction.Model<User> users = db.define(User.class);
        dev.junction.Model<Show> shows = db.define(Show.class, m -> m.paranoid());
        var favorites = users.belongsToMany(shows, dev.junction.association.Associations.as("Favorites")
                .through("UserFavorites"));
        db.sync();
        User alice = users.create(new User(null, "alice"));
        Show dune = shows.create(new Show(null, "Dune", null));
        Show gone = shows.create(new Show(null, "Gone", null));
        favorites.add(alice, dune, gone);
        shows.destroy(gone);
        statements.clear();

        Map<User, Long> live = favorites.countAll(List.of(alice));
        String liveSql = statements.get(0);
        statements.clear();
        var loaded = users.load(List.of(alice), dev.junction.query.Include.include(favorites).withDeleted().countOnly());
        Map<User, Long> all = Map.of(loaded.get(0).get(), loaded.get(0).count(favorites));

        assertThat(live).containsExactly(Map.entry(alice, 1L));
        assertThat(liveSql).contains("Shows");
        assertThat(all).containsExactly(Map.entry(alice, 2L));
        assertThat(statements).hasSize(1);
        assertThat(statements.get(0)).contains("UserFavorites").doesNotContain("Shows");
    }

    @DialectTest
    void badSourcesAreTypedErrors(TestTarget target) {
        Tv tv = Tv.open(target);
        User alice = tv.user("alice");
        assertThatThrownBy(() -> tv.favorites.countAll(null)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("sources");
        assertThatThrownBy(() -> tv.favorites.countAll(java.util.Arrays.asList(alice, null)))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> tv.favorites.countAll(List.of(alice), eq("nope", 1), null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("nope");
    }

    @DialectTest
    void ownersBeyondOneChunkAreCountedInOneStatementPerChunk(TestTarget target) {
        Tv tv = Tv.open(target);
        int n = 40_000;
        List<User> many = tv.users.bulkCreate(IntStream.range(0, n).mapToObj(i -> new User(null, "u" + i)).toList());
        Show dune = tv.show("Dune", null);
        Show arrival = tv.show("Arrival", null);
        tv.userFavorites().bulkCreate(IntStream.range(0, n).filter(i -> i % 3 == 0)
                .mapToObj(i -> Row.of("UserId", many.get(i).id(), "ShowId", dune.id())).toList());
        tv.userFavorites().bulkCreate(IntStream.range(0, n).filter(i -> i % 5 == 0)
                .mapToObj(i -> Row.of("UserId", many.get(i).id(), "ShowId", arrival.id())).toList());
        @SuppressWarnings({"unchecked", "rawtypes"}) Map<User, Long>[] counts = new Map[1];

        int statements = tv.count(() -> counts[0] = tv.favorites.countAll(many));

        assertThat(statements).isEqualTo(target.backend() == Backend.SQLITE ? 2 : 1);
        assertThat(counts[0]).hasSize(n);
        for (int i = 0; i < n; i++) {
            long expected = (i % 3 == 0 ? 1 : 0) + (i % 5 == 0 ? 1 : 0);
            if (counts[0].get(many.get(i)) != expected) {
                assertThat(counts[0].get(many.get(i))).as("favourites of user %d", i).isEqualTo(expected);
            }
        }
    }
}
