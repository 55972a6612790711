package dev.junction.loading;

import static dev.junction.query.Include.include;
import static dev.junction.query.Order.asc;
import static dev.junction.query.Where.eq;
import static dev.junction.query.Where.like;
import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.loading.Tv.Network;
import dev.junction.loading.Tv.Show;
import dev.junction.loading.Tv.User;
import dev.junction.query.Loaded;
import dev.junction.query.Query;
import dev.junction.query.Where;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.util.ArrayList;
import java.util.List;

/** A required include drops the parents without a match — from the rows, the pages and the counts. */
class RequiredIncludeTest {
    private static final Query BY_ID = Query.all().order(asc("id"));

    @DialectTest
    void requiredDropsParentsWithoutAMatch(TestTarget target) {
        Tv tv = Tv.open(target);
        List<User> people = tv.users("alice", "bob", "carol");
        Show dune = tv.show("Dune", null);
        tv.favorites.add(people.get(0), dune);
        tv.favorites.add(people.get(2), dune);

        List<Loaded<User>> loaded = tv.users.findAll(BY_ID, include(tv.favorites).required());

        assertThat(loaded).extracting(Loaded::get).containsExactly(people.get(0), people.get(2));
        assertThat(loaded).allSatisfy(u -> assertThat(u.get(tv.favorites)).containsExactly(dune));
    }

    @DialectTest
    void requiredToOneDropsParentsWithoutTheirTarget(TestTarget target) {
        Tv tv = Tv.open(target);
        Network hbo = tv.network("HBO");
        Show dune = tv.show("Dune", hbo);
        tv.show("Orphan", null);

        List<Loaded<Show>> loaded = tv.shows.findAll(BY_ID, include(tv.network).required());

        assertThat(loaded).extracting(Loaded::get).containsExactly(dune);
        assertThat(loaded.get(0).get(tv.network)).contains(hbo);
    }

    @DialectTest
    void requiredWithTargetWhereKeepsParentsHavingAMatchingChild(TestTarget target) {
        Tv tv = Tv.open(target);
        List<User> people = tv.users("alice", "bob", "carol");
        Show dune = tv.show("Dune", null);
        Show arrival = tv.show("Arrival", null);
        Show sherlock = tv.show("Sherlock", null);
        tv.favorites.add(people.get(0), dune, arrival);
        tv.favorites.add(people.get(1), sherlock);
        tv.favorites.add(people.get(2), arrival);

        List<Loaded<User>> loaded = tv.users.findAll(BY_ID, include(tv.favorites).where(like("title", "A%"))
                .required());

        assertThat(loaded).extracting(Loaded::get).containsExactly(people.get(0), people.get(2));
        assertThat(loaded.get(0).get(tv.favorites)).containsExactly(arrival);
        assertThat(loaded.get(1).get(tv.favorites)).containsExactly(arrival);
    }

    @DialectTest
    void nestedRequiredDropsChildrenWithoutGrandchildren(TestTarget target) {
        Tv tv = Tv.open(target);
        List<User> people = tv.users("alice", "bob");
        Network hbo = tv.network("HBO");
        Show dune = tv.show("Dune", hbo);
        Show orphan = tv.show("Orphan", null);
        tv.favorites.add(people.get(0), dune, orphan);
        tv.favorites.add(people.get(1), orphan);

        List<Loaded<User>> loaded = tv.users.findAll(BY_ID, include(tv.favorites)
                .include(include(tv.network).required()));

        assertThat(loaded).extracting(Loaded::get).containsExactlyElementsOf(people);
        assertThat(loaded.get(0).get(tv.favorites)).containsExactly(dune);
        assertThat(loaded.get(0).loaded(tv.favorites).get(0).get(tv.network)).contains(hbo);
        assertThat(loaded.get(1).get(tv.favorites)).isEmpty();
    }

    @DialectTest
    void requiredChainDropsParentsWhoseChildrenAllLackTheRequiredGrandchild(TestTarget target) {
        Tv tv = Tv.open(target);
        List<User> people = tv.users("alice", "bob", "carol");
        Network hbo = tv.network("HBO");
        Show dune = tv.show("Dune", hbo);
        Show orphan = tv.show("Orphan", null);
        tv.favorites.add(people.get(0), dune, orphan);
        tv.favorites.add(people.get(1), orphan);

        List<Loaded<User>> loaded = tv.users.findAll(BY_ID, include(tv.favorites).required()
                .include(include(tv.network).required()));

        assertThat(loaded).extracting(Loaded::get).containsExactly(people.get(0));
        assertThat(loaded.get(0).get(tv.favorites)).containsExactly(dune);
        assertThat(tv.users.count(Where.all(), include(tv.favorites).required()
                .include(include(tv.network).required()))).isEqualTo(1);
    }

    @DialectTest
    void requiredWithLimitAndOffsetPagesOnlyQualifyingParents(TestTarget target) {
        Tv tv = Tv.open(target);
        Show dune = tv.show("Dune", null);
        Show arrival = tv.show("Arrival", null);
        List<User> qualifying = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            User user = tv.user("user" + i);
            tv.favorites.add(user, arrival);
            if (i % 5 == 1 || i % 5 == 3 || i % 5 == 4) {
                tv.favorites.add(user, dune);
                qualifying.add(user);
            }
        }
        assertThat(qualifying).hasSize(6);
        var dunes = include(tv.favorites).where(eq("title", "Dune")).required();

        List<Loaded<User>> first = tv.users.findAll(BY_ID.limit(4), dunes);
        List<Loaded<User>> second = tv.users.findAll(BY_ID.limit(4).offset(4), dunes);
        List<Loaded<User>> third = tv.users.findAll(BY_ID.limit(4).offset(8), dunes);

        assertThat(first).extracting(Loaded::get).containsExactlyElementsOf(qualifying.subList(0, 4));
        assertThat(second).extracting(Loaded::get).containsExactlyElementsOf(qualifying.subList(4, 6));
        assertThat(third).isEmpty();
        assertThat(first).allSatisfy(u -> assertThat(u.get(tv.favorites)).containsExactly(dune));
        assertThat(tv.users.findAndCountAll(BY_ID.limit(4).offset(4), dunes).count()).isEqualTo(6);
    }

    @DialectTest
    void requiredCombinesWithTheParentsOwnWhere(TestTarget target) {
        Tv tv = Tv.open(target);
        List<User> people = tv.users("anna", "abel", "bert");
        Show dune = tv.show("Dune", null);
        for (User user : people) tv.favorites.add(user, dune);
        tv.favorites.remove(people.get(1), dune);

        List<Loaded<User>> loaded = tv.users.findAll(Query.where(like("username", "a%")).order(asc("id")),
                include(tv.favorites).required());

        assertThat(loaded).extracting(Loaded::get).containsExactly(people.get(0));
        assertThat(tv.users.count(like("username", "a%"), include(tv.favorites).required())).isEqualTo(1);
    }
}
