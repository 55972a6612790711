package dev.junction.loading;

import static dev.junction.query.Order.asc;
import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.query.Query;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A stream sees each row of its query once, even when the transaction it reads in changes those rows — and the
 * very column it is ordered by — while it reads.
 */
class StreamWhileWritingTest {
    record Counter(Long id, String name, Integer n) { }

    /** How far a runaway stream is followed before the test calls it runaway. */
    private static final int RUNAWAY = 3_000;
    private static final Query BY_N = Query.all().order(asc("n"));

    /** {@code rows} counters numbered 0… in the unique, so indexed, column {@code n}. */
    private record Counters(Junction db, Model<Counter> model) {
        static Counters of(TestTarget target, int rows) {
            Junction db = target.open(b -> b.timestamps(false));
            Model<Counter> model = db.define(Counter.class, m -> m.attribute("n", a -> a.unique()));
            db.sync();
            model.bulkCreate(IntStream.range(0, rows).mapToObj(i -> new Counter(null, "c" + i, i)).toList());
            return new Counters(db, model);
        }

        List<Long> idsByN() {
            return model.findAll(BY_N).stream().map(Counter::id).toList();
        }

        /** Streams the counters by {@code n}, moving each past all others as it comes; the ids as they came. */
        List<Long> streamMovingEachToTheEnd() {
            List<Long> seen = new ArrayList<>();
            try (Stream<Counter> all = model.stream(BY_N)) {
                all.limit(RUNAWAY).forEach(c -> {
                    seen.add(c.id());
                    model.update(new Counter(c.id(), c.name(), c.n() + 100_000));
                });
            }
            return seen;
        }

        void assertEachMovedOnce(List<Long> seen, List<Long> inOrder) {
            assertThat(seen).containsExactlyElementsOf(inOrder);
            assertThat(model.findAll()).extracting(Counter::n).allMatch(n -> n >= 100_000);
        }
    }

    @DialectTest
    void aStreamSeesEachRowOnceWhileItsTransactionMovesThemToTheEnd(TestTarget target) {
        Counters data = Counters.of(target, 300);
        List<Long> inOrder = data.idsByN();

        List<Long> seen = data.db().transaction(tx -> data.streamMovingEachToTheEnd());

        data.assertEachMovedOnce(seen, inOrder);
    }

    @DialectTest
    void aStreamSeesEachRowOnceWhileStatementsOutsideItMoveThemToTheEnd(TestTarget target) {
        Counters data = Counters.of(target, 300);
        List<Long> inOrder = data.idsByN();

        List<Long> seen = data.streamMovingEachToTheEnd();

        data.assertEachMovedOnce(seen, inOrder);
    }

    @DialectTest
    void aStreamSeesEachRowOnceButNotTheRowsItsTransactionAdds(TestTarget target) {
        Counters data = Counters.of(target, 300);
        Model<Counter> counters = data.model();
        List<Integer> seen = new ArrayList<>();

        data.db().useTransaction(tx -> {
            try (Stream<Counter> all = counters.in(tx).stream(BY_N)) {
                all.limit(RUNAWAY).forEach(c -> {
                    seen.add(c.n());
                    counters.in(tx).create(new Counter(null, "later" + c.n(), c.n() + 100_000));
                });
            }
        });

        assertThat(seen).containsExactlyElementsOf(IntStream.range(0, 300).boxed().toList());
        assertThat(counters.count()).isEqualTo(600);
    }
}
