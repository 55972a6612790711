package dev.junction.loading;

import static dev.junction.query.Include.include;
import static dev.junction.query.Order.asc;
import static dev.junction.query.Order.desc;
import static dev.junction.query.Where.gte;
import static dev.junction.query.Where.like;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.Row;
import dev.junction.ValidationException;
import dev.junction.association.Linked;
import dev.junction.loading.Tv.Network;
import dev.junction.loading.Tv.Show;
import dev.junction.loading.Tv.User;
import dev.junction.query.Loaded;
import dev.junction.query.Query;
import dev.junction.query.Where;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.util.List;

/** What an include loads: target and join filters, join attributes, order — and the errors of a bad include. */
class IncludeFilterTest {
    private static final Query BY_ID = Query.all().order(asc("id"));

    @DialectTest
    void targetWhereWithRequiredFalseFiltersChildrenButKeepsEveryParent(TestTarget target) {
        Tv tv = Tv.open(target);
        List<User> people = tv.users("alice", "bob");
        Show dune = tv.show("Dune", null);
        Show arrival = tv.show("Arrival", null);
        tv.favorites.add(people.get(0), dune, arrival);
        tv.favorites.add(people.get(1), dune);

        List<Loaded<User>> loaded = tv.users.findAll(BY_ID, include(tv.favorites).where(like("title", "A%"))
                .required(false));

        assertThat(loaded).extracting(Loaded::get).containsExactlyElementsOf(people);
        assertThat(loaded.get(0).get(tv.favorites)).containsExactly(arrival);
        assertThat(loaded.get(1).get(tv.favorites)).isEmpty();
    }

    @DialectTest
    void throughWhereFiltersLinksByTheirJoinAttributes(TestTarget target) {
        Tv tv = Tv.open(target);
        List<User> people = tv.users("alice", "bob");
        Show dune = tv.show("Dune", null);
        Show arrival = tv.show("Arrival", null);
        tv.rate(people.get(0), dune, 5);
        tv.rate(people.get(0), arrival, 2);
        tv.rate(people.get(1), arrival, 4);

        List<Loaded<User>> loaded = tv.users.findAll(BY_ID, include(tv.favorites).through(gte("rating", 4)));

        assertThat(loaded.get(0).get(tv.favorites)).containsExactly(dune);
        assertThat(loaded.get(1).get(tv.favorites)).containsExactly(arrival);
        assertThat(tv.users.count(Where.all(), include(tv.favorites).through(gte("rating", 5)).required()))
                .isEqualTo(1);
    }

    @DialectTest
    void everyJoinAttributeIsLoadedByDefault(TestTarget target) {
        Tv tv = Tv.open(target);
        User alice = tv.user("alice");
        Show dune = tv.show("Dune", null);
        tv.rate(alice, dune, 5);

        Linked<Show> link = tv.users.findAll(include(tv.favorites)).get(0).linked(tv.favorites).get(0);

        assertThat(link.target()).isEqualTo(dune);
        assertThat(link.through().keySet()).containsExactlyInAnyOrder("UserId", "ShowId", "rating", "createdAt",
                "updatedAt");
        assertThat(link.through().getInteger("rating")).isEqualTo(5);
        assertThat(link.through().get("UserId")).isEqualTo(alice.id());
        assertThat(link.through().get("ShowId")).isEqualTo(dune.id()); // the keys come from the row, not re-read
    }

    @DialectTest
    void noJoinAttributesGivesAnEmptyThroughRow(TestTarget target) {
        Tv tv = Tv.open(target);
        User alice = tv.user("alice");
        Show dune = tv.show("Dune", null);
        tv.rate(alice, dune, 5);

        Linked<Show> link = tv.users.findAll(include(tv.favorites).throughAttributes()).get(0)
                .linked(tv.favorites).get(0);

        assertThat(link.target()).isEqualTo(dune);
        assertThat(link.through()).isEqualTo(new Row());
    }

    @DialectTest
    void someJoinAttributesLoadsOnlyThose(TestTarget target) {
        Tv tv = Tv.open(target);
        User alice = tv.user("alice");
        Show dune = tv.show("Dune", null);
        tv.rate(alice, dune, 3);

        Linked<Show> link = tv.users.findAll(include(tv.favorites).throughAttributes("rating")).get(0)
                .linked(tv.favorites).get(0);

        assertThat(link.through()).isEqualTo(Row.of("rating", 3));
    }

    @DialectTest
    void orderInsideAnIncludeOrdersEachParentsList(TestTarget target) {
        Tv tv = Tv.open(target);
        List<User> people = tv.users("alice", "bob");
        Network hbo = tv.network("HBO");
        Show a = tv.show("A", hbo);
        Show b = tv.show("B", hbo);
        Show c = tv.show("C", hbo);
        tv.favorites.add(people.get(0), b, a, c);
        tv.favorites.add(people.get(1), a, c);

        List<Loaded<User>> loaded = tv.users.findAll(BY_ID, include(tv.favorites).order(desc("title")));
        List<Loaded<Network>> networks = tv.networks.findAll(include(tv.catalog).order(desc("title")));

        assertThat(loaded.get(0).get(tv.favorites)).containsExactly(c, b, a);
        assertThat(loaded.get(1).get(tv.favorites)).containsExactly(c, a);
        assertThat(networks.get(0).get(tv.catalog)).containsExactly(c, b, a);
    }

    @DialectTest
    void whereOnAnAttributeTheTargetLacksNamesModelAndAttribute(TestTarget target) {
        Tv tv = Tv.open(target);
        tv.user("alice");

        assertThatThrownBy(() -> tv.users.findAll(include(tv.favorites).where(like("username", "a%"))))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.model()).isEqualTo("Show");
                    assertThat(e.attribute()).isEqualTo("username");
                })
                .hasMessageContaining("Show").hasMessageContaining("username");
    }

    @DialectTest
    void requiredWhereOnAnAttributeTheTargetLacksNamesModelAndAttribute(TestTarget target) {
        Tv tv = Tv.open(target);

        assertThatThrownBy(() -> tv.users.findAll(include(tv.favorites).where(like("nope", "a%")).required()))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.model()).isEqualTo("Show");
                    assertThat(e.attribute()).isEqualTo("nope");
                })
                .hasMessageContaining("Show").hasMessageContaining("nope");
    }

    @DialectTest
    void throughWhereOnAnAttributeTheJoinModelLacksNamesIt(TestTarget target) {
        Tv tv = Tv.open(target);
        tv.user("alice");

        assertThatThrownBy(() -> tv.users.findAll(include(tv.favorites).through(gte("stars", 4))))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.model()).isEqualTo("UserFavorites");
                    assertThat(e.attribute()).isEqualTo("stars");
                })
                .hasMessageContaining("UserFavorites").hasMessageContaining("stars");
    }

    @DialectTest
    void orderOnAnAttributeTheTargetLacksNamesModelAndAttribute(TestTarget target) {
        Tv tv = Tv.open(target);
        tv.user("alice");

        assertThatThrownBy(() -> tv.users.findAll(include(tv.favorites).order(asc("username"))))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.model()).isEqualTo("Show");
                    assertThat(e.attribute()).isEqualTo("username");
                })
                .hasMessageContaining("Show").hasMessageContaining("username");
    }

    @DialectTest
    void unknownJoinAttributeToLoadNamesJoinModelAndAttribute(TestTarget target) {
        Tv tv = Tv.open(target);
        tv.user("alice");

        assertThatThrownBy(() -> tv.users.findAll(include(tv.favorites).throughAttributes("rating", "stars")))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.model()).isEqualTo("UserFavorites");
                    assertThat(e.attribute()).isEqualTo("stars");
                })
                .hasMessageContaining("UserFavorites").hasMessageContaining("stars");
    }

    @DialectTest
    void throughWhereOnAnAssociationWithoutJoinRowsIsRejected(TestTarget target) {
        Tv tv = Tv.open(target);
        tv.network("HBO");

        assertThatThrownBy(() -> tv.networks.findAll(include(tv.catalog).through(gte("rating", 4))))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("Network.Catalog").hasMessageContaining("belongsToMany");
    }

    @DialectTest
    void includeOfAnotherModelsAssociationIsRejected(TestTarget target) {
        Tv tv = Tv.open(target);
        tv.user("alice");

        assertThatThrownBy(() -> tv.users.findAll(Query.all(), List.of(include(tv.catalog))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.model()).isEqualTo("User"))
                .hasMessageContaining("Catalog").hasMessageContaining("Network").hasMessageContaining("User");
    }

    /** {@code findByPk(key, include)} of another model's association compiles only as a two-part key: refused. */
    @DialectTest
    void findByPkWithAnotherModelsIncludeIsRejected(TestTarget target) {
        Tv tv = Tv.open(target);
        User alice = tv.user("alice");
        Object[] keyAndInclude = {alice.id(), include(tv.catalog)};

        assertThatThrownBy(() -> tv.users.findByPk(keyAndInclude))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.model()).isEqualTo("User"))
                .hasMessageContaining("include(Catalog) is an association of Network, not of User");
    }

    @DialectTest
    void requiredIncludeOfAnotherModelsAssociationIsRejected(TestTarget target) {
        Tv tv = Tv.open(target);
        Network hbo = tv.network("HBO");
        tv.user("alice");
        tv.show("Dune", hbo);

        assertThatThrownBy(() -> tv.users.findAll(Query.all(), List.of(include(tv.catalog).required())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.model()).isEqualTo("User"))
                .hasMessageContaining("Catalog").hasMessageContaining("Network");
        assertThatThrownBy(() -> tv.users.count(Where.all(), List.of(include(tv.catalog).required())))
                .isInstanceOf(ValidationException.class).hasMessageContaining("Catalog");
    }

    @DialectTest
    void theSameAssociationIncludedTwiceSideBySideIsRejected(TestTarget target) {
        Tv tv = Tv.open(target);
        User alice = tv.user("alice");
        tv.favorites.add(alice, tv.show("Dune", null), tv.show("Arrival", null));

        assertThatThrownBy(() -> tv.users.findAll(include(tv.favorites).where(like("title", "D%")),
                include(tv.favorites).where(like("title", "A%"))))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.model()).isEqualTo("User");
                    assertThat(e.attribute()).isEqualTo("Favorites");
                })
                .hasMessageContaining("User.Favorites").hasMessageContaining("twice");
        assertThatThrownBy(() -> tv.shows.findAll(include(tv.fans).include(include(tv.watched),
                include(tv.watched)))).isInstanceOf(ValidationException.class).hasMessageContaining("User.Watched");
    }

    @DialectTest
    void nestedIncludeOfTheWrongModelsAssociationIsRejectedBeforeAnyQuery(TestTarget target) {
        Tv tv = Tv.open(target);
        User alice = tv.user("alice");
        Show dune = tv.show("Dune", null);
        tv.favorites.add(alice, dune);

        int statements = tv.count(() -> assertThatThrownBy(() -> tv.users.findAll(include(tv.favorites)
                .withIncludes(List.of(include(tv.profile)))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.model()).isEqualTo("Show"))
                .hasMessageContaining("User.Profile").hasMessageContaining("Show"));

        assertThat(statements).isZero();
    }
}
