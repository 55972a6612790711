package dev.junction.tx;

import static dev.junction.query.Where.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.junction.Junction;
import dev.junction.JunctionException;
import dev.junction.Model;
import dev.junction.PoolStats;
import dev.junction.Transaction;
import dev.junction.UniqueConstraintException;
import dev.junction.ValidationException;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import dev.junction.tx.Ledger.Entry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Connections always go back to the pool, and one Junction serves several threads at once. */
class PoolTest {

    @DialectTest
    void poolStatsCountAConnectionHeldByATransaction(TestTarget target) {
        Junction db = target.open();
        Model<Entry> entries = Ledger.entries(db);
        try (Transaction tx = db.begin()) {
            entries.in(tx).create(new Entry("rent"));
            PoolStats during = db.poolStats();
            assertThat(during.active()).isEqualTo(1);
            assertThat(during.total()).isEqualTo(during.active() + during.idle()).isBetween(1, 4);
            tx.commit();
        }
        assertThat(db.poolStats().active()).isZero();
    }

    @DialectTest
    void everyConnectionGoesBackAfterWorkThatSucceededOrFailed(TestTarget target) {
        Junction db = target.open();
        Model<Entry> entries = Ledger.entries(db);
        for (int i = 0; i < 20; i++) {
            Entry entry = entries.create(new Entry("e" + i));
            entries.findByPk(entry.id());
            entries.update(new Entry(entry.id(), "e" + i + "!", entry.createdAt(), entry.updatedAt()));
            entries.count(eq("label", "e" + i + "!"));
        }
        assertThat(catchThrowable(() -> entries.create(new Entry("e0!"))))
                .isInstanceOf(UniqueConstraintException.class);
        assertThat(catchThrowable(() -> entries.findAll(eq("nope", 1)))).isInstanceOf(ValidationException.class);
        assertThat(catchThrowable(() -> db.useTransaction(tx -> {
            entries.create(new Entry("in tx"));
            entries.create(new Entry("e1!"));
        }))).isInstanceOf(UniqueConstraintException.class);
        assertThat(catchThrowable(() -> db.useTransaction(tx -> {
            db.useTransaction(inner -> {
                throw new IllegalStateException("inner");
            });
        }))).isInstanceOf(IllegalStateException.class);
        db.useTransaction(tx -> entries.destroy(eq("label", "e2!")));
        Transaction committed = db.begin();
        entries.in(committed).create(new Entry("unmanaged"));
        committed.commit();
        assertThat(catchThrowable(() -> entries.in(committed).count())).isInstanceOf(JunctionException.class);
        try (Transaction abandoned = db.begin()) {
            entries.in(abandoned).create(new Entry("abandoned"));
        }

        assertThat(entries.count()).isEqualTo(20);
        PoolStats after = db.poolStats();
        assertThat(after.active()).isZero();
        assertThat(after.idle()).isEqualTo(after.total()).isBetween(1, 4);
    }

    @DialectTest
    void concurrentCreatesFromFourThreadsAllLand(TestTarget target) throws Exception {
        Junction db = target.open();
        Model<Entry> entries = Ledger.entries(db);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> workers = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                workers.add(() -> {
                    for (int i = 0; i < 50; i++) {
                        entries.create(new Entry("t" + thread + "-" + i));
                    }
                    return 50;
                });
            }
            for (Future<Integer> done : threads.invokeAll(workers)) {
                assertThat(done.get()).isEqualTo(50);
            }
        } finally {
            threads.shutdown();
        }
        assertThat(entries.count()).isEqualTo(200);
        assertThat(entries.findAll()).extracting(Entry::id).doesNotHaveDuplicates();
        assertThat(db.poolStats().active()).isZero();
    }

    @DialectTest
    void concurrentTransactionsCommitOrRollBackIndependently(TestTarget target) throws Exception {
        Junction db = target.open();
        Model<Entry> entries = Ledger.entries(db);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> workers = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                workers.add(() -> {
                    int committed = 0;
                    for (int i = 0; i < 10; i++) {
                        int n = i;
                        Throwable failed = catchThrowable(() -> db.useTransaction(tx -> {
                            entries.findOne(eq("label", "t" + thread + "-" + (n - 1)));
                            entries.create(new Entry("t" + thread + "-" + n));
                            entries.create(new Entry("t" + thread + "-" + n + "b"));
                            if (n % 3 == 0) {
                                throw new IllegalStateException("undo " + n);
                            }
                        }));
                        if (failed == null) committed += 2;
                        else assertThat(failed).hasMessageStartingWith("undo");
                    }
                    return committed;
                });
            }
            int committed = 0;
            for (Future<Integer> done : threads.invokeAll(workers)) {
                committed += done.get();
            }
            assertThat(committed).isEqualTo(4 * 6 * 2);
        } finally {
            threads.shutdown();
        }
        assertThat(entries.count()).isEqualTo(48);
        assertThat(db.poolStats().active()).isZero();
    }
}
