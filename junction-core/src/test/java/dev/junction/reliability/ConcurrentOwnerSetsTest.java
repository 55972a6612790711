package dev.junction.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.association.HasMany;
import dev.junction.association.HasOne;
import dev.junction.testing.TestTarget;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Concurrent {@code set}s of one owner through a hasMany or hasOne: they take turns (each locks the owner's row), so
 * the owner ends with one caller's whole set — never the union of two, never two "one" targets.
 */
class ConcurrentOwnerSetsTest {
    private static final int THREADS = 8;
    private static final int ROUNDS = 60;

    record Beach(Long id, String name) { }

    record Guard(Long id, String name, Long BeachId) { }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("dev.junction.reliability.Catalog#rowLockingDatabases")
    void concurrentHasManySetsLeaveOneWholeSet(TestTarget target) throws Exception {
        Junction db = target.open(b -> b.maxPoolSize(THREADS + 2));
        Model<Beach> beaches = db.define(Beach.class);
        Model<Guard> guards = db.define(Guard.class);
        HasMany<Beach, Guard> crew = beaches.hasMany(guards);
        db.sync();
        Beach bondi = beaches.create(new Beach(null, "Bondi"));
        List<Guard> all = new ArrayList<>();
        for (int i = 0; i < THREADS + 3; i++) all.add(guards.create(new Guard(null, "guard" + i, null)));
        List<Set<Long>> sets = new ArrayList<>();
        List<Callable<Integer>> workers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            List<Guard> mine = all.subList(t, t + 3);
            sets.add(ids(mine));
            workers.add(() -> {
                for (int i = 0; i < ROUNDS; i++) crew.set(bondi, mine);
                return 1;
            });
        }

        ConcurrentLinksTest.runAll(workers);

        assertThat(sets).contains(ids(crew.get(bondi)));
        assertThat(db.poolStats().active()).isZero();
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("dev.junction.reliability.Catalog#rowLockingDatabases")
    void concurrentHasOneSetsLeaveOneTarget(TestTarget target) throws Exception {
        Junction db = target.open(b -> b.maxPoolSize(THREADS + 2));
        Model<Beach> beaches = db.define(Beach.class);
        Model<Guard> guards = db.define(Guard.class);
        HasOne<Beach, Guard> chief = beaches.hasOne(guards);
        db.sync();
        Beach bondi = beaches.create(new Beach(null, "Bondi"));
        List<Callable<Integer>> workers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            Guard mine = guards.create(new Guard(null, "guard" + t, null));
            workers.add(() -> {
                for (int i = 0; i < ROUNDS; i++) chief.set(bondi, mine);
                return 1;
            });
        }

        ConcurrentLinksTest.runAll(workers);

        assertThat(guards.count(dev.junction.query.Where.eq("BeachId", bondi.id()))).isEqualTo(1);
        assertThat(db.poolStats().active()).isZero();
    }

    private static Set<Long> ids(List<Guard> guards) {
        return guards.stream().map(Guard::id).collect(Collectors.toCollection(HashSet::new));
    }
}
