package dev.junction.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.reliability.Catalog.Show;
import dev.junction.reliability.Catalog.User;
import dev.junction.testing.TestTarget;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A {@code set} in a transaction that has read before: another caller's {@code set} of the same owner commits between
 * that read and this {@code set}. The owner's lock makes the two take turns, but on MariaDB, whose REPEATABLE READ lets
 * every plain read of a transaction see the snapshot of its first, the links read after the lock would be those of the
 * earlier snapshot: the other caller's links would stay, beside this caller's. The set must leave exactly its own.
 * (SQLite lets one transaction write at a time, so the other caller could not commit in between there.)
 */
class SetAfterAnEarlierReadTest {

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("dev.junction.reliability.Catalog#rowLockingDatabases")
    void aSetInATransactionThatReadBeforeLeavesOnlyItsOwnLinks(TestTarget target) throws Exception {
        Catalog c = new Catalog(target, b -> b.maxPoolSize(4));
        User alice = c.createUsers(1).get(0);
        List<Show> shows = c.createShows(6);
        List<Show> mine = shows.subList(0, 3);
        List<Show> theirs = shows.subList(3, 6);
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            c.db.transaction(tx -> {
                assertThat(c.favorites.get(alice)).isEmpty(); // the transaction's first read: its snapshot, on MariaDB
                other.submit(() -> c.favorites.set(alice, theirs)).get(30, TimeUnit.SECONDS);
                c.favorites.set(alice, mine);
                return null;
            });
        } finally {
            other.shutdownNow();
        }

        assertThat(ids(c.favorites.get(alice))).isEqualTo(ids(mine));
        assertThat(c.favoriteRows().get(alice.id())).containsExactlyInAnyOrderElementsOf(ids(mine));
    }

    private static Set<Long> ids(List<Show> shows) {
        return shows.stream().map(Show::id).collect(Collectors.toSet());
    }
}
