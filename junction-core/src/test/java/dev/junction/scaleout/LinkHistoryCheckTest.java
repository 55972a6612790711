package dev.junction.scaleout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.TransactionConflictException;
import dev.junction.scaleout.LoggedOperation.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The checker on hand-made logs of owner 1: a clean history in each of the orders it allows, and each anomaly once.
 * The base history: sets A {1, 2} and B {3, 4} overlap (either may be last); add 5 overlaps B; add 6 follows both
 * and is removed; add 7 follows everything; add 8 fails.
 */
class LinkHistoryCheckTest {
    private static final LoggedOperation SET_A = op(1, Kind.SET, List.of(1L, 2L), 0, 10);
    private static final LoggedOperation SET_B = op(2, Kind.SET, List.of(3L, 4L), 5, 15);
    private static final LoggedOperation ADD_5 = op(3, Kind.ADD, List.of(5L), 8, 12);
    private static final LoggedOperation ADD_6 = op(1, Kind.ADD, List.of(6L), 20, 22);
    private static final LoggedOperation REMOVE_6 = op(1, Kind.REMOVE, List.of(6L), 23, 24);
    private static final LoggedOperation ADD_7 = op(2, Kind.ADD, List.of(7L), 25, 26);
    private static final LoggedOperation ADD_8 = new LoggedOperation(3, 1, Kind.ADD, List.of(8L), 27, 28,
            new TransactionConflictException("deadlock", null), 5);
    private static final List<LoggedOperation> LOG = List.of(SET_A, SET_B, ADD_5, ADD_6, REMOVE_6, ADD_7, ADD_8);

    @Test
    void everyStateSomeLinearisationLeavesHasNoAnomaly() {
        for (List<Long> state : List.of(List.of(3L, 4L, 7L), List.of(3L, 4L, 5L, 7L), List.of(1L, 2L, 7L),
                List.of(1L, 2L, 5L, 7L))) {
            Anomalies found = LinkHistoryCheck.check(LOG, Map.of(1L, state));
            assertThat(found.total()).as("%s: %s", state, found).isZero();
            assertThat(found.failures()).containsExactly(Map.entry("TransactionConflictException", 1));
        }
    }

    @Test
    void aPairStoredTwiceIsADuplicate() {
        Anomalies found = LinkHistoryCheck.check(LOG, Map.of(1L, List.of(3L, 4L, 7L, 7L)));
        assertThat(found.duplicates()).isEqualTo(1);
        assertThat(found.total()).isEqualTo(1);
    }

    @Test
    void twoGroupsPresentAreAUnion() {
        Anomalies found = LinkHistoryCheck.check(LOG, Map.of(1L, List.of(1L, 2L, 3L, 4L, 7L)));
        assertThat(found.unions()).isEqualTo(1);
        assertThat(found.total()).isEqualTo(1);
        assertThat(found.details()).singleElement().asString().startsWith("union: owner 1");
    }

    @Test
    void aGroupPartlyPresentIsAPartialSet() {
        Anomalies found = LinkHistoryCheck.check(LOG, Map.of(1L, List.of(3L, 7L)));
        assertThat(found.partialSets()).isEqualTo(1);
        assertThat(found.total()).isEqualTo(1);
    }

    @Test
    void anAddAfterTheSurvivingSetThatIsMissingIsLost() {
        Anomalies found = LinkHistoryCheck.check(LOG, Map.of(1L, List.of(3L, 4L)));
        assertThat(found.lostLinks()).isEqualTo(1);
        assertThat(found.total()).isEqualTo(1);
    }

    @Test
    void aSetKeptOverOneThatStartedAfterItEndedLosesTheLaterOne() {
        LoggedOperation later = op(2, Kind.SET, List.of(3L, 4L, 9L), 20, 30);
        Anomalies found = LinkHistoryCheck.check(List.of(SET_A, later), Map.of(1L, List.of(1L, 2L)));
        assertThat(found.lostLinks()).isEqualTo(3);
        assertThat(found.total()).isEqualTo(3);
    }

    @Test
    void noGroupLeftAfterCommittedSetsLosesTheSmallestCandidate() {
        Anomalies found = LinkHistoryCheck.check(LOG, Map.of(1L, List.of(7L)));
        assertThat(found.lostLinks()).isEqualTo(2);
        assertThat(found.total()).isEqualTo(2);
    }

    @Test
    void linksThatNoLinearisationKeepsAreZombies() {
        LoggedOperation early = op(3, Kind.ADD, List.of(9L), 1, 2); // ended before B started
        List<LoggedOperation> log = new ArrayList<>(LOG);
        log.add(early);
        LoggedOperation failedSet = new LoggedOperation(3, 1, Kind.SET, List.of(10L, 11L), 40, 41,
                new IllegalStateException("boom"), 1);
        log.add(failedSet);
        // 6 removed after its add, 8 and 10 of failed operations, 9 added before set B, 12 linked by nobody
        Anomalies found = LinkHistoryCheck.check(log, Map.of(1L, List.of(3L, 4L, 6L, 7L, 8L, 9L, 10L, 12L)));
        assertThat(found.zombieLinks()).as("%s", found).isEqualTo(5);
        assertThat(found.unions()).as("the failed set's group beside B's").isEqualTo(1);
        assertThat(found.failures()).containsEntry("IllegalStateException", 1);
    }

    @Test
    void anOwnerOutsideTheLogHasOnlyZombies() {
        Anomalies found = LinkHistoryCheck.check(LOG, Map.of(1L, List.of(3L, 4L, 7L), 2L, List.of(3L)));
        assertThat(found.zombieLinks()).isEqualTo(1);
        assertThat(found.total()).isEqualTo(1);
    }

    @Test
    void aLogThatUsesATargetTwiceCannotBeChecked() {
        LoggedOperation again = op(2, Kind.ADD, List.of(3L), 40, 41);
        assertThatThrownBy(() -> LinkHistoryCheck.check(List.of(SET_B, again), Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("target 3 is used twice");
    }

    @Test
    void aRemoveOfATargetNoAddLinkedCannotBeChecked() {
        LoggedOperation remove = op(2, Kind.REMOVE, List.of(3L), 40, 41);
        assertThatThrownBy(() -> LinkHistoryCheck.check(List.of(SET_B, remove), Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a remove must undo an add");
    }

    private static LoggedOperation op(int thread, Kind kind, List<Long> targets, long start, long end) {
        return new LoggedOperation(thread, 1, kind, targets, start, end, null, 1);
    }
}
