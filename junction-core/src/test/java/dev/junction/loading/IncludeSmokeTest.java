package dev.junction.loading;

import static dev.junction.association.Associations.as;
import static dev.junction.association.Associations.through;
import static dev.junction.query.Include.include;
import static dev.junction.query.Where.like;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.NotLoadedException;
import dev.junction.association.BelongsTo;
import dev.junction.association.BelongsToMany;
import dev.junction.association.HasMany;
import dev.junction.query.Loaded;
import dev.junction.query.Order;
import dev.junction.query.Query;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

class IncludeSmokeTest {
    record User(Long id, String username) { }

    record Show(Long id, String title, Long NetworkId) { }

    record Network(Long id, String name) { }

    @DialectTest
    void nestedIncludesLoadOneQueryPerLevel(TestTarget target) {
        AtomicInteger statements = new AtomicInteger();
        Junction db = target.open(b -> b.listener((sql, p, n) -> statements.incrementAndGet()));
        Model<User> users = db.define(User.class);
        Model<Show> shows = db.define(Show.class);
        Model<Network> networks = db.define(Network.class);
        BelongsToMany<User, Show> favorites = users.belongsToMany(shows, as("Favorites").through("UserFavorites"));
        BelongsToMany<Show, User> fans = shows.belongsToMany(users, through("UserFavorites"));
        BelongsTo<Show, Network> network = shows.belongsTo(networks);
        HasMany<Network, Show> catalog = networks.hasMany(shows, as("Catalog"));
        db.sync();
        Network hbo = networks.create(new Network(null, "HBO"));
        Show dune = shows.create(new Show(null, "Dune", hbo.id()));
        Show arrival = shows.create(new Show(null, "Arrival", null));
        User alice = users.create(new User(null, "alice"));
        User bob = users.create(new User(null, "bob"));
        users.create(new User(null, "carol"));
        favorites.add(alice, dune, arrival);
        favorites.add(bob, dune);

        statements.set(0);
        List<Loaded<User>> loaded = users.findAll(Query.all().order(Order.asc("username")),
                include(favorites).order(Order.asc("title")).include(include(network)));
        assertThat(statements.get()).isEqualTo(3);
        assertThat(loaded).extracting(Loaded::get).containsExactly(alice, bob, users.findAll().get(2));
        assertThat(loaded.get(0).get(favorites)).containsExactly(arrival, dune);
        assertThat(loaded.get(2).get(favorites)).isEmpty();
        Loaded<Show> duneLoaded = loaded.get(1).loaded(favorites).get(0);
        assertThat(duneLoaded.get(network)).contains(hbo);
        assertThatThrownBy(() -> duneLoaded.get(fans)).isInstanceOf(NotLoadedException.class)
                .hasMessageContaining("Show.Users was not loaded");

        List<Loaded<User>> required = users.findAll(Query.all(), include(favorites).where(like("title", "A%"))
                .required());
        assertThat(required).extracting(Loaded::get).containsExactly(alice);
        assertThat(users.count(dev.junction.query.Where.all(), include(favorites).required())).isEqualTo(2);
        assertThat(networks.findAll(include(catalog)).get(0).get(catalog)).containsExactly(dune);
    }

    @DialectTest
    void streamsAndBatchLoadsAgreeWithFindAll(TestTarget target) {
        Junction db = target.open();
        Model<User> users = db.define(User.class);
        Model<Show> shows = db.define(Show.class);
        Model<Network> networks = db.define(Network.class);
        BelongsToMany<User, Show> favorites = users.belongsToMany(shows, as("Favorites").through("UserFavorites"));
        db.sync();
        List<User> many = users.bulkCreate(java.util.stream.IntStream.range(0, 2_500)
                .mapToObj(i -> new User(null, "user" + i)).toList());
        Show dune = shows.create(new Show(null, "Dune", null));
        for (int i = 0; i < many.size(); i += 7) favorites.add(many.get(i), dune);

        java.util.Map<User, List<Show>> byUser = favorites.load(many);
        assertThat(byUser).hasSize(2_500);
        assertThat(byUser.values().stream().filter(l -> !l.isEmpty()).count()).isEqualTo((2_500 + 6) / 7);
        try (var stream = users.stream(Query.all().order(Order.asc("id")), include(favorites))) {
            List<Loaded<User>> streamed = stream.toList();
            assertThat(streamed).hasSize(2_500);
            assertThat(streamed.get(7).get(favorites)).containsExactly(dune);
            assertThat(streamed.get(8).get(favorites)).isEmpty();
        }
        try (var stream = users.stream(Query.all())) {
            assertThat(stream.count()).isEqualTo(2_500);
        }
    }
}
