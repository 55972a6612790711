package dev.junction.association;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.ForeignKeyConstraintException;
import dev.junction.association.Lesson.Show;
import dev.junction.association.Lesson.User;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Each many-to-many write is atomic: all or nothing, inside the caller's transaction, and safe when raced. */
class ManyToManyAtomicityTest {

    @DialectTest
    void createLeavesNoTargetBehindWhenTheLinkFails(TestTarget target) {
        Lesson lesson = Lesson.on(target.open());
        User alice = lesson.user("alice");
        lesson.show("Dune");
        lesson.users.destroy(alice);

        assertThatThrownBy(() -> lesson.favorites.create(alice, new Show("Solaris")))
                .isInstanceOf(ForeignKeyConstraintException.class);

        assertThat(lesson.shows.findAll()).extracting(Show::title).containsExactly("Dune");
        assertThat(Lesson.rows(target, lesson.db, "UserFavorites")).isZero();
    }

    @DialectTest
    void concurrentAddsOfTheSameTargetsNeitherFailNorDuplicate(TestTarget target) throws Exception {
        Lesson lesson = Lesson.on(target.open(b -> b.maxPoolSize(6)));
        User alice = lesson.user("alice");
        List<Show> shows = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            shows.add(lesson.show("Show " + i));
        }
        int threads = 6;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CyclicBarrier start = new CyclicBarrier(threads);
        List<Future<?>> adds = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            // Half of them name the targets in the opposite order.
            List<Show> order = new ArrayList<>(shows);
            if (t % 2 == 1) Collections.reverse(order);
            adds.add(pool.submit(() -> {
                start.await();
                lesson.favorites.add(alice, order.toArray());
                return null;
            }));
        }
        try {
            for (Future<?> add : adds) {
                add.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(lesson.favorites.get(alice)).containsExactlyInAnyOrderElementsOf(shows);
        assertThat(Lesson.rows(target, lesson.db, "UserFavorites")).isEqualTo(12);
    }

    @DialectTest
    void accessorsJoinTheCallersTransaction(TestTarget target) {
        Lesson lesson = Lesson.on(target.open());
        User alice = lesson.user("alice");
        Show dune = lesson.show("Dune");

        assertThatThrownBy(() -> lesson.db.useTransaction(tx -> {
            lesson.favorites.add(alice, dune);
            assertThat(lesson.favorites.has(alice, dune)).isTrue();
            throw new IllegalStateException("roll back");
        })).hasMessage("roll back");

        assertThat(lesson.favorites.has(alice, dune)).isFalse();
        assertThat(Lesson.rows(target, lesson.db, "UserFavorites")).isZero();
    }
}
