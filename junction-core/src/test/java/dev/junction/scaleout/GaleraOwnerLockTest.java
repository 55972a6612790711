package dev.junction.scaleout;

import static dev.junction.association.Associations.defaults;
import static dev.junction.association.Associations.through;
import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.Junction;
import dev.junction.JunctionConfig;
import dev.junction.Model;
import dev.junction.association.BelongsToMany;
import dev.junction.association.HasMany;
import dev.junction.scaleout.GaleraModels.Band;
import dev.junction.scaleout.GaleraModels.Crew;
import dev.junction.scaleout.GaleraModels.Fan;
import dev.junction.scaleout.GaleraModels.Hand;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Two {@code set}s of one owner through two nodes that both read the owner's (empty) links before either commits —
 * made to on cue: each Junction's statement listener holds its first set at a barrier right after that read until the
 * other set has read too. A row lock holds on its own node only, and the two sets write disjoint rows, so without an
 * owner lock the cluster commits both and the owner keeps the union. With Junction's owner lock (a certified write)
 * one of them fails certification, is run again, reads the other's links and replaces them: one caller's whole set.
 */
class GaleraOwnerLockTest {
    @ParameterizedTest(name = "[" + GaleraNodes.NAME + "] constraints({0})")
    @ValueSource(booleans = {true, false})
    void belongsToManySetsThatReadAtOnceOnTwoNodesEndAsOneWholeSet(boolean constraints) throws Exception {
        try (GaleraNodes cluster = GaleraNodes.create()) {
            CyclicBarrier bothRead = new CyclicBarrier(2);
            List<BelongsToMany<Fan, Band>> favourites = new ArrayList<>();
            for (int n = 0; n < 2; n++) {
                Junction db = cluster.open(n, heldAfterFirst(bothRead,
                        sql -> sql.startsWith("SELECT") && sql.contains("`FanBands`")));
                Model<Fan> fans = db.define(Fan.class);
                Model<Band> bands = db.define(Band.class);
                favourites.add(fans.belongsToMany(bands, through("FanBands").constraints(constraints)));
                if (n == 0) db.sync();
            }
            Model<Fan> fans = favourites.get(0).source();
            Model<Band> bands = favourites.get(0).target();
            Fan owner = fans.create(new Fan(null, "ann"));
            List<Band> first = bands.bulkCreate(List.of(new Band(null, "a1"), new Band(null, "a2")));
            List<Band> second = bands.bulkCreate(List.of(new Band(null, "b1"), new Band(null, "b2")));

            Workers.runAll(List.<Callable<Object>>of(
                    () -> { favourites.get(0).set(owner, first); return null; },
                    () -> { favourites.get(1).set(owner, second); return null; }), 120);

            Set<Long> held = favourites.get(0).get(owner).stream().map(Band::id).collect(Collectors.toSet());
            assertThat(List.of(ids(first), ids(second))).as("the owner's links").contains(held);
        }
    }

    @ParameterizedTest(name = "[" + GaleraNodes.NAME + "] constraints({0})")
    @ValueSource(booleans = {true, false})
    void hasManySetsThatWriteAtOnceOnTwoNodesEndAsOneWholeSet(boolean constraints) throws Exception {
        try (GaleraNodes cluster = GaleraNodes.create()) {
            CyclicBarrier bothLinked = new CyclicBarrier(2);
            List<HasMany<Crew, Hand>> crews = new ArrayList<>();
            for (int n = 0; n < 2; n++) {
                // hasMany's set links its targets (an UPDATE), then lets go the owner's others (an UPDATE whose WHERE
                // reads them): held after the first, both let go of nothing the other wrote.
                Junction db = cluster.open(n, heldAfterFirst(bothLinked,
                        sql -> sql.startsWith("UPDATE") && sql.contains("`Hands`")));
                Model<Crew> crewModel = db.define(Crew.class);
                Model<Hand> hands = db.define(Hand.class);
                crews.add(crewModel.hasMany(hands, defaults().constraints(constraints)));
                if (n == 0) db.sync();
            }
            Crew owner = crews.get(0).source().create(new Crew(null, "deck"));
            Model<Hand> hands = crews.get(0).target();
            List<Hand> first = hands.bulkCreate(List.of(new Hand(null, "a1", null), new Hand(null, "a2", null)));
            List<Hand> second = hands.bulkCreate(List.of(new Hand(null, "b1", null), new Hand(null, "b2", null)));

            Workers.runAll(List.<Callable<Object>>of(
                    () -> { crews.get(0).set(owner, first); return null; },
                    () -> { crews.get(1).set(owner, second); return null; }), 120);

            Set<Long> held = crews.get(0).get(owner).stream().map(Hand::id).collect(Collectors.toSet());
            assertThat(List.of(handIds(first), handIds(second))).as("the crew's hands").contains(held);
        }
    }

    /**
     * A configuration whose listener, the first time a statement {@code matches}, waits (up to 10 s) until the other
     * Junction's listener got there too.
     */
    private static UnaryOperator<JunctionConfig.Builder> heldAfterFirst(CyclicBarrier barrier,
                                                                         Predicate<String> matches) {
        AtomicBoolean held = new AtomicBoolean();
        return b -> b.listener((sql, params, nanos) -> {
            if (!matches.test(sql) || !held.compareAndSet(false, true)) return;
            try {
                barrier.await(10, TimeUnit.SECONDS);
            } catch (Exception timedOut) {
                // the other set did not get there (it was run again, or failed): go on
            }
        });
    }

    private static Set<Long> ids(List<Band> bands) {
        return bands.stream().map(Band::id).collect(Collectors.toCollection(HashSet::new));
    }

    private static Set<Long> handIds(List<Hand> hands) {
        return hands.stream().map(Hand::id).collect(Collectors.toCollection(HashSet::new));
    }
}
