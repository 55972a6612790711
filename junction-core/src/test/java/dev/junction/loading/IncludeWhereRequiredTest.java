package dev.junction.loading;

import static dev.junction.query.Include.include;
import static dev.junction.query.Order.asc;
import static dev.junction.query.Where.eq;
import static dev.junction.query.Where.gte;
import static dev.junction.query.Where.like;
import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.loading.Tv.Network;
import dev.junction.loading.Tv.Show;
import dev.junction.loading.Tv.User;
import dev.junction.query.Include;
import dev.junction.query.Loaded;
import dev.junction.query.Page;
import dev.junction.query.Query;
import dev.junction.query.Where;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.util.List;
import java.util.stream.Stream;

/**
 * An include with a {@code where} is required, as in Sequelize ({@code include.required = !!include.where}):
 * parents without a match drop out of rows, pages, counts and streams, unless {@code required(false)} keeps them.
 * A join-row filter alone ({@code through(…)}) keeps every parent, and a required include beneath an include
 * that is not required filters only that include's list, never the parents above it — both as in Sequelize.
 */
class IncludeWhereRequiredTest {
    private static final Query BY_ID = Query.all().order(asc("id"));

    /** alice favours Dune and Arrival, bob Dune, carol nothing. */
    private record Fixture(Tv tv, List<User> people, Show dune, Show arrival) {
        static Fixture of(TestTarget target) {
            Tv tv = Tv.open(target);
            List<User> people = tv.users("alice", "bob", "carol");
            Network hbo = tv.network("HBO");
            Show dune = tv.show("Dune", hbo);
            Show arrival = tv.show("Arrival", null);
            tv.rate(people.get(0), dune, 5);
            tv.rate(people.get(0), arrival, 2);
            tv.rate(people.get(1), dune, 3);
            return new Fixture(tv, people, dune, arrival);
        }

        Include<User, Show> arrivals() {
            return include(tv.favorites).where(like("title", "A%"));
        }
    }

    @DialectTest
    void whereDropsParentsWithoutAMatch(TestTarget target) {
        Fixture f = Fixture.of(target);

        List<Loaded<User>> loaded = f.tv.users.findAll(BY_ID, f.arrivals());

        assertThat(loaded).extracting(Loaded::get).containsExactly(f.people.get(0));
        assertThat(loaded.get(0).get(f.tv.favorites)).containsExactly(f.arrival);
    }

    @DialectTest
    void requiredFalseKeepsParentsWithoutAMatch(TestTarget target) {
        Fixture f = Fixture.of(target);

        List<Loaded<User>> loaded = f.tv.users.findAll(BY_ID, f.arrivals().required(false));

        assertThat(loaded).extracting(Loaded::get).containsExactlyElementsOf(f.people);
        assertThat(loaded.get(0).get(f.tv.favorites)).containsExactly(f.arrival);
        assertThat(loaded.get(1).get(f.tv.favorites)).isEmpty();
        assertThat(loaded.get(2).get(f.tv.favorites)).isEmpty();
    }

    @DialectTest
    void theLastRequiredCallWins(TestTarget target) {
        Fixture f = Fixture.of(target);

        assertThat(f.tv.users.findAll(BY_ID, f.arrivals().required(false).required())).hasSize(1);
        assertThat(f.tv.users.findAll(BY_ID, f.arrivals().required().required(false))).hasSize(3);
        assertThat(f.tv.users.findAll(BY_ID, include(f.tv.favorites).required(true))).hasSize(2);
    }

    @DialectTest
    void countsPagesAndStreamsAgreeWithFindAll(TestTarget target) {
        Fixture f = Fixture.of(target);
        Include<User, Show> dunes = include(f.tv.favorites).where(eq("title", "Dune"));

        Page<User> page = f.tv.users.findAndCountAll(BY_ID.limit(1).offset(1), dunes);
        List<User> streamed;
        try (Stream<Loaded<User>> rows = f.tv.users.stream(BY_ID, dunes)) {
            streamed = rows.map(Loaded::get).toList();
        }

        assertThat(f.tv.users.count(Where.all(), dunes)).isEqualTo(2);
        assertThat(f.tv.users.count(Where.all(), dunes.required(false))).isEqualTo(3);
        assertThat(page.rows()).extracting(Loaded::get).containsExactly(f.people.get(1));
        assertThat(page.count()).isEqualTo(2);
        assertThat(streamed).containsExactly(f.people.get(0), f.people.get(1));
        assertThat(f.tv.users.findOne(Query.where(eq("username", "carol")), dunes)).isEmpty();
    }

    @DialectTest
    void throughWhereAloneKeepsEveryParent(TestTarget target) {
        Fixture f = Fixture.of(target);

        List<Loaded<User>> loaded = f.tv.users.findAll(BY_ID, include(f.tv.favorites).through(gte("rating", 4)));

        assertThat(loaded).extracting(Loaded::get).containsExactlyElementsOf(f.people);
        assertThat(loaded.get(0).get(f.tv.favorites)).containsExactly(f.dune);
        assertThat(loaded.get(1).get(f.tv.favorites)).isEmpty();
        assertThat(f.tv.users.count(Where.all(), include(f.tv.favorites).through(gte("rating", 4)))).isEqualTo(3);
    }

    @DialectTest
    void whereOnAToOneIncludeDropsParentsToo(TestTarget target) {
        Fixture f = Fixture.of(target);

        List<Loaded<Show>> loaded = f.tv.shows.findAll(BY_ID, include(f.tv.network).where(eq("name", "HBO")));

        assertThat(loaded).extracting(Loaded::get).containsExactly(f.dune);
        assertThat(f.tv.shows.count(Where.all(), include(f.tv.network).where(eq("name", "HBO")))).isEqualTo(1);
    }

    @DialectTest
    void nestedWhereFiltersItsParentsListButKeepsTheRowsAbove(TestTarget target) {
        Fixture f = Fixture.of(target);

        List<Loaded<User>> loaded = f.tv.users.findAll(BY_ID, include(f.tv.favorites).order(asc("title"))
                .include(include(f.tv.network).where(eq("name", "HBO"))));

        assertThat(loaded).extracting(Loaded::get).containsExactlyElementsOf(f.people);
        assertThat(loaded.get(0).get(f.tv.favorites)).containsExactly(f.dune);
        assertThat(loaded.get(1).get(f.tv.favorites)).containsExactly(f.dune);
        assertThat(loaded.get(2).get(f.tv.favorites)).isEmpty();
    }

    @DialectTest
    void nestedWhereBeneathAWhereDropsTheRowsAboveToo(TestTarget target) {
        Fixture f = Fixture.of(target);
        Include<User, Show> hboArrivals = f.arrivals().include(include(f.tv.network).where(eq("name", "HBO")));
        Include<User, Show> hboDunes = include(f.tv.favorites).where(eq("title", "Dune"))
                .include(include(f.tv.network).where(eq("name", "HBO")));

        assertThat(f.tv.users.findAll(BY_ID, hboArrivals)).isEmpty();
        assertThat(f.tv.users.findAll(BY_ID, hboDunes)).extracting(Loaded::get)
                .containsExactly(f.people.get(0), f.people.get(1));
        assertThat(f.tv.users.count(Where.all(), hboDunes)).isEqualTo(2);
    }
}
