package dev.junction.loading;

import static dev.junction.query.Include.include;
import static dev.junction.query.Order.asc;
import static dev.junction.query.Order.desc;
import static dev.junction.query.Where.like;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.association.BelongsTo;
import dev.junction.dialect.Dialect;
import dev.junction.loading.Crowd.Fan;
import dev.junction.query.Loaded;
import dev.junction.query.Query;
import dev.junction.schema.ModelDefinition;
import dev.junction.testing.Backend;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** A stream yields what findAll would, in order, with bounded memory, and gives its connection back however it ends. */
class StreamingTest {
    private static final Query BY_ID = Query.all().order(asc("id"));

    record Item(Long id, String name, Long KindId) { }

    record Kind(Long id, String name) { }

    /** {@code n} narrow items of three kinds, without timestamps. */
    private record Items(Junction db, Model<Item> items, BelongsTo<Item, Kind> kind, List<Kind> kinds) {
        static Items of(TestTarget target, int n) {
            Junction db = target.open(b -> b.timestamps(false));
            Model<Item> items = db.define(Item.class);
            Model<Kind> kindModel = db.define(Kind.class);
            BelongsTo<Item, Kind> kind = items.belongsTo(kindModel);
            db.sync();
            List<Kind> kinds = kindModel.bulkCreate(List.of(new Kind(null, "a"), new Kind(null, "b"),
                    new Kind(null, "c")));
            insert(target, db, items, kinds, n);
            return new Items(db, items, kind, kinds);
        }

        /**
         * Items {@code item0 … item<n-1>}, item {@code i} of kind {@code i % 3}, in one INSERT … SELECT over numbers
         * the database generates: these tests are about reading, and writing the rows one by one through
         * {@code bulkCreate} took half of each test's time.
         */
        private static void insert(TestTarget target, Junction db, Model<Item> items, List<Kind> kinds, int n) {
            Dialect dialect = db.dialect();
            ModelDefinition table = items.definition();
            String numbers = switch (target.backend()) {
                case POSTGRESQL -> "SELECT i FROM generate_series(0, " + (n - 1) + ") AS g(i)";
                case H2 -> "SELECT X AS i FROM SYSTEM_RANGE(0, " + (n - 1) + ")";
                case MARIADB -> "SELECT seq AS i FROM seq_0_to_" + (n - 1); // MariaDB's Sequence engine
                case SQLITE -> "WITH RECURSIVE g(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM g WHERE i < "
                        + (n - 1) + ") SELECT i FROM g";
            };
            String sql = "INSERT INTO " + dialect.quote(table.tableName()) + " ("
                    + dialect.quote(table.attribute("name").orElseThrow().column()) + ", "
                    + dialect.quote(table.attribute("KindId").orElseThrow().column())
                    + ") SELECT CONCAT('item', i), CASE i % 3 WHEN 0 THEN ? WHEN 1 THEN ? ELSE ? END FROM ("
                    + numbers + ") numbers";
            try (Connection c = target.jdbc(); PreparedStatement s = c.prepareStatement(sql)) {
                for (int k = 0; k < 3; k++) s.setLong(k + 1, kinds.get(k).id());
                assertThat(s.executeUpdate()).isEqualTo(n);
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot write the items", e);
            }
        }
    }

    @DialectTest
    void streamYieldsTheRowsOfFindAllInOrder(TestTarget target) {
        Crowd crowd = Crowd.of(target, 2_500);
        Query query = Query.where(like("name", "fan1%")).order(desc("name"));

        try (Stream<Fan> stream = crowd.fans.stream(query)) {
            assertThat(stream.toList()).containsExactlyElementsOf(crowd.fans.findAll(query)).hasSize(1_111);
        }
    }

    @DialectTest
    void streamWithIncludesYieldsWhatFindAllWithIncludesLoads(TestTarget target) {
        Crowd crowd = Crowd.of(target, 2_500);

        List<Loaded<Fan>> found = crowd.fans.findAll(BY_ID, include(crowd.likes).include(include(crowd.network)));
        List<Loaded<Fan>> streamed;
        try (Stream<Loaded<Fan>> stream = crowd.fans.stream(BY_ID, include(crowd.likes)
                .include(include(crowd.network)))) {
            streamed = stream.toList();
        }

        assertThat(streamed).extracting(Loaded::get).containsExactlyElementsOf(crowd.crowd);
        for (int i = 0; i < streamed.size(); i++) {
            assertThat(streamed.get(i).get(crowd.likes)).as("fan %d", i)
                    .containsExactlyInAnyOrderElementsOf(found.get(i).get(crowd.likes))
                    .containsExactlyInAnyOrderElementsOf(crowd.showsOf(i));
        }
        assertThat(streamed.get(1).loaded(crowd.likes).get(0).get(crowd.network)).contains(crowd.channels.get(1));
    }

    @DialectTest
    void streamWithRequiredIncludeYieldsOnlyQualifyingParents(TestTarget target) {
        Crowd crowd = Crowd.of(target, 1_200);

        try (Stream<Loaded<Fan>> stream = crowd.fans.stream(BY_ID, include(crowd.likes).required())) {
            assertThat(stream.map(Loaded::get).toList())
                    .containsExactlyElementsOf(IntStream.range(0, 1_200).filter(i -> i % 11 != 0)
                            .mapToObj(crowd.crowd::get).toList());
        }
    }

    @DialectTest
    void streamingHoldsMemoryBoundedWhateverTheRowCount(TestTarget target) {
        int n = 300_000;
        Items data = Items.of(target, n);
        long materialised = costOfHolding(data.items(), n);

        long baseline = usedHeapAfterGc();
        long peak = 0;
        long count = 0;
        try (Stream<Item> stream = data.items().stream(BY_ID)) {
            Iterator<Item> rows = stream.iterator();
            while (rows.hasNext()) {
                rows.next();
                if (++count % 50_000 == 0) peak = Math.max(peak, usedHeapAfterGc() - baseline);
            }
        }

        assertThat(count).isEqualTo(n);
        assertBounded(peak, materialised, n);
    }

    @DialectTest
    void streamingWithIncludesHoldsMemoryBounded(TestTarget target) {
        int n = 300_000;
        Items data = Items.of(target, n);
        long materialised = costOfHolding(data.items(), n);

        long baseline = usedHeapAfterGc();
        long peak = 0;
        long count = 0;
        try (Stream<Loaded<Item>> stream = data.items().stream(BY_ID, include(data.kind()))) {
            Iterator<Loaded<Item>> rows = stream.iterator();
            while (rows.hasNext()) {
                Loaded<Item> item = rows.next();
                assertThat(item.get(data.kind())).isPresent();
                if (++count % 50_000 == 0) peak = Math.max(peak, usedHeapAfterGc() - baseline);
            }
        }

        assertThat(count).isEqualTo(n);
        assertBounded(peak, materialised, n);
    }

    /**
     * Heap growth while streaming stays under a quarter of what holding every row costs, and under 16 MB. The first
     * check only keeps the bound meaningful (a stream that held its rows would grow by {@code materialised}, four
     * times the bound); 300,000 small rows cost about 16 MB, so it asks for half that, not for the 16 MB itself.
     */
    private static void assertBounded(long peak, long materialised, int n) {
        assertThat(materialised).as("what holding %d rows costs", n).isGreaterThan(8L << 20);
        assertThat(peak).as("heap growth while streaming %d rows (holding them all costs %d MB)", n,
                materialised >> 20).isLessThan(Math.min(materialised / 4, 16L << 20));
    }

    /** The heap that holding every row of {@code items} takes. */
    private static long costOfHolding(Model<Item> items, int n) {
        long baseline = usedHeapAfterGc();
        List<Item> all = items.findAll();
        long cost = usedHeapAfterGc() - baseline;
        assertThat(all).hasSize(n);
        return cost;
    }

    @DialectTest
    void aStreamWithIncludesNeedsNoConnectionBesideItsOwn(TestTarget target) {
        // MariaDB's driver would read the rest of the stream into memory to run another statement on its
        // connection, so there the includes take a second one.
        int pool = target.backend() == Backend.MARIADB ? 2 : 1;
        Crowd crowd = Crowd.of(target, 2_500, b -> b.maxPoolSize(pool));

        List<Loaded<Fan>> streamed;
        try (Stream<Loaded<Fan>> stream = crowd.fans.stream(BY_ID, include(crowd.likes)
                .include(include(crowd.network)))) {
            streamed = stream.toList();
        }

        assertThat(streamed).hasSize(2_500);
        for (int i = 0; i < streamed.size(); i += 7) {
            assertThat(streamed.get(i).get(crowd.likes)).as("fan %d", i)
                    .containsExactlyInAnyOrderElementsOf(crowd.showsOf(i));
        }
        assertThat(crowd.db.poolStats().active()).isZero();
    }

    @DialectTest
    void closingAStreamGivesItsConnectionBack(TestTarget target) {
        Crowd crowd = Crowd.of(target, 3_000);

        try (Stream<Fan> stream = crowd.fans.stream(BY_ID)) {
            assertThat(stream.limit(10).count()).isEqualTo(10);
            assertThat(crowd.db.poolStats().active()).isEqualTo(1);
        }
        assertThat(crowd.db.poolStats().active()).isZero();
        try (Stream<Loaded<Fan>> stream = crowd.fans.stream(BY_ID, include(crowd.likes))) {
            assertThat(stream.limit(1_500).count()).isEqualTo(1_500);
        }
        assertThat(crowd.db.poolStats().active()).isZero();
    }

    @DialectTest
    void aConsumerThrowingMidwayStillGivesTheConnectionBack(TestTarget target) {
        Crowd crowd = Crowd.of(target, 3_000);

        assertThatThrownBy(() -> {
            try (Stream<Loaded<Fan>> stream = crowd.fans.stream(BY_ID, include(crowd.likes))) {
                stream.forEach(fan -> {
                    if (fan.get().name().equals("fan1234")) throw new IllegalStateException("consumer failed");
                });
            }
        }).isInstanceOf(IllegalStateException.class).hasMessage("consumer failed");

        assertThat(crowd.db.poolStats().active()).isZero();
        assertThat(crowd.fans.count()).as("the pool still works").isEqualTo(3_000);
    }

    @DialectTest
    void aStreamReadToTheEndGivesItsConnectionBackEvenUnclosed(TestTarget target) {
        Crowd crowd = Crowd.of(target, 2_000);

        List<Fan> all = crowd.fans.stream(BY_ID).toList();
        List<Loaded<Fan>> loaded = crowd.fans.stream(BY_ID, include(crowd.likes)).toList();

        assertThat(all).hasSize(2_000);
        assertThat(loaded).hasSize(2_000);
        assertThat(crowd.db.poolStats().active()).isZero();
    }

    @DialectTest
    void streamInATransactionReadsItsUncommittedRowsAndLeavesItOpen(TestTarget target) {
        Crowd crowd = Crowd.of(target, 1_500);

        List<Loaded<Fan>> streamed = crowd.db.transaction(tx -> {
            Fan extra = crowd.fans.in(tx).create(new Fan(null, "late fan"));
            crowd.likes.add(extra, crowd.lineup.get(3));
            List<Loaded<Fan>> rows;
            try (Stream<Loaded<Fan>> stream = crowd.fans.in(tx).stream(BY_ID, include(crowd.likes))) {
                rows = stream.toList();
            }
            assertThat(crowd.fans.in(tx).count()).as("the transaction goes on").isEqualTo(1_501);
            return rows;
        });

        assertThat(streamed).hasSize(1_501);
        assertThat(streamed.get(1_500).get().name()).isEqualTo("late fan");
        assertThat(streamed.get(1_500).get(crowd.likes)).containsExactly(crowd.lineup.get(3));
        assertThat(streamed.get(7).get(crowd.likes)).containsExactlyInAnyOrderElementsOf(crowd.showsOf(7));
        assertThat(crowd.db.poolStats().active()).isZero();
    }

    /** Heap in use after a full collection: what is still reachable. */
    private static long usedHeapAfterGc() {
        var memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
