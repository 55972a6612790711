package dev.junction.reliability;

import static dev.junction.association.Associations.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.TransactionConflictException;
import dev.junction.UniqueConstraintException;
import dev.junction.association.BelongsToMany;
import dev.junction.association.Link;
import dev.junction.association.Linked;
import dev.junction.reliability.Catalog.Show;
import dev.junction.reliability.Catalog.User;
import dev.junction.schema.DataType;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

/**
 * A join model with a unique column of its own ({@code rank}): a new link colliding on it is refused with a
 * {@link UniqueConstraintException}, and never taken for the link it collided with — MariaDB's
 * {@code ON DUPLICATE KEY UPDATE} fires on any unique key, so there Junction reads the links under lock and inserts
 * the missing ones plainly.
 */
class UniqueThroughColumnTest {

    /** Alice linked to Dune at rank 1; Heat not linked. */
    private static final class Ranking {
        final Junction db;
        final BelongsToMany<User, Show> favorites;
        final User alice;
        final User bob;
        final Show dune;
        final Show heat;

        Ranking(TestTarget target) {
            db = target.open(b -> b.maxPoolSize(10));
            Model<User> users = db.define(User.class);
            Model<Show> shows = db.define(Show.class);
            db.define("UserFavorites", m -> m.attribute("rank", DataType.integer(), a -> a.unique()));
            favorites = users.belongsToMany(shows, as("Favorites").through("UserFavorites"));
            db.sync();
            alice = users.create(new User(null, "alice"));
            bob = users.create(new User(null, "bob"));
            dune = shows.create(new Show(null, "Dune"));
            heat = shows.create(new Show(null, "Heat"));
            favorites.add(alice, Link.of(dune, Map.of("rank", 1)));
        }

        /** A user's links as show title → rank. */
        Map<String, Integer> ranks(User user) {
            Map<String, Integer> ranks = new TreeMap<>();
            for (Linked<Show> link : favorites.getLinked(user)) {
                ranks.put(link.target().title(), link.through().getInteger("rank"));
            }
            return ranks;
        }
    }

    @DialectTest
    void aNewLinkCollidingOnAUniqueThroughColumnIsRefusedAndChangesNothing(TestTarget target) {
        Ranking r = new Ranking(target);

        Throwable add = catchThrowable(() -> r.favorites.add(r.alice, Link.of(r.heat, Map.of("rank", 1))));
        Throwable addForBob = catchThrowable(() -> r.favorites.add(r.bob, Link.of(r.dune, Map.of("rank", 1))));
        Throwable set = catchThrowable(() -> r.favorites.set(r.alice,
                List.of(Link.of(r.dune, Map.of("rank", 2)), Link.of(r.heat, Map.of("rank", 2)))));

        assertThat(List.of(add, addForBob, set)).allSatisfy(e -> assertThat(e)
                .isInstanceOfSatisfying(UniqueConstraintException.class,
                        unique -> assertThat(unique.columns()).containsExactly("rank")));
        assertThat(r.ranks(r.alice)).isEqualTo(Map.of("Dune", 1));
        assertThat(r.ranks(r.bob)).isEmpty();
        assertThat(r.db.poolStats().active()).isZero();
    }

    @DialectTest
    void linksWithAUniqueThroughColumnAreAddedUpdatedAndSet(TestTarget target) {
        Ranking r = new Ranking(target);

        r.favorites.add(r.alice, Link.of(r.heat, Map.of("rank", 2)));
        r.favorites.add(r.alice, r.heat);
        assertThat(r.ranks(r.alice)).isEqualTo(Map.of("Dune", 1, "Heat", 2));
        r.favorites.add(r.alice, Link.of(r.dune, Map.of("rank", 3)));
        assertThat(r.ranks(r.alice)).isEqualTo(Map.of("Dune", 3, "Heat", 2));
        r.favorites.set(r.alice, List.of(Link.of(r.heat, Map.of("rank", 3))));
        assertThat(r.ranks(r.alice)).isEqualTo(Map.of("Heat", 3));
        r.favorites.add(r.bob, Link.of(r.dune, Map.of("rank", 1)), Link.of(r.heat, Map.of("rank", 2)));
        assertThat(r.ranks(r.bob)).isEqualTo(Map.of("Dune", 1, "Heat", 2));
    }

    @DialectTest
    void concurrentAddsOfTheSameLinksStoreEachOnce(TestTarget target) throws Exception {
        Ranking r = new Ranking(target);
        int threads = 8;
        int rounds = 40;
        CyclicBarrier together = new CyclicBarrier(threads);
        Queue<Throwable> raw = new ConcurrentLinkedQueue<>();
        List<Callable<Integer>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(() -> {
                for (int i = 0; i < rounds; i++) {
                    together.await(30, TimeUnit.SECONDS);
                    try {
                        if (i % 2 == 0) r.favorites.add(r.bob, r.heat, r.dune); else r.favorites.remove(r.bob, r.dune);
                    } catch (TransactionConflictException documented) {
                        // rolled back as a whole, after every retry: allowed
                    } catch (RuntimeException e) {
                        raw.add(e);
                    }
                }
                return rounds;
            });
        }
        assertThat(ConcurrentLinksTest.runAll(workers)).containsOnly(rounds);

        assertThat(raw).isEmpty();
        assertThat(r.favorites.getLinked(r.bob)).extracting(l -> l.target().title()).containsExactly("Heat");
        assertThat(r.db.poolStats().active()).isZero();
    }
}
