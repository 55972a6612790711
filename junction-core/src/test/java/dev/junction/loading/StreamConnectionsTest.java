package dev.junction.loading;

import static dev.junction.query.Include.include;
import static dev.junction.query.Order.asc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.junction.ConnectionException;
import dev.junction.JunctionConfig;
import dev.junction.loading.Crowd.Fan;
import dev.junction.query.Loaded;
import dev.junction.query.Query;
import dev.junction.testing.Backend;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A stream never needs a connection it does not hold from the moment it opens, and the forms that close the stream
 * themselves give the connection back however early they stop.
 */
class StreamConnectionsTest {
    private static final Query BY_ID = Query.all().order(asc("id"));
    private static final int POOL = 4;

    @DialectTest
    void aStreamWithIncludesReadsToTheEndWhileEveryOtherConnectionIsTaken(TestTarget target) {
        Crowd crowd = Crowd.of(target, 2_500, b -> b.maxPoolSize(POOL));
        List<Stream<Fan>> others = new ArrayList<>(); // each holds a connection until closed

        long read;
        try (Stream<Loaded<Fan>> stream = crowd.fans.stream(BY_ID, include(crowd.likes))) {
            for (int held = crowd.db.poolStats().active(); held < POOL; held++) {
                others.add(crowd.fans.stream(BY_ID));
            }
            assertThat(crowd.db.poolStats().active()).isEqualTo(POOL);
            read = stream.filter(fan -> fan.get(crowd.likes).size() == crowd.showsOf(fanNumber(fan)).size()).count();
        } finally {
            others.forEach(Stream::close);
        }

        assertThat(read).isEqualTo(2_500);
        assertThat(crowd.db.poolStats().active()).isZero();
    }

    @DialectTest
    void asManyThreadsAsConnectionsStreamingWithIncludesAllFinish(TestTarget target) throws Exception {
        Crowd crowd = Crowd.of(target, 1_500, b -> b.maxPoolSize(POOL));
        ExecutorService threads = Executors.newFixedThreadPool(POOL);
        try {
            List<Future<Long>> counts = new ArrayList<>();
            for (int t = 0; t < POOL; t++) {
                counts.add(threads.submit(() -> {
                    long rows = 0;
                    for (int round = 0; round < 3; round++) {
                        try (Stream<Loaded<Fan>> stream = crowd.fans.stream(BY_ID, include(crowd.likes))) {
                            rows += stream.count();
                        }
                    }
                    return rows;
                }));
            }
            for (Future<Long> count : counts) {
                assertThat(count.get(60, TimeUnit.SECONDS)).isEqualTo(4_500);
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(crowd.db.poolStats().active()).isZero();
    }

    @DialectTest
    void aStreamWithIncludesOnAPoolOfOneRunsOrSaysAtOnceThatItCannot(TestTarget target) {
        Crowd crowd = Crowd.of(target, 1_500, b -> b.maxPoolSize(1));

        long start = System.nanoTime();
        Throwable failure = catchThrowable(() -> {
            try (Stream<Loaded<Fan>> stream = crowd.fans.stream(BY_ID, include(crowd.likes))) {
                assertThat(stream.count()).isEqualTo(1_500);
            }
        });

        if (target.backend() == Backend.MARIADB) {
            assertThat(failure).isInstanceOf(ConnectionException.class)
                    .hasMessageContaining("needs two connections").hasMessageContaining("maxPoolSize");
            assertThat(System.nanoTime() - start).as("failed at once").isLessThan(2_000_000_000L);
            List<Loaded<Fan>> inTransaction = crowd.db.transaction(tx -> {
                try (Stream<Loaded<Fan>> stream = crowd.fans.in(tx).stream(BY_ID, include(crowd.likes))) {
                    return stream.toList();
                }
            });
            assertThat(inTransaction).as("inside a transaction one connection does").hasSize(1_500);
        } else {
            assertThat(failure).isNull();
        }
        assertThat(crowd.db.poolStats().active()).isZero();
    }

    @DialectTest
    void withStreamStoppingEarlyGivesTheConnectionBack(TestTarget target) {
        Crowd crowd = Crowd.of(target, 3_000, b -> b.maxPoolSize(POOL));

        for (int i = 0; i < POOL + 2; i++) {
            String wanted = "fan" + (1_000 + i);
            Optional<Fan> found = crowd.fans.withStream(BY_ID, rows -> rows.filter(f -> f.name().equals(wanted))
                    .findFirst());
            assertThat(found).map(Fan::name).contains(wanted);
            assertThat(crowd.db.poolStats().active()).isZero();
        }
    }

    @DialectTest
    void forEachHandsOnEveryRowAndGivesTheConnectionBackEvenWhenTheActionThrows(TestTarget target) {
        Crowd crowd = Crowd.of(target, 2_000, b -> b.maxPoolSize(POOL));
        AtomicInteger plain = new AtomicInteger();
        AtomicInteger withLikes = new AtomicInteger();

        crowd.fans.forEach(BY_ID, fan -> plain.incrementAndGet());
        crowd.fans.forEach(BY_ID, List.of(include(crowd.likes)), fan -> {
            if (fan.get(crowd.likes).size() == crowd.showsOf(fanNumber(fan)).size()) withLikes.incrementAndGet();
        });
        Throwable thrown = catchThrowable(() -> crowd.fans.forEach(BY_ID, fan -> {
            if (fan.name().equals("fan1500")) throw new IllegalStateException("action failed");
        }));

        assertThat(plain).hasValue(2_000);
        assertThat(withLikes).hasValue(2_000);
        assertThat(thrown).isInstanceOf(IllegalStateException.class).hasMessage("action failed");
        assertThat(crowd.db.poolStats().active()).isZero();
    }

    @DialectTest
    void leakDetectionWarnsNamingWhereAStreamLeftOpenTookItsConnection(TestTarget target) throws Exception {
        Crowd crowd = Crowd.of(target, 3_000, b -> b.leakDetection(Duration.ofSeconds(2)));
        String callSite = "leakDetectionWarnsNamingWhereAStreamLeftOpenTookItsConnection";

        try (ErrCapture err = new ErrCapture(callSite); Stream<Fan> leaked = crowd.fans.stream(BY_ID)) {
            // Part-read and not closed for the next seconds. The iterator is held to the end: a stream whose reader
            // is collected gives its connection back (StreamLeakGuard), and HikariCP would see no leak.
            Iterator<Fan> reading = leaked.iterator();
            assertThat(reading.next()).isNotNull();

            assertThat(err.await(10)).as("a leak warning within 10 s").isTrue();
            assertThat(err.text()).contains("Apparent connection leak detected");
            assertThat(reading.hasNext()).as("the stream still reads: HikariCP only warns").isTrue();
        }
    }

    @DialectTest
    void aStreamDroppedUnclosedGivesItsConnectionBackOnceCollectedSayingWhereItWasOpened(TestTarget target)
            throws Exception {
        Crowd crowd = Crowd.of(target, 3_000, b -> b.maxPoolSize(POOL));
        String callSite = "aStreamDroppedUnclosedGivesItsConnectionBackOnceCollectedSayingWhereItWasOpened";

        try (ErrCapture err = new ErrCapture(callSite)) {
            assertThat(crowd.fans.stream(BY_ID).findFirst()).isPresent(); // stopped early, never closed
            assertThat(crowd.db.poolStats().active()).isEqualTo(1);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30); // a loaded machine collects late
            while (crowd.db.poolStats().active() > 0 && System.nanoTime() < deadline) {
                System.gc();
            }

            assertThat(crowd.db.poolStats().active()).as("given back once collected").isZero();
            assertThat(err.await(10)).as("a warning naming the caller").isTrue();
            assertThat(err.text()).contains("dropped without being read to the end or closed");
        }
    }

    /** Copies what is printed to {@code System.err} while open; {@link #await} waits for a line with a text. */
    private static final class ErrCapture implements AutoCloseable {
        private final PrintStream original = System.err;
        private final StringBuilder text = new StringBuilder();
        private final CountDownLatch seen = new CountDownLatch(1);

        ErrCapture(String awaited) {
            System.setErr(new PrintStream(new OutputStream() {
                @Override
                public void write(int b) {
                    synchronized (text) {
                        original.write(b);
                        text.append((char) b);
                        if (b == '\n' && text.indexOf(awaited) >= 0) seen.countDown();
                    }
                }
            }, true));
        }

        boolean await(int seconds) throws InterruptedException {
            return seen.await(seconds, TimeUnit.SECONDS);
        }

        String text() {
            synchronized (text) {
                return text.toString();
            }
        }

        @Override
        public void close() {
            System.setErr(original);
        }
    }

    @Test
    void leakDetectionIsOffOrAtLeastTwoSeconds() {
        assertThat(JunctionConfig.builder().url("jdbc:h2:mem:x").build().leakDetection()).isZero();
        assertThat(catchThrowable(() -> JunctionConfig.builder().url("jdbc:h2:mem:x")
                .leakDetection(Duration.ofMillis(500)).build())).isInstanceOf(dev.junction.ValidationException.class)
                .hasMessageContaining("leakDetection").hasMessageContaining("2 s");
        assertThat(catchThrowable(() -> JunctionConfig.builder().url("jdbc:h2:mem:x").leakDetection(null).build()))
                .isInstanceOf(dev.junction.ValidationException.class).hasMessageContaining("leakDetection");
    }

    /** The number in a fan's name: fan 17 is "fan17". */
    private static int fanNumber(Loaded<Fan> fan) {
        return Integer.parseInt(fan.get().name().substring("fan".length()));
    }
}
