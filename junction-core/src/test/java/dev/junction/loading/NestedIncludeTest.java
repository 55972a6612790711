package dev.junction.loading;

import static dev.junction.query.Include.include;
import static dev.junction.query.Order.asc;
import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.association.Linked;
import dev.junction.loading.Beaches.Beach;
import dev.junction.loading.Beaches.Lifeguard;
import dev.junction.loading.Beaches.Sandcastle;
import dev.junction.loading.Tv.Network;
import dev.junction.loading.Tv.Show;
import dev.junction.loading.Tv.User;
import dev.junction.query.Loaded;
import dev.junction.query.Query;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.util.List;

/** Includes nest to any depth, each level loaded once for all its parents. */
class NestedIncludeTest {
    private static final Query BY_ID = Query.all().order(asc("id"));

    @DialectTest
    void fourLevelsLoadFavoritesTheirNetworkAndItsShows(TestTarget target) {
        Tv tv = Tv.open(target);
        List<User> people = tv.users("alice", "bob");
        Network hbo = tv.network("HBO");
        Network bbc = tv.network("BBC");
        Show dune = tv.show("Dune", hbo);
        Show arrival = tv.show("Arrival", hbo);
        Show sherlock = tv.show("Sherlock", bbc);
        Show orphan = tv.show("Orphan", null);
        tv.favorites.add(people.get(0), dune, orphan);
        tv.favorites.add(people.get(1), sherlock);

        List<Loaded<User>> loaded = tv.users.findAll(BY_ID, include(tv.favorites).order(asc("title"))
                .include(include(tv.network).include(include(tv.catalog).order(asc("title")))));

        List<Loaded<Show>> alices = loaded.get(0).loaded(tv.favorites);
        assertThat(alices).extracting(Loaded::get).containsExactly(dune, orphan);
        Loaded<Network> duneNetwork = alices.get(0).loaded(tv.network).get(0);
        assertThat(duneNetwork.get()).isEqualTo(hbo);
        assertThat(duneNetwork.get(tv.catalog)).containsExactly(arrival, dune);
        assertThat(alices.get(1).get(tv.network)).isEmpty();
        assertThat(alices.get(1).loaded(tv.network)).isEmpty();
        Loaded<Show> bobs = loaded.get(1).loaded(tv.favorites).get(0);
        assertThat(bobs.get()).isEqualTo(sherlock);
        assertThat(bobs.loaded(tv.network).get(0).get(tv.catalog)).containsExactly(sherlock);
    }

    @DialectTest
    void nestedLevelsRunOneStatementEach(TestTarget target) {
        Tv tv = Tv.open(target);
        List<User> people = tv.users("alice", "bob", "carol");
        Network hbo = tv.network("HBO");
        Network bbc = tv.network("BBC");
        List<Show> all = List.of(tv.show("Dune", hbo), tv.show("Arrival", bbc), tv.show("Sherlock", bbc));
        for (User user : people) tv.favorites.set(user, all);

        int statements = tv.count(() -> tv.users.findAll(include(tv.favorites)
                .include(include(tv.network).include(include(tv.catalog)))));

        assertThat(statements).isEqualTo(4);
    }

    @DialectTest
    void sharedChildrenAreLoadedOnceAndAppearUnderEveryParent(TestTarget target) {
        Tv tv = Tv.open(target);
        List<User> people = tv.users("alice", "bob", "carol");
        Network hbo = tv.network("HBO");
        Show dune = tv.show("Dune", hbo);
        Show arrival = tv.show("Arrival", hbo);
        for (User user : people) tv.favorites.add(user, dune);
        tv.favorites.add(people.get(2), arrival);
        List<Loaded<User>> loaded = new java.util.ArrayList<>();

        int statements = tv.count(() -> loaded.addAll(tv.users.findAll(BY_ID, include(tv.favorites)
                .order(asc("title")).include(include(tv.network)))));

        Loaded<Show> first = loaded.get(0).loaded(tv.favorites).get(0);
        assertThat(first.get()).isEqualTo(dune);
        assertThat(loaded.get(1).loaded(tv.favorites).get(0)).isSameAs(first);
        assertThat(loaded.get(2).loaded(tv.favorites)).extracting(Loaded::get).containsExactly(arrival, dune);
        assertThat(loaded.get(2).loaded(tv.favorites).get(1)).isSameAs(first);
        assertThat(first.get(tv.network)).contains(hbo);
        assertThat(statements).isEqualTo(3);
        assertThat(tv.params.get(2)).as("the network level asks for each network once").containsExactly(hbo.id());
    }

    @DialectTest
    void beachesLoadLifeguardsThroughShiftsWithEachShiftsColumns(TestTarget target) {
        Beaches b = Beaches.open(target);
        Beach venice = b.beach("Venice");
        Beach malibu = b.beach("Malibu");
        Lifeguard mitch = b.lifeguard("Mitch");
        Lifeguard cj = b.lifeguard("CJ");
        b.shift(venice, mitch, "Mon", 8);
        b.shift(venice, cj, "Tue", 6);
        b.shift(venice, mitch, "Sat", 4);
        b.shift(malibu, cj, "Sun", 5);

        List<Loaded<Beach>> loaded = b.beaches.findAll(BY_ID, include(b.guards).order(asc("name")));

        List<Linked<Lifeguard>> venices = loaded.get(0).linked(b.guards);
        assertThat(venices).extracting(Linked::target).containsExactlyInAnyOrder(mitch, mitch, cj);
        assertThat(venices).filteredOn(l -> l.target().equals(mitch))
                .extracting(l -> l.through().get("day") + "/" + l.through().getInteger("hours"))
                .containsExactlyInAnyOrder("Mon/8", "Sat/4");
        assertThat(loaded.get(1).linked(b.guards)).singleElement().satisfies(l -> {
            assertThat(l.target()).isEqualTo(cj);
            assertThat(l.through().get("day")).isEqualTo("Sun");
            assertThat(l.through().getInteger("hours")).isEqualTo(5);
        });
    }

    @DialectTest
    void beachesLoadLifeguardsAndBackToTheirOtherBeaches(TestTarget target) {
        Beaches b = Beaches.open(target);
        Beach venice = b.beach("Venice");
        Beach malibu = b.beach("Malibu");
        Beach quiet = b.beach("Quiet");
        Lifeguard mitch = b.lifeguard("Mitch");
        Lifeguard cj = b.lifeguard("CJ");
        b.shift(venice, mitch, "Mon", 8);
        b.shift(malibu, mitch, "Tue", 8);
        b.shift(malibu, cj, "Wed", 8);
        Sandcastle tower = b.castle("Tower", malibu);

        List<Loaded<Beach>> loaded = b.beaches.findAll(BY_ID, include(b.castles),
                include(b.guards).order(asc("name")).include(include(b.posts).order(asc("name"))
                        .include(include(b.castles))));

        Loaded<Lifeguard> venicesMitch = loaded.get(0).loaded(b.guards).get(0);
        assertThat(venicesMitch.get()).isEqualTo(mitch);
        assertThat(venicesMitch.get(b.posts)).containsExactly(malibu, venice);
        assertThat(venicesMitch.loaded(b.posts).get(0).get(b.castles)).containsExactly(tower);
        assertThat(venicesMitch.loaded(b.posts).get(1).get(b.castles)).isEmpty();
        assertThat(loaded.get(1).get(b.guards)).containsExactly(cj, mitch);
        assertThat(loaded.get(1).get(b.castles)).containsExactly(tower);
        assertThat(loaded.get(2).get(b.guards)).isEmpty();
    }
}
