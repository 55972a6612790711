package dev.junction.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.Row;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import dev.junction.testing.Simultaneously;
import org.junit.jupiter.api.Test;

/**
 * The compact rows an eager load hands out for join rows behave exactly as ordinary rows: same lookups, order,
 * equality and size; a write turns one into a map of its own and never shows through another row over the same
 * arrays. (The loader's use of them is covered by the loading tests on every database.)
 */
class CompactRowTest {
    private static final String[] NAMES = {"UserId", "ShowId", "rating", "createdAt"};

    private static Object[] values() {
        return new Object[] {1L, 2L, null, Instant.parse("2024-01-02T03:04:05Z")};
    }

    private static Row ordinary() {
        Map<String, Object> map = new LinkedHashMap<>();
        Object[] values = values();
        for (int i = 0; i < NAMES.length; i++) map.put(NAMES[i], values[i]);
        return new Row(map);
    }

    @Test
    void readsLikeAnOrdinaryRow() {
        Row compact = RowAccess.compact(NAMES, values());

        assertThat(compact).isEqualTo(ordinary()).hasSameHashCodeAs(ordinary()).hasSize(4);
        assertThat(compact.getLong("UserId")).isEqualTo(1L);
        assertThat(compact.get(new String("ShowId"))).as("an equal name, not the same string").isEqualTo(2L);
        assertThat(compact.containsKey("rating")).isTrue();
        assertThat(compact.get("rating")).isNull();
        assertThat(compact.containsKey("missing")).isFalse();
        assertThat(compact.getInstant("createdAt")).isEqualTo(Instant.parse("2024-01-02T03:04:05Z"));
        assertThat(List.copyOf(compact.keySet())).containsExactly(NAMES);
        assertThat(compact.toString()).isEqualTo(ordinary().toString());
    }

    @Test
    void writesChangeOnlyTheRowWritten() {
        Object[] shared = values();
        Row first = RowAccess.compact(NAMES, shared);
        Row second = RowAccess.compact(NAMES, shared);

        first.put("rating", 5);
        first.remove("ShowId");
        second.with("note", "x");

        assertThat(first).containsExactly(Map.entry("UserId", 1L), Map.entry("rating", 5),
                Map.entry("createdAt", Instant.parse("2024-01-02T03:04:05Z")));
        assertThat(second.get("rating")).isNull();
        assertThat(second).hasSize(5).containsEntry("ShowId", 2L).containsEntry("note", "x");
        assertThat(shared).containsExactly(values());
        assertThat(RowAccess.compact(NAMES, shared)).isEqualTo(ordinary());
    }

    /**
     * An unchanged row may be read by several threads at once, as an ordinary row (a LinkedHashMap) may: two
     * threads iterating the same compact rows (hashCode, toString, a JSON writer) must both see every value.
     * Review of issue 19: the first iteration turns the row into a map and clears the compact arrays while the other
     * thread is still reading them (NullPointerException in Row.map).
     */
    @Test
    void concurrentReadsOfAnUnchangedRowAreSafe() throws Exception {
        int n = 200_000;
        Row[] rows = new Row[n];
        Object[] shared = values();
        for (int i = 0; i < n; i++) rows[i] = RowAccess.compact(NAMES, shared);
        java.util.concurrent.Callable<Integer> iterate = () -> {
            int sum = 0;
            for (Row row : rows) sum += row.hashCode();
            return sum;
        };

        List<Integer> sums = Simultaneously.run(iterate, iterate);

        assertThat(sums.get(0)).isEqualTo(sums.get(1)).isEqualTo(n * ordinary().hashCode());
    }
}
