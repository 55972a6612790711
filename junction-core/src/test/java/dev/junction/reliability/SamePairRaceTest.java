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
import dev.junction.reliability.Catalog.Show;
import dev.junction.reliability.Catalog.User;
import dev.junction.schema.DataType;
import dev.junction.testing.Backend;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Eight threads adding and removing the same few links, all released at once every round so that their statements
 * meet. An {@code add} is an insert-if-absent that must hold under such a race — H2's MERGE looks for the link before
 * it inserts it, so it can lose one, and Junction runs it again — and no call may fail with anything but the
 * documented {@link TransactionConflictException}.
 */
class SamePairRaceTest {
    private static final int THREADS = 8;
    private static final int ROUNDS = 150;

    @DialectTest
    void eightThreadsAddingAndRemovingTheSameLinksLeaveNoDuplicateAndNoRawError(TestTarget target) throws Exception {
        Catalog c = new Catalog(target, b -> b.maxPoolSize(THREADS + 2));
        List<User> users = c.createUsers(2);
        User alice = users.get(0); // her links are only ever added
        User bob = users.get(1); // his are added and removed
        List<Show> shows = c.createShows(3);
        Set<Long> addedForAlice = ConcurrentHashMap.newKeySet();
        Queue<Throwable> raw = new ConcurrentLinkedQueue<>();
        AtomicInteger conflicts = new AtomicInteger();
        CyclicBarrier round = new CyclicBarrier(THREADS);
        long seed = new Random().nextLong();

        List<Callable<Integer>> workers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            Random random = new Random(seed + t);
            workers.add(() -> {
                for (int i = 0; i < ROUNDS; i++) {
                    Show one = shows.get(random.nextInt(shows.size()));
                    Show other = shows.get(random.nextInt(shows.size()));
                    int choice = random.nextInt(4);
                    round.await(30, TimeUnit.SECONDS);
                    try {
                        switch (choice) {
                            case 0 -> c.favorites.add(alice, one);
                            case 1 -> c.favorites.add(alice, other, one); // two at once, in either order
                            case 2 -> c.favorites.add(bob, one, other);
                            default -> c.favorites.remove(bob, one);
                        }
                        if (choice == 0 || choice == 1) {
                            addedForAlice.add(one.id());
                            addedForAlice.add(other.id());
                        }
                    } catch (TransactionConflictException documented) {
                        conflicts.incrementAndGet();
                    } catch (RuntimeException e) {
                        raw.add(e);
                    }
                }
                return ROUNDS;
            });
        }
        assertThat(ConcurrentLinksTest.runAll(workers)).containsOnly(ROUNDS);

        assertThat(raw).as("failures other than TransactionConflictException, seed %d", seed).isEmpty();
        Map<Long, List<Long>> links = c.favoriteRows();
        assertThat(links.get(alice.id())).as("every link an add returned for, once").doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(new TreeSet<>(addedForAlice));
        assertThat(links.getOrDefault(bob.id(), List.of())).doesNotHaveDuplicates();
        assertThat(conflicts.get()).as("calls still colliding after every retry, seed %d", seed)
                .isLessThan(THREADS * ROUNDS / 20);
        assertThat(c.db.poolStats().active()).isZero();
    }

    /** H2 runs a MERGE again only when the link itself was the one written concurrently. */
    @ParameterizedTest(name = "[{0}]")
    @MethodSource("h2")
    void aViolatedUniqueThroughColumnIsNotTakenForALostRace(TestTarget target) {
        AtomicInteger merges = new AtomicInteger();
        Junction db = target.open(b -> b.listener((sql, params, nanos) -> {
            if (sql.startsWith("MERGE INTO")) merges.incrementAndGet();
        }));
        Model<User> users = db.define(User.class);
        Model<Show> shows = db.define(Show.class);
        db.define("UserFavorites", m -> m.attribute("rank", DataType.integer(), a -> a.unique()));
        BelongsToMany<User, Show> favorites = users.belongsToMany(shows, as("Favorites").through("UserFavorites"));
        db.sync();
        User alice = users.create(new User(null, "alice"));
        Show dune = shows.create(new Show(null, "Dune"));
        Show heat = shows.create(new Show(null, "Heat"));
        favorites.add(alice, Link.of(dune, Map.of("rank", 1)));
        merges.set(0);

        Throwable thrown = catchThrowable(() -> favorites.add(alice, Link.of(heat, Map.of("rank", 1))));

        assertThat(thrown).isInstanceOfSatisfying(UniqueConstraintException.class,
                e -> assertThat(e.columns()).containsExactly("rank"));
        assertThat(merges).as("run once, not again and again").hasValue(1);
        assertThat(favorites.get(alice)).containsExactly(dune);
    }

    static Stream<TestTarget> h2() {
        return Stream.of(new TestTarget(Backend.H2));
    }
}
