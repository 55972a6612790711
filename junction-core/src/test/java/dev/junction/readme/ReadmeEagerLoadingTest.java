package dev.junction.readme;

import static dev.junction.association.Associations.as;
import static dev.junction.query.Include.include;
import static dev.junction.query.Where.like;
import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.association.BelongsTo;
import dev.junction.association.BelongsToMany;
import dev.junction.association.Through;
import dev.junction.query.Include;
import dev.junction.query.Loaded;
import dev.junction.query.Order;
import dev.junction.query.Query;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/** The README's "Eager loading" example, as written there, on every database. */
class ReadmeEagerLoadingTest {
    record User(Long id, String username) { }

    record Show(Long id, String title, Long NetworkId) { }

    record Network(Long id, String name) { }

    @DialectTest
    void theReadmeExampleLoadsOneQueryPerLevel(TestTarget target) {
        AtomicInteger statements = new AtomicInteger();
        Junction db = target.open(b -> b.listener((sql, p, n) -> statements.incrementAndGet()));
        Model<User> users = db.define(User.class);
        Model<Show> shows = db.define(Show.class);
        Model<Network> networks = db.define(Network.class);
        BelongsToMany<User, Show> favorites = users.belongsToMany(shows, as("Favorites").through("UserFavorites"));
        BelongsToMany<User, Show> watched = users.belongsToMany(shows,
                as("Watched").through(Through.of("Viewings").unique(false)));
        BelongsTo<Show, Network> network = shows.belongsTo(networks);
        db.sync();
        Network hbo = networks.create(new Network(null, "HBO"));
        Show dune = shows.create(new Show(null, "Dune", hbo.id()));
        Show arrival = shows.create(new Show(null, "Arrival", hbo.id()));
        User alice = users.create(new User(null, "alice"));
        users.create(new User(null, "bob"));
        favorites.add(alice, dune, arrival);
        watched.add(alice, dune, dune);

        statements.set(0);
        List<Loaded<User>> page = users.findAll(
                Query.where(like("username", "a%")).order(Order.asc("username")).limit(20),
                include(favorites).order(Order.asc("title")).include(include(network)),
                include(watched));
        assertThat(statements.get()).isEqualTo(4);
        Loaded<User> user = page.get(0);
        List<Show> favourites = user.get(favorites);
        Optional<Network> first = user.loaded(favorites).get(0).get(network);
        assertThat(favourites).containsExactly(arrival, dune);
        assertThat(first).contains(hbo);
        assertThat(user.get(watched)).containsExactly(dune, dune);

        try (Stream<Loaded<User>> all = users.stream(Query.all().order(Order.asc("username")),
                include(favorites))) {
            assertThat(all.map(u -> u.get(favorites).size()).toList()).containsExactly(2, 0);
        }
    }

    @DialectTest
    void theReadmeOneLinersForWhereAndIncludeAll(TestTarget target) {
        Junction db = target.open();
        Model<User> users = db.define(User.class);
        Model<Show> shows = db.define(Show.class);
        Model<Network> networks = db.define(Network.class);
        BelongsToMany<User, Show> favorites = users.belongsToMany(shows, as("Favorites").through("UserFavorites"));
        BelongsToMany<Show, User> fans = shows.belongsToMany(users, as("Fans").through("UserFavorites"));
        BelongsTo<Show, Network> network = shows.belongsTo(networks);
        db.sync();
        Network hbo = networks.create(new Network(null, "HBO"));
        Show dune = shows.create(new Show(null, "Dune", hbo.id()));
        User alice = users.create(new User(null, "alice"));
        User bob = users.create(new User(null, "bob"));
        favorites.add(alice, dune);
        favorites.add(bob, dune);

        List<Loaded<User>> everyone = users.findAll(include(favorites).where(like("title", "D%")).required(false));
        List<Loaded<Show>> all = shows.findAll(Include.all().nested(), include(fans).where(like("username", "a%")));

        assertThat(everyone).hasSize(2);
        assertThat(all.get(0).get(fans)).containsExactly(alice);
        assertThat(all.get(0).get(network)).contains(hbo);
        assertThat(all.get(0).loaded(network).get(0).get()).isEqualTo(hbo);
    }
}
