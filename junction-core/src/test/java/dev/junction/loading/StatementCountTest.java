package dev.junction.loading;

import static dev.junction.query.Include.include;
import static dev.junction.query.Order.asc;
import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.loading.Crowd.Fan;
import dev.junction.loading.Tv.Network;
import dev.junction.loading.Tv.Profile;
import dev.junction.loading.Tv.Show;
import dev.junction.loading.Tv.User;
import dev.junction.query.Include;
import dev.junction.query.Loaded;
import dev.junction.query.Query;
import dev.junction.query.Where;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Loading runs 1 + (include nodes) × (chunks of keys) statements: never one per parent or per child. */
class StatementCountTest {

    private static Tv filled(TestTarget target) {
        Tv tv = Tv.open(target);
        Network hbo = tv.network("HBO");
        List<Show> all = List.of(tv.show("Dune", hbo), tv.show("Arrival", null), tv.show("Sherlock", hbo));
        for (int i = 0; i < 12; i++) {
            User user = tv.user("user" + i);
            tv.favorites.set(user, all.subList(0, i % 4));
            tv.watched.set(user, all.subList(i % 3, 3));
            if (i % 2 == 0) tv.profile.create(user, new Profile(null, "bio" + i, null));
        }
        return tv;
    }

    /** Five include nodes: Favorites → Network → Catalog, Watched, Profile. */
    private static List<Include<?, ?>> fiveNodes(Tv tv) {
        return List.of(include(tv.favorites).include(include(tv.network).include(include(tv.catalog))),
                include(tv.watched), include(tv.profile));
    }

    @DialectTest
    void findAllRunsOneStatementPlusOnePerIncludeNode(TestTarget target) {
        Tv tv = filled(target);

        int statements = tv.count(() -> tv.users.findAll(Query.all(), fiveNodes(tv)));

        assertThat(statements).isEqualTo(1 + 5);
    }

    @DialectTest
    void findAndCountAllAddsOnlyTheCount(TestTarget target) {
        Tv tv = filled(target);

        int statements = tv.count(() -> tv.users.findAndCountAll(Query.all().limit(5), fiveNodes(tv)));

        assertThat(statements).isEqualTo(1 + 5 + 1);
    }

    @DialectTest
    void requiredIncludesAddNoStatementOfTheirOwn(TestTarget target) {
        Tv tv = filled(target);

        int find = tv.count(() -> tv.users.findAll(include(tv.favorites).required()
                .include(include(tv.network).required()), include(tv.watched)));
        int count = tv.count(() -> tv.users.count(Where.all(), include(tv.favorites).required(),
                include(tv.watched).required()));

        assertThat(find).isEqualTo(1 + 3);
        assertThat(count).isEqualTo(1);
    }

    @DialectTest
    void noParentsMeansNoIncludeQueries(TestTarget target) {
        Tv tv = Tv.open(target);

        int statements = tv.count(() -> assertThat(tv.users.findAll(Query.all(), fiveNodes(tv))).isEmpty());

        assertThat(statements).isEqualTo(1);
    }

    @DialectTest
    void childrenWithoutGrandchildKeysSkipTheirLevel(TestTarget target) {
        Tv tv = Tv.open(target);
        User alice = tv.user("alice");
        tv.favorites.add(alice, tv.show("Orphan", null));

        int statements = tv.count(() -> tv.users.findAll(include(tv.favorites).include(include(tv.network))));

        assertThat(statements).as("no show has a network key: nothing to ask for").isEqualTo(2);
    }

    @DialectTest
    void streamRunsOneQueryThenOneIncludeRoundPerBatch(TestTarget target) {
        Tv tv = Tv.open(target);
        tv.users.bulkCreate(java.util.stream.IntStream.range(0, 2_500)
                .mapToObj(i -> new User(null, "user" + i)).toList());
        List<Loaded<User>> streamed = new ArrayList<>();

        int statements = tv.count(() -> {
            try (Stream<Loaded<User>> stream = tv.users.stream(Query.all().order(asc("id")), include(tv.favorites),
                    include(tv.profile))) {
                stream.forEach(streamed::add);
            }
        });

        assertThat(streamed).hasSize(2_500);
        assertThat(statements).as("the stream's query, then 2 includes for each of 3 batches").isEqualTo(1 + 2 * 3);
    }

    /** A page of parents is loaded by key lists (an unpaged query selects its parents again in a subquery). */
    @DialectTest
    void keysAreChunkedBelowTheDialectsLimit(TestTarget target) {
        int n = 70_000;
        Crowd crowd = Crowd.of(target, n);
        List<Loaded<Fan>> loaded = new ArrayList<>();

        int statements = crowd.count(() -> loaded.addAll(crowd.fans.findAll(Query.all().order(asc("id")).limit(n),
                include(crowd.likes).include(include(crowd.network)))));

        int expectedChunks = switch (crowd.backend()) {
            case SQLITE -> 3;       // 32,766 parameters a statement
            case MARIADB -> 2;      // 65,535 parameters
            case H2 -> 2;           // one array of at most 65,536 keys
            case POSTGRESQL -> 1;   // one array, unbounded
        };
        assertThat(crowd.chunks(n)).isEqualTo(expectedChunks);
        assertThat(statements).isEqualTo(1 + expectedChunks + 1);
        assertThat(loaded).hasSize(n);
        for (int i = 0; i < n; i += 997) {
            assertThat(loaded.get(i).get(crowd.likes)).containsExactlyInAnyOrderElementsOf(crowd.showsOf(i));
        }
    }

    /**
     * Unpaged, the same 70,000 parents are selected again by the first level's one statement wherever their keys
     * would need chunks (SQLite, MariaDB, H2 past one array's 65,536 keys) — PostgreSQL's single array stays.
     */
    @DialectTest
    void anUnpagedFirstLevelIsOneStatementHoweverManyParents(TestTarget target) {
        int n = 70_000;
        Crowd crowd = Crowd.of(target, n);
        List<Loaded<Fan>> loaded = new ArrayList<>();

        int statements = crowd.count(() -> loaded.addAll(crowd.fans.findAll(Query.all().order(asc("id")),
                include(crowd.likes).include(include(crowd.network)))));

        assertThat(statements).as("parents, one statement per level").isEqualTo(1 + 1 + 1);
        assertThat(loaded).hasSize(n);
        for (int i = 0; i < n; i += 997) {
            assertThat(loaded.get(i).get(crowd.likes)).containsExactlyInAnyOrderElementsOf(crowd.showsOf(i));
        }
    }
}
