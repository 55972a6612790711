package dev.junction.loading;

import static dev.junction.query.Include.include;
import static dev.junction.query.Order.asc;
import static dev.junction.query.Where.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.NotLoadedException;
import dev.junction.ValidationException;
import dev.junction.association.HasMany;
import dev.junction.loading.Beaches.Beach;
import dev.junction.loading.Beaches.Lifeguard;
import dev.junction.loading.Tv.Network;
import dev.junction.loading.Tv.Show;
import dev.junction.loading.Tv.User;
import dev.junction.query.Include;
import dev.junction.query.Loaded;
import dev.junction.query.Query;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.util.List;
import java.util.Map;

/** include(…).countOnly(): each parent gets how many targets it has, from one GROUP BY per level, no target read. */
class CountOnlyIncludeTest {

    @DialectTest
    void eachParentGetsItsCountFromOneStatement(TestTarget target) {
        Tv tv = Tv.open(target);
        List<User> people = tv.users("alice", "bob");
        Show dune = tv.show("Dune", null);
        Show arrival = tv.show("Arrival", null);
        tv.favorites.add(people.get(0), dune, arrival);
        @SuppressWarnings({"unchecked", "rawtypes"}) List<Loaded<User>>[] loaded = new List[1];

        int statements = tv.count(() -> loaded[0] = tv.users.findAll(Query.all().order(asc("username")),
                include(tv.favorites).countOnly()));

        assertThat(statements).isEqualTo(2);
        assertThat(loaded[0]).extracting(u -> u.get().username() + "=" + u.count(tv.favorites))
                .containsExactly("alice=2", "bob=0");
        assertThatThrownBy(() -> loaded[0].get(0).get(tv.favorites)).isInstanceOf(NotLoadedException.class)
                .hasMessageContaining("count only");
        assertThatThrownBy(() -> loaded[0].get(0).count(tv.watched)).isInstanceOf(NotLoadedException.class)
                .hasMessageContaining("Watched");
    }

    @DialectTest
    void countOnlyNestedUnderAnotherIncludeCountsForEveryLoadedTarget(TestTarget target) {
        Tv tv = Tv.open(target);
        List<User> people = tv.users("alice", "bob", "carol");
        Network hbo = tv.network("HBO");
        Show dune = tv.show("Dune", hbo);
        Show arrival = tv.show("Arrival", hbo);
        tv.show("Lonely", hbo);
        tv.favorites.add(people.get(0), dune, arrival);
        tv.favorites.add(people.get(1), dune);
        tv.favorites.add(people.get(2), dune);

        @SuppressWarnings({"unchecked", "rawtypes"}) List<Loaded<Network>>[] out = new List[1];

        int statements = tv.count(() -> out[0] = tv.networks.findAll(Query.all(),
                include(tv.catalog).order(asc("title")).include(Include.count(tv.fans))));

        List<Loaded<Network>> networks = out[0];
        assertThat(statements).isEqualTo(3);
        assertThat(networks.get(0).loaded(tv.catalog)).extracting(s -> s.get().title() + "=" + s.count(tv.fans))
                .containsExactly("Arrival=1", "Dune=3", "Lonely=0");
        assertThat(networks.get(0).count(tv.catalog)).isEqualTo(3);
    }

    @DialectTest
    void nonUniqueLinksCountEveryLinkRowAndFiltersApply(TestTarget target) {
        Beaches b = Beaches.open(target);
        Beach venice = b.beach("Venice");
        Beach malibu = b.beach("Malibu");
        Lifeguard mitch = b.lifeguard("Mitch");
        b.shift(venice, mitch, "mon", 8);
        b.shift(venice, mitch, "tue", 4);
        b.shift(malibu, mitch, "mon", 6);

        List<Loaded<Beach>> all = b.beaches.findAll(Query.all().order(asc("name")), include(b.guards).countOnly());
        List<Loaded<Beach>> mondays = b.beaches.findAll(Query.all().order(asc("name")),
                include(b.guards).through(eq("day", "mon")).countOnly());

        assertThat(all).extracting(x -> x.count(b.guards)).containsExactly(1L, 2L);
        assertThat(mondays).extracting(x -> x.count(b.guards)).containsExactly(1L, 1L);
        assertThat(b.guards.count(venice)).isEqualTo(2L);
    }

    record Owner(Long id, String name) { }

    record Pet(Long id, String name, Boolean alive, Long OwnerId) { }

    @DialectTest
    void theTargetsDefaultScopeAndSoftDeleteApplyAsInCount(TestTarget target) {
        Junction db = target.open();
        Model<Owner> owners = db.define(Owner.class);
        Model<Pet> pets = db.define(Pet.class, m -> m.paranoid().defaultScope(eq("alive", true)));
        HasMany<Owner, Pet> owned = owners.hasMany(pets);
        db.sync();
        Owner ann = owners.create(new Owner(null, "ann"));
        Owner bob = owners.create(new Owner(null, "bob"));
        pets.create(new Pet(null, "rex", true, ann.id()));
        pets.create(new Pet(null, "tom", false, ann.id()));
        Pet gone = pets.create(new Pet(null, "kit", true, ann.id()));
        pets.create(new Pet(null, "fin", true, bob.id()));
        pets.destroy(gone);

        Map<Owner, Long> counts = owned.countAll(List.of(ann, bob));
        List<Loaded<Owner>> loaded = owners.findAll(Query.all().order(asc("name")), include(owned).countOnly());

        assertThat(counts).containsExactly(Map.entry(ann, 1L), Map.entry(bob, 1L));
        assertThat(counts.get(ann)).isEqualTo(owned.count(ann));
        assertThat(loaded).extracting(o -> o.count(owned)).containsExactly(1L, 1L);
        List<Loaded<Owner>> withDeleted = owners.findAll(Query.all().order(asc("name")),
                include(owned).withDeleted().countOnly());
        assertThat(withDeleted.get(0).count(owned)).isEqualTo(2L);
    }

    @DialectTest
    void countOnlyOfAToOneOrWithIncludesBeneathIsATypedError(TestTarget target) {
        Tv tv = Tv.open(target);
        tv.user("alice");
        assertThatThrownBy(() -> tv.users.findAll(include(tv.profile).countOnly()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("User.Profile")
                .hasMessageContaining("HAS_ONE");
        assertThatThrownBy(() -> tv.shows.findAll(include(tv.network).countOnly()))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> tv.users.findAll(include(tv.favorites).include(include(tv.network)).countOnly()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("beneath");
        assertThatThrownBy(() -> tv.users.findAll(include(tv.favorites).order(asc("title")).countOnly()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("ordered");
    }
}
