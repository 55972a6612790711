package dev.junction.lifecycle;

import static dev.junction.association.Associations.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Row;
import dev.junction.association.BelongsToMany;
import dev.junction.association.With;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A belongsToMany's add, set, remove and create run the join model's create and destroy hooks for exactly the link
 * rows they insert or delete — a join model given as a class (static hooks) or defined by name (spec hooks).
 */
class JoinModelHooksTest {
    static final List<String> LOG = new CopyOnWriteArrayList<>();

    record User(Long id, String username) {
    }

    record Show(Long id, String title) {
    }

    /** The join model as a class: a link without a rating gets 1; "Forbidden" may not be unlinked. */
    record Favorite(Long UserId, Long ShowId, Integer rating) {
        static Favorite beforeCreate(Favorite f) {
            return f.rating() == null ? new Favorite(f.UserId(), f.ShowId(), 1) : f;
        }

        static void afterCreate(Favorite f) {
            LOG.add("created " + f.ShowId() + " rated " + f.rating());
            if (f.rating() == 13) throw new IllegalStateException("unlucky");
        }

        static void beforeDestroy(Favorite f) {
            LOG.add("destroying " + f.ShowId());
            if (f.rating() == 0) throw new IllegalStateException("keep " + f.ShowId());
        }

        static void afterDestroy(Favorite f) {
            LOG.add("destroyed " + f.ShowId());
        }
    }

    private record Setup(Junction db, Model<User> users, Model<Show> shows, BelongsToMany<User, Show> favorites,
                         User alice, List<Show> s) {
        long links() {
            return db.model(Favorite.class).count();
        }
    }

    private static Setup setup(TestTarget target) {
        Junction db = target.open();
        Model<User> users = db.define(User.class);
        Model<Show> shows = db.define(Show.class);
        BelongsToMany<User, Show> favorites = users.belongsToMany(shows, as("Favorites").through(Favorite.class));
        db.sync();
        User alice = users.create(new User(null, "alice"));
        List<Show> s = shows.bulkCreate(List.of(new Show(null, "A"), new Show(null, "B"), new Show(null, "C"),
                new Show(null, "D")));
        LOG.clear();
        return new Setup(db, users, shows, favorites, alice, s);
    }

    private static String id(Show show) {
        return String.valueOf(show.id());
    }

    @DialectTest
    void addRunsCreateHooksForTheNewLinksOnly(TestTarget target) {
        Setup t = setup(target);

        t.favorites.add(t.alice, t.s.get(0), t.s.get(1));
        t.favorites.add(t.alice, t.s.get(1), t.s.get(2));

        assertThat(LOG).containsExactlyInAnyOrder("created " + id(t.s.get(0)) + " rated 1",
                "created " + id(t.s.get(1)) + " rated 1", "created " + id(t.s.get(2)) + " rated 1");
        assertThat(t.db.model(Favorite.class).findAll()).extracting(Favorite::rating).containsOnly(1);
    }

    @DialectTest
    void setDestroysTheDroppedLinksAndCreatesTheNewOnesWithTheirHooks(TestTarget target) {
        Setup t = setup(target);
        t.favorites.add(t.alice, t.s.get(0), t.s.get(1), t.s.get(2));
        LOG.clear();

        t.favorites.set(t.alice, List.of(t.s.get(1), t.s.get(3)));

        assertThat(LOG).containsExactlyInAnyOrder("destroying " + id(t.s.get(0)), "destroyed " + id(t.s.get(0)),
                "destroying " + id(t.s.get(2)), "destroyed " + id(t.s.get(2)),
                "created " + id(t.s.get(3)) + " rated 1");
        LOG.clear();
        t.favorites.set(t.alice, List.of());
        assertThat(LOG).containsExactlyInAnyOrder("destroying " + id(t.s.get(1)), "destroyed " + id(t.s.get(1)),
                "destroying " + id(t.s.get(3)), "destroyed " + id(t.s.get(3)));
        assertThat(t.links()).isZero();
    }

    @DialectTest
    void removeRunsDestroyHooksForTheLinksItDeletes(TestTarget target) {
        Setup t = setup(target);
        t.favorites.add(t.alice, t.s.get(0), t.s.get(1));
        LOG.clear();

        t.favorites.remove(t.alice, t.s.get(0), t.s.get(3));

        assertThat(LOG).containsExactly("destroying " + id(t.s.get(0)), "destroyed " + id(t.s.get(0)));
        assertThat(t.links()).isEqualTo(1);
    }

    @DialectTest
    void creatingTargetsWithTheirLinksRunsTheLinksHooks(TestTarget target) {
        Setup t = setup(target);

        Show e = t.favorites.create(t.alice, new Show(null, "E"));
        t.users.create(new User(null, "bob"), With.of(t.favorites, new Show(null, "F")));

        assertThat(LOG).hasSize(2).first().isEqualTo("created " + e.id() + " rated 1");
        assertThat(t.db.model(Favorite.class).findAll()).extracting(Favorite::rating).containsOnly(1);
    }

    @DialectTest
    void aJoinHookThatThrowsLeavesTheLinksAsTheyWere(TestTarget target) {
        Setup t = setup(target);
        t.favorites.add(t.alice, List.of(t.s.get(0)), java.util.Map.of("rating", 0));

        assertThatThrownBy(() -> t.favorites.add(t.alice, List.of(t.s.get(1), t.s.get(2)),
                java.util.Map.of("rating", 13))).hasMessage("unlucky");
        assertThatThrownBy(() -> t.favorites.remove(t.alice, t.s.get(0))).hasMessage("keep " + id(t.s.get(0)));
        assertThatThrownBy(() -> t.favorites.set(t.alice, List.of(t.s.get(3)))).hasMessage("keep " + id(t.s.get(0)));

        assertThat(t.db.model(Favorite.class).findAll()).containsExactly(new Favorite(t.alice.id(),
                t.s.get(0).id(), 0));
    }

    @DialectTest
    void aJoinModelDefinedByNameCarriesRowHooks(TestTarget target) {
        Junction db = target.open();
        List<String> log = new CopyOnWriteArrayList<>();
        db.define("Watch", m -> m.hooks(Row.class, h -> h
                .afterCreate(r -> log.add("created " + r.get("ShowId")))
                .afterDestroy(r -> log.add("destroyed " + r.get("ShowId")))));
        Model<User> users = db.define(User.class);
        Model<Show> shows = db.define(Show.class);
        BelongsToMany<User, Show> watched = users.belongsToMany(shows, as("Watched").through("Watch"));
        db.sync();
        User alice = users.create(new User(null, "alice"));
        Show dune = shows.create(new Show(null, "Dune"));

        watched.add(alice, dune);
        watched.add(alice, dune);
        watched.remove(alice, dune);

        assertThat(log).containsExactly("created " + dune.id(), "destroyed " + dune.id());
    }

    @DialectTest
    void linksThatMayRepeatRunTheHooksPerLinkRowWithTheirIds(TestTarget target) {
        Junction db = target.open();
        List<String> log = new CopyOnWriteArrayList<>();
        db.define("Viewing", m -> m.hooks(Row.class, h -> h
                .afterCreate(r -> log.add("created " + (r.get("id") != null)))
                .beforeDestroy(r -> log.add("destroying " + r.get("id")))));
        Model<User> users = db.define(User.class);
        Model<Show> shows = db.define(Show.class);
        BelongsToMany<User, Show> watched = users.belongsToMany(shows,
                as("Watched").through(dev.junction.association.Through.of("Viewing").unique(false)));
        db.sync();
        User alice = users.create(new User(null, "alice"));
        Show dune = shows.create(new Show(null, "Dune"));

        watched.add(alice, dune, dune);
        List<Object> ids = db.model("Viewing").findAll().stream().map(r -> r.get("id")).toList();
        watched.set(alice, List.of(dune));
        Object kept = db.model("Viewing").findAll().get(0).get("id");
        watched.remove(alice, dune);

        Object dropped = ids.get(0).equals(kept) ? ids.get(1) : ids.get(0);
        assertThat(log).containsExactly("created true", "created true", "destroying " + dropped,
                "destroying " + kept);
        assertThat(db.model("Viewing").count()).isZero();
    }
}
