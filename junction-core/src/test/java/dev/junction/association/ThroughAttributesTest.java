package dev.junction.association;

import static dev.junction.association.Associations.as;
import static dev.junction.association.Associations.through;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Row;
import dev.junction.ValidationException;
import dev.junction.association.Lesson.Show;
import dev.junction.association.Lesson.User;
import dev.junction.query.Where;
import dev.junction.schema.DataType;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A join model with an attribute of its own ({@code rating}), written by add/set/create and read by getLinked. */
class ThroughAttributesTest {
    private static final Instant LONG_AGO = Instant.parse("2001-02-03T04:05:06Z");

    /** The lesson's models with a rated join model, declared before the associations. */
    private record Rated(Junction db, Model<User> users, Model<Show> shows, BelongsToMany<User, Show> favorites,
                         Model<Row> links) {
        static Rated on(Junction db) {
            db.define("UserFavorites", m -> m.attribute("rating", DataType.integer()));
            Model<User> users = db.define(User.class);
            Model<Show> shows = db.define(Show.class);
            BelongsToMany<User, Show> favorites = users.belongsToMany(shows, as("Favorites").through("UserFavorites"));
            shows.belongsToMany(users, through("UserFavorites"));
            db.sync();
            return new Rated(db, users, shows, favorites, db.model("UserFavorites"));
        }

        User user(String name) {
            return users.create(new User(name));
        }

        Show show(String title) {
            return shows.create(new Show(title));
        }

        /** Each linked show's title with its rating. */
        Map<String, Object> ratings(User user) {
            return favorites.getLinked(user).stream().collect(Collectors.toMap(l -> l.target().title(),
                    l -> String.valueOf(l.through().get("rating"))));
        }

        /** Sets every link's updatedAt far back, so a later write shows. */
        void backdateLinks() {
            links.update(Map.of("updatedAt", LONG_AGO), Where.all());
        }

        Map<String, Row> linksByShowId() {
            return links.findAll().stream().collect(Collectors.toMap(r -> String.valueOf(r.get("ShowId")),
                    Function.identity()));
        }
    }

    @DialectTest
    void addTakesDefaultJoinValuesForEveryTarget(TestTarget target) {
        Rated r = Rated.on(target.open());
        User alice = r.user("alice");

        r.favorites.add(alice, List.of(r.show("Dune"), r.show("Arrival")), Map.of("rating", 4));

        assertThat(r.ratings(alice)).isEqualTo(Map.of("Dune", "4", "Arrival", "4"));
    }

    @DialectTest
    void linkValuesWinOverTheDefault(TestTarget target) {
        Rated r = Rated.on(target.open());
        User alice = r.user("alice");
        Show dune = r.show("Dune");
        Show arrival = r.show("Arrival");

        r.favorites.add(alice, List.of(Link.of(dune, Map.of("rating", 5)), arrival), Map.of("rating", 3));

        assertThat(r.ratings(alice)).isEqualTo(Map.of("Dune", "5", "Arrival", "3"));
    }

    @DialectTest
    void linksWithoutValuesLeaveTheAttributeUnset(TestTarget target) {
        Rated r = Rated.on(target.open());
        User alice = r.user("alice");

        r.favorites.add(alice, Link.of(r.show("Dune"), Map.of("rating", 5)), r.show("Arrival"));

        assertThat(r.ratings(alice)).isEqualTo(Map.of("Dune", "5", "Arrival", "null"));
    }

    @DialectTest
    void setTakesDefaultAndPerTargetJoinValues(TestTarget target) {
        Rated r = Rated.on(target.open());
        User alice = r.user("alice");
        Show dune = r.show("Dune");
        Show arrival = r.show("Arrival");

        r.favorites.set(alice, List.of(Link.of(dune, Map.of("rating", 1)), arrival), Map.of("rating", 2));

        assertThat(r.ratings(alice)).isEqualTo(Map.of("Dune", "1", "Arrival", "2"));
    }

    @DialectTest
    void createTakesJoinValues(TestTarget target) {
        Rated r = Rated.on(target.open());
        User alice = r.user("alice");

        r.favorites.create(alice, new Show("Solaris"), Map.of("rating", 4));

        assertThat(r.ratings(alice)).isEqualTo(Map.of("Solaris", "4"));
    }

    @DialectTest
    void getLinkedReturnsEachTargetWithItsJoinRow(TestTarget target) {
        Rated r = Rated.on(target.open());
        User alice = r.user("alice");
        Show dune = r.show("Dune");
        Instant before = Instant.now().minusSeconds(1);
        r.favorites.add(alice, Link.of(dune, Map.of("rating", 5)));

        List<Linked<Show>> linked = r.favorites.getLinked(alice);

        assertThat(linked).hasSize(1);
        assertThat(linked.get(0).target()).isEqualTo(dune);
        Row link = linked.get(0).through();
        assertThat(link.getInteger("rating")).isEqualTo(5);
        assertThat(link.getLong("UserId")).isEqualTo(alice.id());
        assertThat(link.getLong("ShowId")).isEqualTo(dune.id());
        assertThat(link.getInstant("createdAt")).isAfter(before);
        assertThat(link.getInstant("updatedAt")).isAfter(before);
    }

    @DialectTest
    void addOnALinkedPairUpdatesItsJoinValuesAndUpdatedAt(TestTarget target) {
        Rated r = Rated.on(target.open());
        User alice = r.user("alice");
        Show dune = r.show("Dune");
        r.favorites.add(alice, Link.of(dune, Map.of("rating", 3)));
        Instant created = r.links.findAll().get(0).getInstant("createdAt");
        r.backdateLinks();

        r.favorites.add(alice, Link.of(dune, Map.of("rating", 5)));

        Row link = r.links.findAll().get(0);
        assertThat(r.links.count()).isEqualTo(1);
        assertThat(link.getInteger("rating")).isEqualTo(5);
        assertThat(link.getInstant("updatedAt")).isAfter(LONG_AGO.plus(1, ChronoUnit.DAYS));
        assertThat(link.getInstant("createdAt")).isEqualTo(created);
    }

    @DialectTest
    void addOnALinkedPairWithoutValuesLeavesItAsItWas(TestTarget target) {
        Rated r = Rated.on(target.open());
        User alice = r.user("alice");
        Show dune = r.show("Dune");
        r.favorites.add(alice, Link.of(dune, Map.of("rating", 3)));
        r.backdateLinks();

        r.favorites.add(alice, dune);

        Row link = r.links.findAll().get(0);
        assertThat(link.getInteger("rating")).isEqualTo(3);
        assertThat(link.getInstant("updatedAt")).isEqualTo(LONG_AGO);
    }

    @DialectTest
    void setUpdatesOnlyTheLinksWhoseJoinValuesChanged(TestTarget target) {
        AtomicInteger updates = new AtomicInteger();
        Rated r = Rated.on(target.open(b -> b.listener((sql, parameters, nanos) -> {
            if (sql.stripLeading().startsWith("UPDATE")) updates.incrementAndGet();
        })));
        User alice = r.user("alice");
        Show dune = r.show("Dune");
        Show arrival = r.show("Arrival");
        Show solaris = r.show("Solaris");
        r.favorites.add(alice, List.of(dune, arrival, solaris), Map.of("rating", 3));
        r.backdateLinks();
        updates.set(0);

        r.favorites.set(alice, List.of(Link.of(dune, Map.of("rating", 5)), arrival, solaris), Map.of("rating", 3));

        assertThat(updates.get()).isEqualTo(1);
        assertThat(r.ratings(alice)).isEqualTo(Map.of("Dune", "5", "Arrival", "3", "Solaris", "3"));
        Map<String, Row> links = r.linksByShowId();
        assertThat(links.get(String.valueOf(dune.id())).getInstant("updatedAt")).isAfter(LONG_AGO);
        assertThat(links.get(String.valueOf(arrival.id())).getInstant("updatedAt")).isEqualTo(LONG_AGO);
        assertThat(links.get(String.valueOf(solaris.id())).getInstant("updatedAt")).isEqualTo(LONG_AGO);
    }

    @DialectTest
    void unknownJoinAttributeIsRefused(TestTarget target) {
        Rated r = Rated.on(target.open());
        User alice = r.user("alice");
        Show dune = r.show("Dune");

        assertThatThrownBy(() -> r.favorites.add(alice, List.of(dune), Map.of("stars", 5)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("UserFavorites")
                .hasMessageContaining("stars");
        assertThatThrownBy(() -> r.favorites.add(alice, Link.of(dune, Map.of("stars", 5))))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("stars");

        assertThat(r.links.count()).isZero();
    }

    @DialectTest
    void keysCannotBeSetThroughJoinValues(TestTarget target) {
        Rated r = Rated.on(target.open());
        User alice = r.user("alice");
        User bob = r.user("bob");
        Show dune = r.show("Dune");

        assertThatThrownBy(() -> r.favorites.add(alice, List.of(dune), Map.of("UserId", bob.id())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.attribute()).isEqualTo("UserId"))
                .hasMessageContaining("User.Favorites")
                .hasMessageContaining("UserFavorites.UserId");
        assertThatThrownBy(() -> r.favorites.set(alice, List.of(Link.of(dune, Map.of("ShowId", dune.id())))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.attribute()).isEqualTo("ShowId"));

        assertThat(r.links.count()).isZero();
    }

    @DialectTest
    void timestampsCannotBeSetThroughJoinValues(TestTarget target) {
        Rated r = Rated.on(target.open());
        User alice = r.user("alice");
        Show dune = r.show("Dune");

        assertThatThrownBy(() -> r.favorites.create(alice, new Show("Solaris"), Map.of("createdAt", LONG_AGO)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.attribute()).isEqualTo("createdAt"));
        assertThatThrownBy(() -> r.favorites.add(alice, Link.of(dune, Map.of("updatedAt", LONG_AGO))))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.attribute()).isEqualTo("updatedAt"));

        assertThat(r.links.count()).isZero();
        assertThat(r.shows.count()).isEqualTo(1);
    }

    @DialectTest
    void joinValueOfTheWrongTypeIsRefused(TestTarget target) {
        Rated r = Rated.on(target.open());
        User alice = r.user("alice");
        Show dune = r.show("Dune");

        assertThatThrownBy(() -> r.favorites.add(alice, List.of(dune), Map.of("rating", "five")))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("rating");

        assertThat(r.links.count()).isZero();
    }
}
