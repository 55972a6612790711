package dev.junction.loading;

import static dev.junction.association.Associations.as;
import static dev.junction.association.Associations.through;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Row;
import dev.junction.association.BelongsTo;
import dev.junction.association.BelongsToMany;
import dev.junction.association.HasMany;
import dev.junction.association.HasOne;
import dev.junction.schema.DataType;
import dev.junction.testing.TestTarget;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The lesson's TV schema, with every association kind, on one test database: users favourite and watch shows
 * (two many-to-many through {@code UserFavorites}, which carries a rating, and {@code Viewings}), a user has one
 * profile, a show belongs to a network, a network has many shows. Counts every statement it runs.
 */
final class Tv {
    record User(Long id, String username) { }

    record Show(Long id, String title, Long NetworkId) { }

    record Network(Long id, String name) { }

    record Profile(Long id, String bio, Long UserId) { }

    final Junction db;
    final AtomicInteger statements = new AtomicInteger();
    /** The parameters of each statement since the last {@link #count}, flattened (an array parameter's elements). */
    final List<List<Object>> params = java.util.Collections.synchronizedList(new ArrayList<>());
    final Model<User> users;
    final Model<Show> shows;
    final Model<Network> networks;
    final Model<Profile> profiles;
    final BelongsToMany<User, Show> favorites;
    final BelongsToMany<User, Show> watched;
    final BelongsToMany<Show, User> fans;
    final BelongsTo<Show, Network> network;
    final HasMany<Network, Show> catalog;
    final HasOne<User, Profile> profile;

    private Tv(TestTarget target) {
        db = target.open(b -> b.listener((sql, values, nanos) -> {
            statements.incrementAndGet();
            List<Object> flat = new ArrayList<>();
            for (Object value : values) {
                if (value instanceof java.util.Collection<?> many) flat.addAll(many);
                else flat.add(value);
            }
            params.add(flat);
        }));
        users = db.define(User.class);
        shows = db.define(Show.class);
        networks = db.define(Network.class);
        profiles = db.define(Profile.class);
        db.define("UserFavorites", m -> m.attribute("rating", DataType.integer()));
        favorites = users.belongsToMany(shows, as("Favorites").through("UserFavorites"));
        fans = shows.belongsToMany(users, as("Fans").through("UserFavorites"));
        watched = users.belongsToMany(shows, as("Watched").through("Viewings"));
        network = shows.belongsTo(networks);
        catalog = networks.hasMany(shows, as("Catalog"));
        profile = users.hasOne(profiles);
        db.sync();
    }

    static Tv open(TestTarget target) {
        return new Tv(target);
    }

    User user(String username) {
        return users.create(new User(null, username));
    }

    List<User> users(String... usernames) {
        List<User> out = new ArrayList<>();
        for (String name : usernames) out.add(user(name));
        return out;
    }

    Show show(String title, Network owner) {
        return shows.create(new Show(null, title, owner == null ? null : owner.id()));
    }

    Network network(String name) {
        return networks.create(new Network(null, name));
    }

    void rate(User user, Show show, int rating) {
        favorites.add(user, List.of(show), Map.of("rating", rating));
    }

    Model<Row> userFavorites() {
        return db.model("UserFavorites");
    }

    /** Statements run by {@code work}. */
    int count(Runnable work) {
        statements.set(0);
        params.clear();
        work.run();
        return statements.get();
    }
}
