package dev.junction.association.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.association.internal.LinkInserts.Wanted;
import dev.junction.association.internal.OwnerLinks.Existing;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The pairing of wanted and stored links a duplicate-allowing {@code set} writes (no database involved). */
class LinkMultisetDiffTest {

    @Test
    void eachWantedLinkClaimsAStoredOneWithItsValuesBeforeAnyOtherOfItsTarget() {
        Existing a1 = new Existing(1L, 7L, Map.of("stars", 1));
        Existing a2 = new Existing(2L, 7L, Map.of("stars", 2));
        Existing b = new Existing(3L, 8L, Map.of("stars", 1));
        Wanted wantTwo = new Wanted(7L, Map.of("stars", 2));
        Wanted wantThree = new Wanted(7L, Map.of("stars", 3));
        Wanted wantNew = new Wanted(9L, Map.of());

        LinkMultisetDiff.Plan plan = LinkMultisetDiff.of(List.of(wantTwo, wantThree, wantNew), List.of(a1, a2, b));

        assertThat(plan.deletes()).containsExactly(b);
        assertThat(plan.inserts()).containsExactly(wantNew);
        assertThat(plan.retunes()).containsExactly(new LinkMultisetDiff.Retune(a1, wantThree));
    }

    @Test
    void keysThatCompareEqualAsNumbersOrBytesAreOneTarget() {
        Existing decimal = new Existing(1L, new BigDecimal("1.0"), Map.of());
        Existing bytes = new Existing(2L, new byte[] {1, 2}, Map.of());

        LinkMultisetDiff.Plan plan = LinkMultisetDiff.of(
                List.of(new Wanted(new BigDecimal("1.00"), Map.of()), new Wanted(new byte[] {1, 2}, Map.of())),
                List.of(decimal, bytes));

        assertThat(plan.deletes()).isEmpty();
        assertThat(plan.inserts()).isEmpty();
        assertThat(plan.retunes()).isEmpty();
    }

    @Test
    void aTargetWantedOnceOfTwiceKeepsItsFirstStoredLink() {
        List<Existing> stored = new ArrayList<>();
        List<Wanted> wanted = new ArrayList<>();
        for (long i = 0; i < 50_000; i++) {
            stored.add(new Existing(i, i % 25_000, Map.of()));
            if (i < 49_000) wanted.add(new Wanted(i % 25_000, Map.of()));
        }

        LinkMultisetDiff.Plan plan = LinkMultisetDiff.of(wanted, stored);

        assertThat(plan.deletes()).extracting(Existing::id)
                .containsExactlyElementsOf(stored.subList(49_000, 50_000).stream().map(Existing::id).toList());
        assertThat(plan.inserts()).isEmpty();
    }
}
