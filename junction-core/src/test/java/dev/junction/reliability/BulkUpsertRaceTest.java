package dev.junction.reliability;

import static dev.junction.association.Associations.as;
import static dev.junction.query.Where.eq;
import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.BulkOptions;
import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Row;
import dev.junction.TransactionConflictException;
import dev.junction.annotation.Column;
import dev.junction.reliability.Catalog.Show;
import dev.junction.reliability.Catalog.User;
import dev.junction.schema.DataType;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Eight threads upserting the same new row with {@code bulkCreate}, all released at once every round so that their
 * statements meet. H2's MERGE looks for the row before it inserts it, so it can lose the race to a concurrent
 * insert of the same row; Junction runs it again, as it does for links. On MariaDB a model with another unique key
 * is upserted by a locked read and a plain insert, whose collisions are deadlocks that Junction runs again. No call
 * fails with a unique violation, and each row is stored once.
 */
class BulkUpsertRaceTest {
    private static final int THREADS = 8;
    private static final int ROUNDS = 60;
    /** H2 lost about one join-row race in 100 calls before it ran MERGE again: 1,200 calls make one all but sure. */
    private static final int LINK_ROUNDS = 150;

    record Member(Long id, @Column(unique = true) String username, @Column(unique = true) String email, Integer age) {
    }

    /** One thread's call in one round. */
    private interface Call {
        void run(int thread, int round);
    }

    /** What a race left: calls that failed otherwise than with the documented conflict, and how many conflicted. */
    private record Outcome(Queue<Throwable> failures, AtomicInteger conflicts) {
    }

    /** Runs {@code call} on every thread for {@code rounds} rounds, the threads released together every round. */
    private static Outcome race(int rounds, Call call) throws Exception {
        Outcome outcome = new Outcome(new ConcurrentLinkedQueue<>(), new AtomicInteger());
        CyclicBarrier together = new CyclicBarrier(THREADS);
        List<Callable<Integer>> workers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            workers.add(() -> {
                for (int round = 0; round < rounds; round++) {
                    together.await(30, TimeUnit.SECONDS);
                    try {
                        call.run(thread, round);
                    } catch (TransactionConflictException documented) {
                        outcome.conflicts().incrementAndGet(); // rolled back as a whole after every retry
                    } catch (RuntimeException e) {
                        outcome.failures().add(e);
                    }
                }
                return rounds;
            });
        }
        assertThat(ConcurrentLinksTest.runAll(workers)).containsOnly(rounds);
        return outcome;
    }

    @DialectTest
    void eightThreadsUpsertingTheSameNewRowStoreItOnceWithoutAUniqueViolation(TestTarget target) throws Exception {
        Junction db = target.open(b -> b.maxPoolSize(THREADS + 2));
        Model<User> users = db.define(User.class);
        Model<Show> shows = db.define(Show.class);
        db.define("UserFavorites", m -> m.attribute("rank", DataType.integer()));
        users.belongsToMany(shows, as("Favorites").through("UserFavorites"));
        db.sync();
        Model<Row> favorites = db.model("UserFavorites");
        User alice = users.create(new User(null, "alice"));
        List<Show> created = new ArrayList<>();
        for (int i = 0; i < LINK_ROUNDS; i++) created.add(new Show(null, "show" + i));
        List<Show> round = shows.bulkCreate(created);

        Outcome outcome = race(LINK_ROUNDS, (thread, i) -> favorites.bulkCreate(
                List.of(Row.of("UserId", alice.id(), "ShowId", round.get(i).id(), "rank", thread)),
                thread % 2 == 0 ? BulkOptions.updateOnDuplicate("rank") : BulkOptions.ignoreDuplicates()));

        assertThat(outcome.failures()).isEmpty();
        for (Show show : round) {
            assertThat(favorites.count(eq("ShowId", show.id()))).as("rows of %s", show.title()).isEqualTo(1);
        }
        assertThat(db.poolStats().active()).isZero();
    }

    @DialectTest
    void eightThreadsUpsertingTheSameNewEmailOfAModelWithTwoUniqueKeysStoreItOnce(TestTarget target) throws Exception {
        Junction db = target.open(b -> b.maxPoolSize(THREADS + 2));
        Model<Member> members = db.define(Member.class);
        db.sync();

        Outcome outcome = race(ROUNDS, (thread, round) -> members.bulkCreate(
                List.of(new Member(null, "m" + round + "_" + thread, "m" + round + "@x", thread)),
                BulkOptions.updateOnDuplicate("age").conflictOn("email")));

        assertThat(outcome.failures()).isEmpty();
        assertThat(members.count()).isEqualTo(ROUNDS);
        assertThat(outcome.conflicts()).as("calls still colliding after every retry")
                .hasValueLessThan(THREADS * ROUNDS / 20);
        assertThat(db.poolStats().active()).isZero();
    }
}
