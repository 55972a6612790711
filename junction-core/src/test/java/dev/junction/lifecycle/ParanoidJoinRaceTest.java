package dev.junction.lifecycle;

import static dev.junction.association.Associations.as;
import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.TransactionConflictException;
import dev.junction.association.BelongsToMany;
import dev.junction.association.Through;
import dev.junction.lifecycle.ParanoidJoinTest.Beach;
import dev.junction.lifecycle.ParanoidJoinTest.Guard;
import dev.junction.testing.DialectTest;
import dev.junction.testing.RawSql;
import dev.junction.testing.Simultaneously;
import dev.junction.testing.TestTarget;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

/**
 * Four threads adding, removing and setting the same links of a paranoid join model, released together every round:
 * reviving, soft-deleting and inserting must hold under the race — never a duplicate pair, never an error but the
 * documented {@link TransactionConflictException} — and a last {@code add} leaves the link live.
 */
class ParanoidJoinRaceTest {
    private static final int THREADS = 4;
    private static final int ROUNDS = 40;

    @DialectTest
    @SuppressWarnings("unchecked")
    void addsRemovesAndSetsOfTheSameLinksMeetWithoutDuplicatesOrRawErrors(TestTarget target) throws Exception {
        Junction db = target.open(b -> b.maxPoolSize(THREADS + 2));
        Model<Guard> guards = db.define(Guard.class);
        Model<Beach> beaches = db.define(Beach.class);
        BelongsToMany<Guard, Beach> worked = guards.belongsToMany(beaches,
                as("Worked").through(Through.of("Shifts").paranoid()));
        BelongsToMany<Beach, Guard> crew = beaches.belongsToMany(guards,
                as("Crew").through(Through.of("Shifts").paranoid()));
        db.sync();
        Guard mo = guards.create(new Guard(null, "Mo"));
        Beach north = beaches.create(new Beach(null, "North"));
        Beach south = beaches.create(new Beach(null, "South"));
        Queue<Throwable> raw = new ConcurrentLinkedQueue<>();
        CyclicBarrier round = new CyclicBarrier(THREADS);
        long seed = new Random().nextLong();
        List<Callable<Void>> workers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            Random random = new Random(seed + t);
            workers.add(() -> {
                for (int i = 0; i < ROUNDS; i++) {
                    int choice = random.nextInt(5);
                    round.await(30, TimeUnit.SECONDS);
                    try {
                        switch (choice) {
                            case 0 -> worked.add(mo, north);
                            case 1 -> worked.add(mo, List.of(south, north), Map.of());
                            case 2 -> worked.remove(mo, north);
                            case 3 -> worked.set(mo, List.of(south), Map.of());
                            default -> crew.remove(north, mo);
                        }
                    } catch (TransactionConflictException documented) {
                        // may happen under the race; running it again would succeed
                    } catch (Throwable e) {
                        raw.add(e);
                    }
                }
                return null;
            });
        }
        @SuppressWarnings({"unchecked", "rawtypes"}) Callable<Void>[] tasks = workers.toArray(new Callable[0]);
        Simultaneously.run(tasks);

        assertThat(raw).as("seed " + seed).isEmpty();
        RawSql sql = new RawSql(target, db);
        assertThat(sql.count("Shifts")).isLessThanOrEqualTo(2);
        worked.add(mo, north);
        assertThat(worked.has(mo, north)).isTrue();
        assertThat(sql.longs(sql.sql("SELECT COUNT(*) FROM {Shifts} WHERE {BeachId} = ?"), north.id()))
                .containsExactly(1L);
    }
}
