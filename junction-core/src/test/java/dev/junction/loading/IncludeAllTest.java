package dev.junction.loading;

import static dev.junction.association.Associations.as;
import static dev.junction.query.Include.include;
import static dev.junction.query.Order.asc;
import static dev.junction.query.Where.eq;
import static dev.junction.query.Where.like;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.NotLoadedException;
import dev.junction.ValidationException;
import dev.junction.association.Association.Kind;
import dev.junction.association.BelongsTo;
import dev.junction.association.HasMany;
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
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code Include.all()} is Sequelize's {@code include: [{ all: true }]}: every association of the model, loaded as
 * the includes written out would be (one query per level), filtered by kind, overridden by an explicit include, and
 * with {@code nested()} followed level by level without going back to a model loaded above.
 */
class IncludeAllTest {
    private static final Query BY_ID = Query.all().order(asc("id"));

    record Employee(Long id, String name, Long ManagerId) { }

    /** alice favours Dune (on HBO) and Arrival, watched Dune, has a profile; bob has nothing. */
    private record Fixture(Tv tv, User alice, User bob, Show dune, Show arrival, Network hbo, Profile bio) {
        static Fixture of(TestTarget target) {
            Tv tv = Tv.open(target);
            User alice = tv.user("alice");
            User bob = tv.user("bob");
            Network hbo = tv.network("HBO");
            Show dune = tv.show("Dune", hbo);
            Show arrival = tv.show("Arrival", null);
            tv.favorites.add(alice, dune, arrival);
            tv.watched.add(alice, dune);
            Profile bio = tv.profile.create(alice, new Profile(null, "hi", null));
            return new Fixture(tv, alice, bob, dune, arrival, hbo, bio);
        }
    }

    @DialectTest
    void allLoadsEveryAssociationOfTheModel(TestTarget target) {
        Fixture f = Fixture.of(target);

        List<Loaded<User>> users = f.tv.users.findAll(BY_ID, Include.all());
        Loaded<Show> dune = f.tv.shows.findByPk(f.dune.id(), Include.all()).orElseThrow();

        assertThat(users.get(0).get(f.tv.favorites)).containsExactlyInAnyOrder(f.dune, f.arrival);
        assertThat(users.get(0).get(f.tv.watched)).containsExactly(f.dune);
        assertThat(users.get(0).get(f.tv.profile)).contains(f.bio);
        assertThat(users.get(1).get(f.tv.favorites)).isEmpty();
        assertThat(users.get(1).get(f.tv.profile)).isEmpty();
        assertThat(dune.get(f.tv.fans)).containsExactly(f.alice);
        assertThat(dune.get(f.tv.network)).contains(f.hbo);
    }

    @DialectTest
    void allIsOneLevelUnlessNested(TestTarget target) {
        Fixture f = Fixture.of(target);

        Loaded<User> alice = f.tv.users.findAll(BY_ID, Include.all()).get(0);

        assertThatThrownBy(() -> alice.loaded(f.tv.favorites).get(0).get(f.tv.network))
                .isInstanceOf(NotLoadedException.class);
    }

    @DialectTest
    void allRunsOneStatementPerAssociationNotPerRow(TestTarget target) {
        Fixture f = Fixture.of(target);
        for (int i = 0; i < 5; i++) f.tv.favorites.add(f.tv.user("fan" + i), f.dune);

        int flat = f.tv.count(() -> f.tv.users.findAll(Include.all()));
        // favorites → network, watched → network, profile: the way back to User (fans) and to Show (catalog) stops
        int nested = f.tv.count(() -> f.tv.users.findAll(Include.all().nested()));
        // catalog → fans → profile
        int fromNetworks = f.tv.count(() -> f.tv.networks.findAll(Include.all().nested()));

        assertThat(flat).isEqualTo(1 + 3);
        assertThat(nested).isEqualTo(1 + 5);
        assertThat(fromNetworks).isEqualTo(1 + 3);
    }

    @DialectTest
    void nestedFollowsEachLevelOnceAndStopsAtModelsLoadedAbove(TestTarget target) {
        Fixture f = Fixture.of(target);

        Loaded<Network> hbo = f.tv.networks.findAll(BY_ID, Include.all().nested()).get(0);
        Loaded<Show> dune = hbo.loaded(f.tv.catalog).get(0);
        Loaded<User> fan = dune.loaded(f.tv.fans).get(0);

        assertThat(dune.get()).isEqualTo(f.dune);
        assertThat(fan.get()).isEqualTo(f.alice);
        assertThat(fan.get(f.tv.profile)).contains(f.bio);
        assertThatThrownBy(() -> dune.get(f.tv.network)).isInstanceOf(NotLoadedException.class);
        assertThatThrownBy(() -> fan.get(f.tv.favorites)).isInstanceOf(NotLoadedException.class);
    }

    @DialectTest
    void nestedFollowsASelfAssociationOnce(TestTarget target) {
        Junction db = target.open();
        Model<Employee> staff = db.define(Employee.class);
        BelongsTo<Employee, Employee> manager = staff.belongsTo(staff, as("Manager").foreignKey("ManagerId"));
        HasMany<Employee, Employee> reports = staff.hasMany(staff, as("Reports").foreignKey("ManagerId"));
        db.sync();
        Employee boss = staff.create(new Employee(null, "boss", null));
        Employee mid = staff.create(new Employee(null, "mid", boss.id()));
        Employee dev = staff.create(new Employee(null, "dev", mid.id()));

        Loaded<Employee> loaded = staff.findByPk(mid.id(), Include.all().nested()).orElseThrow();

        assertThat(loaded.get(manager)).contains(boss);
        assertThat(loaded.get(reports)).containsExactly(dev);
        assertThatThrownBy(() -> loaded.loaded(reports).get(0).get(reports)).isInstanceOf(NotLoadedException.class);
    }

    @DialectTest
    void kindsChooseWhichAssociations(TestTarget target) {
        Fixture f = Fixture.of(target);

        Loaded<User> many = f.tv.users.findAll(BY_ID, Include.all(Kind.BELONGS_TO_MANY)).get(0);
        Loaded<User> one = f.tv.users.findAll(BY_ID, Include.all(Kind.HAS_ONE, Kind.BELONGS_TO)).get(0);

        assertThat(many.get(f.tv.favorites)).hasSize(2);
        assertThat(many.get(f.tv.watched)).hasSize(1);
        assertThatThrownBy(() -> many.get(f.tv.profile)).isInstanceOf(NotLoadedException.class);
        assertThat(one.get(f.tv.profile)).contains(f.bio);
        assertThatThrownBy(() -> one.get(f.tv.favorites)).isInstanceOf(NotLoadedException.class);
    }

    @DialectTest
    void anExplicitIncludeTakesThePlaceOfItsAssociation(TestTarget target) {
        Fixture f = Fixture.of(target);

        List<Loaded<User>> users = f.tv.users.findAll(BY_ID, Include.all(),
                include(f.tv.favorites).where(like("title", "A%")).required(false));

        assertThat(users.get(0).get(f.tv.favorites)).containsExactly(f.arrival);
        assertThat(users.get(0).get(f.tv.watched)).containsExactly(f.dune);
        assertThat(users.get(1).get(f.tv.favorites)).isEmpty();
    }

    @DialectTest
    void allBeneathAnExplicitIncludeLoadsTheAssociationsOfItsTarget(TestTarget target) {
        Fixture f = Fixture.of(target);

        Loaded<User> alice = f.tv.users.findAll(BY_ID, include(f.tv.favorites).order(asc("title"))
                .include(Include.all())).get(0);

        assertThat(alice.loaded(f.tv.favorites).get(1).get(f.tv.network)).contains(f.hbo);
        assertThat(alice.loaded(f.tv.favorites).get(1).get(f.tv.fans)).containsExactly(f.alice);
    }

    @DialectTest
    void requiredAllDropsRowsMissingAnyAssociationEverywhere(TestTarget target) {
        Fixture f = Fixture.of(target);
        Include<Object, Object> everything = Include.all().required(true);

        List<User> streamed;
        try (Stream<Loaded<User>> rows = f.tv.users.stream(BY_ID, everything)) {
            streamed = rows.map(Loaded::get).toList();
        }

        assertThat(f.tv.users.findAll(BY_ID, everything)).extracting(Loaded::get).containsExactly(f.alice);
        assertThat(f.tv.users.count(Where.all(), everything)).isEqualTo(1);
        assertThat(f.tv.users.findAndCountAll(BY_ID, everything).count()).isEqualTo(1);
        assertThat(streamed).containsExactly(f.alice);
        assertThat(f.tv.users.findOne(Query.where(eq("username", "bob")), everything)).isEmpty();
    }

    @DialectTest
    void loadAcceptsAllForInstancesInHand(TestTarget target) {
        Fixture f = Fixture.of(target);

        List<Loaded<User>> loaded = f.tv.users.load(List.of(f.bob, f.alice), Include.all());

        assertThat(loaded.get(0).get(f.tv.favorites)).isEmpty();
        assertThat(loaded.get(1).get(f.tv.favorites)).hasSize(2);
        assertThat(loaded.get(1).get(f.tv.profile)).contains(f.bio);
    }

    @DialectTest
    void allTakesOnlyNestedAndRequired(TestTarget target) {
        Fixture f = Fixture.of(target);

        assertThatThrownBy(() -> Include.all().where(eq("title", "Dune")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("Include.all().where(…)");
        assertThatThrownBy(() -> Include.all().withIncludes(List.of(include(f.tv.network))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("explicit include(association)");
        assertThatThrownBy(() -> include(f.tv.favorites).nested())
                .isInstanceOf(ValidationException.class).hasMessageContaining("include(Favorites).nested()");
        assertThatThrownBy(() -> Include.all((Kind) null)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> f.tv.users.findAll(BY_ID, Include.all(), null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("null");
    }

    @DialectTest
    void withIncludesReplacesWhatIsBeneathAndKeepsEveryOtherOption(TestTarget target) {
        Fixture f = Fixture.of(target);
        Include<User, Show> filtered = include(f.tv.favorites).where(like("title", "D%")).order(asc("title"))
                .include(include(f.tv.fans));

        List<Loaded<User>> users = f.tv.users.findAll(BY_ID, filtered.withIncludes(List.of(include(f.tv.network))));

        assertThat(users).extracting(Loaded::get).containsExactly(f.alice);
        Loaded<Show> dune = users.get(0).loaded(f.tv.favorites).get(0);
        assertThat(users.get(0).get(f.tv.favorites)).containsExactly(f.dune);
        assertThat(dune.get(f.tv.network)).contains(f.hbo);
        assertThatThrownBy(() -> dune.get(f.tv.fans)).isInstanceOf(NotLoadedException.class);
    }
}
