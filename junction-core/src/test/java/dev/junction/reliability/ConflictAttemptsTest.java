package dev.junction.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.junction.Junction;
import dev.junction.JunctionConfig;
import dev.junction.Model;
import dev.junction.TransactionConflictException;
import dev.junction.ValidationException;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import dev.junction.testing.Topology;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/**
 * How often Junction runs a transaction of its own that keeps colliding ({@code conflictAttempts}, default 5), made to
 * collide on cue: a model's afterCreate hook, which runs inside the create's transaction, throws the conflict a
 * deadlock would, as many times as the test says.
 */
class ConflictAttemptsTest {
    record Show(Long id, String title) {
    }

    /** The Junction {@link #shows} opened last (each test runs on its own instance of this class). */
    private Junction lastOpened;

    /** A Junction whose Show creates collide {@code collisions} times; {@code runs} counts the hook's runs. */
    private Model<Show> shows(TestTarget target, UnaryOperator<JunctionConfig.Builder> config, int collisions,
                                     AtomicInteger runs) {
        Junction db = target.open(config);
        lastOpened = db;
        Model<Show> shows = db.define(Show.class, m -> m.hooks(Show.class, h -> h.afterCreate(s -> {
            if (runs.incrementAndGet() <= collisions) {
                throw new TransactionConflictException("collided on cue (attempt " + runs.get() + ")",
                        new SQLException("deadlock", "40001", 1213));
            }
        })));
        db.sync();
        return shows;
    }

    @DialectTest
    void aCollisionThatNeverClearsIsThrownAfterFiveAttemptsByDefault(TestTarget target) {
        AtomicInteger runs = new AtomicInteger();
        Model<Show> shows = shows(target, b -> b, Integer.MAX_VALUE, runs);
        // 5 by default; 10 on a Galera cluster, whose writers through other nodes collide at commit.
        int expected = Topology.current() == Topology.GALERA ? JunctionConfig.DEFAULT_CLUSTER_CONFLICT_ATTEMPTS : 5;

        Throwable thrown = catchThrowable(() -> shows.create(new Show(null, "Dune")));

        assertThat(thrown).isInstanceOf(TransactionConflictException.class).hasMessageContaining("attempt " + expected);
        assertThat(thrown.getSuppressed()).as("the attempt before").hasSize(1);
        assertThat(runs).hasValue(expected);
        assertThat(shows.count()).as("every attempt rolled back").isZero();
    }

    @DialectTest
    void conflictAttemptsSetsHowOftenATransactionIsRun(TestTarget target) {
        AtomicInteger runs = new AtomicInteger();
        Model<Show> shows = shows(target, b -> b.conflictAttempts(3), Integer.MAX_VALUE, runs);

        assertThatThrownBy(() -> shows.create(new Show(null, "Dune")))
                .isInstanceOf(TransactionConflictException.class).hasMessageContaining("attempt 3");
        assertThat(runs).hasValue(3);
        assertThat(shows.count()).isZero();
    }

    @DialectTest
    void oneAttemptNeverRunsItAgain(TestTarget target) {
        AtomicInteger runs = new AtomicInteger();
        Model<Show> shows = shows(target, b -> b.conflictAttempts(1), Integer.MAX_VALUE, runs);

        Throwable thrown = catchThrowable(() -> shows.create(new Show(null, "Dune")));

        assertThat(thrown).isInstanceOf(TransactionConflictException.class);
        assertThat(thrown.getSuppressed()).isEmpty();
        assertThat(runs).hasValue(1);
    }

    @DialectTest
    void aLargerBudgetOutlastsMoreCollisions(TestTarget target) {
        AtomicInteger runs = new AtomicInteger();
        Model<Show> shows = shows(target, b -> b.conflictAttempts(8), 6, runs);

        Show dune = shows.create(new Show(null, "Dune"));

        assertThat(runs).as("six collisions, then through").hasValue(7);
        assertThat(shows.findAll()).containsExactly(dune);
    }

    @DialectTest
    void insideTheCallersTransactionNothingIsRunAgain(TestTarget target) {
        AtomicInteger runs = new AtomicInteger();
        Model<Show> shows = shows(target, b -> b.conflictAttempts(8), Integer.MAX_VALUE, runs);

        assertThatThrownBy(() -> lastOpened.useTransaction(tx -> {
            shows.create(new Show(null, "Dune"));
        })).isInstanceOf(TransactionConflictException.class);
        assertThat(runs).hasValue(1);
        assertThat(shows.count()).isZero();
    }

    @DialectTest
    void aBudgetBelowOneIsRefused(TestTarget target) {
        assertThatThrownBy(() -> target.config().conflictAttempts(0).build())
                .isInstanceOf(ValidationException.class).hasMessageContaining("conflictAttempts")
                .hasMessageContaining("was 0");
        assertThat(target.config().build().conflictAttempts()).as("0: the database's default").isZero();
    }
}
