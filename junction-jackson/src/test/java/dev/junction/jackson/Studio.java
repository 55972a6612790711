package dev.junction.jackson;

import static dev.junction.association.Associations.as;
import static dev.junction.association.Associations.through;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Row;
import dev.junction.association.BelongsTo;
import dev.junction.association.BelongsToMany;
import dev.junction.association.HasMany;
import dev.junction.association.HasOne;
import dev.junction.schema.DataType;
import dev.junction.testing.TestTarget;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The lesson's TV schema with every association kind and every kind of instance: users (a record, with an Instant)
 * favourite shows (a record) through {@code UserFavorites} (a rating), a show belongs to a network (a POJO), a
 * network has many shows, a user has one profile (a model without a class, read as {@link Row}s).
 */
final class Studio {
    record User(Long id, String username, Instant joinedAt) { }

    record Show(Long id, String title, Long NetworkId) { }

    /** A POJO: Junction reads and writes its fields, Jackson writes it through its getters. */
    static final class Network {
        private Long id;
        private String name;

        Network() {
        }

        Network(String name) {
            this.name = name;
        }

        public Long getId() {
            return id;
        }

        public String getName() {
            return name;
        }
    }

    static final Instant JOINED = Instant.parse("2026-07-05T09:30:00Z");

    final Junction db;
    final Model<User> users;
    final Model<Show> shows;
    final Model<Network> networks;
    final Model<Row> profiles;
    final BelongsToMany<User, Show> favorites;
    final BelongsTo<Show, Network> network;
    final HasMany<Network, Show> catalog;
    final HasOne<User, Row> profile;
    final BelongsTo<Row, User> owner;
    final ObjectMapper mapper = new ObjectMapper().registerModule(new JunctionModule());

    Studio(TestTarget target) {
        db = target.open();
        users = db.define(User.class);
        shows = db.define(Show.class);
        networks = db.define(Network.class);
        profiles = db.define("Profile", m -> m.attribute("bio", DataType.string()));
        db.define("UserFavorites", m -> m.attribute("rating", DataType.integer()));
        favorites = users.belongsToMany(shows, as("Favorites").through("UserFavorites"));
        shows.belongsToMany(users, through("UserFavorites"));
        network = shows.belongsTo(networks);
        catalog = networks.hasMany(shows, as("Catalog"));
        profile = users.hasOne(profiles);
        owner = profiles.belongsTo(users);
        db.sync();
    }

    User user(String username) {
        return users.create(new User(null, username, JOINED));
    }

    Show show(String title, Network owner) {
        return shows.create(new Show(null, title, owner == null ? null : owner.getId()));
    }

    Network network(String name) {
        return networks.create(new Network(name));
    }

    void rate(User user, Show show, int rating) {
        favorites.add(user, List.of(show), Map.of("rating", rating));
    }

    Row profile(User user, String bio) {
        return profile.create(user, Row.of("bio", bio));
    }

    /** The value as this studio's mapper writes it, parsed back, its timestamps checked and normalised. */
    JsonNode json(Object value) {
        try {
            return normalised(mapper.readTree(mapper.writeValueAsString(value)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code text} with single quotes for double ones, so expected JSON reads well in a Java string. */
    JsonNode expected(String text) {
        try {
            return mapper.readTree(text.replace('\'', '"'));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every {@code createdAt}/{@code updatedAt} replaced by {@code "<instant>"} once checked to be ISO-8601 text of
     * an instant: they differ on every run, what they look like does not.
     */
    static JsonNode normalised(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (String stamp : List.of("createdAt", "updatedAt")) {
                JsonNode value = object.get(stamp);
                if (value == null) continue;
                if (!value.isTextual()) throw new AssertionError(stamp + " is not ISO-8601 text: " + value);
                Instant.parse(value.textValue());
                object.set(stamp, TextNode.valueOf("<instant>"));
            }
        }
        node.forEach(Studio::normalised);
        return node;
    }
}
