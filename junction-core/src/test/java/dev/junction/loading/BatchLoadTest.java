package dev.junction.loading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.loading.Beaches.Beach;
import dev.junction.loading.Beaches.Sandcastle;
import dev.junction.loading.Tv.Network;
import dev.junction.loading.Tv.Profile;
import dev.junction.loading.Tv.Show;
import dev.junction.loading.Tv.User;
import dev.junction.testing.Backend;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** An association's load(sources) fills every source at once: one query per chunk of keys, never one per source. */
class BatchLoadTest {

    @DialectTest
    void belongsToManyLoadReturnsEverySourceInOneQuery(TestTarget target) {
        Tv tv = Tv.open(target);
        List<User> people = tv.users("alice", "bob", "carol");
        Show dune = tv.show("Dune", null);
        Show arrival = tv.show("Arrival", null);
        tv.favorites.add(people.get(0), dune, arrival);
        tv.favorites.add(people.get(2), dune);
        List<User> asked = List.of(people.get(2), people.get(1), people.get(0));
        @SuppressWarnings({"unchecked", "rawtypes"}) Map<User, List<Show>>[] result = new Map[1];

        int statements = tv.count(() -> result[0] = tv.favorites.load(asked));

        assertThat(statements).isEqualTo(1);
        assertThat(result[0].keySet()).containsExactlyElementsOf(asked);
        assertThat(result[0].get(people.get(0))).containsExactlyInAnyOrder(dune, arrival);
        assertThat(result[0].get(people.get(1))).isEmpty();
        assertThat(result[0].get(people.get(2))).containsExactly(dune);
    }

    @DialectTest
    void hasManyLoadReturnsEverySourceInOneQuery(TestTarget target) {
        Beaches b = Beaches.open(target);
        Beach venice = b.beach("Venice");
        Beach malibu = b.beach("Malibu");
        Beach quiet = b.beach("Quiet");
        Sandcastle tower = b.castle("Tower", venice);
        Sandcastle moat = b.castle("Moat", venice);
        Sandcastle keep = b.castle("Keep", malibu);
        @SuppressWarnings({"unchecked", "rawtypes"}) Map<Beach, List<Sandcastle>>[] result = new Map[1];

        int statements = b.count(() -> result[0] = b.castles.load(List.of(venice, malibu, quiet)));

        assertThat(statements).isEqualTo(1);
        assertThat(result[0].keySet()).containsExactly(venice, malibu, quiet);
        assertThat(result[0].get(venice)).containsExactlyInAnyOrder(tower, moat);
        assertThat(result[0].get(malibu)).containsExactly(keep);
        assertThat(result[0].get(quiet)).isEmpty();
    }

    @DialectTest
    void belongsToLoadMapsSourcesThatHaveATarget(TestTarget target) {
        Tv tv = Tv.open(target);
        Network hbo = tv.network("HBO");
        Network bbc = tv.network("BBC");
        Show dune = tv.show("Dune", hbo);
        Show sherlock = tv.show("Sherlock", bbc);
        Show arrival = tv.show("Arrival", hbo);
        Show orphan = tv.show("Orphan", null);
        @SuppressWarnings({"unchecked", "rawtypes"}) Map<Show, Network>[] result = new Map[1];

        int statements = tv.count(() -> result[0] = tv.network.load(List.of(dune, sherlock, arrival, orphan)));

        assertThat(statements).isEqualTo(1);
        assertThat(result[0]).containsExactly(Map.entry(dune, hbo), Map.entry(sherlock, bbc), Map.entry(arrival, hbo));
    }

    @DialectTest
    void hasOneLoadMapsSourcesThatHaveATarget(TestTarget target) {
        Tv tv = Tv.open(target);
        List<User> people = tv.users("alice", "bob");
        Profile bobs = tv.profile.create(people.get(1), new Profile(null, "bob here", null));

        Map<User, Profile> loaded = tv.profile.load(people);

        assertThat(loaded).containsExactly(Map.entry(people.get(1), bobs));
    }

    @DialectTest
    void loadOfNoSourcesRunsNoStatement(TestTarget target) {
        Tv tv = Tv.open(target);

        int statements = tv.count(() -> assertThat(tv.favorites.load(List.of())).isEmpty());

        assertThat(statements).isZero();
    }

    @DialectTest
    void loadRunsOneQueryPerChunkOfKeys(TestTarget target) {
        Tv tv = Tv.open(target);
        int n = 40_000;
        List<User> many = tv.users.bulkCreate(IntStream.range(0, n).mapToObj(i -> new User(null, "u" + i)).toList());
        Show dune = tv.show("Dune", null);
        tv.userFavorites().bulkCreate(IntStream.range(0, n).filter(i -> i % 3 == 0)
                .mapToObj(i -> dev.junction.Row.of("UserId", many.get(i).id(), "ShowId", dune.id())).toList());
        @SuppressWarnings({"unchecked", "rawtypes"}) Map<User, List<Show>>[] result = new Map[1];

        int statements = tv.count(() -> result[0] = tv.favorites.load(many));

        int limit = tv.db.dialect().maxBindParameters();
        int chunks = target.backend() == Backend.POSTGRESQL ? 1 : (n + limit - 1) / limit;
        assertThat(statements).isEqualTo(chunks);
        assertThat(chunks).isEqualTo(target.backend() == Backend.SQLITE ? 2 : 1);
        assertThat(result[0]).hasSize(n);
        for (int i = 0; i < n; i++) {
            assertThat(result[0].get(many.get(i))).hasSize(i % 3 == 0 ? 1 : 0);
        }
    }
}
