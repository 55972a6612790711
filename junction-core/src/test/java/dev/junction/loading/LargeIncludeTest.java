package dev.junction.loading;

import static dev.junction.query.Include.include;
import static dev.junction.query.Order.asc;
import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.loading.Crowd.Fan;
import dev.junction.loading.Crowd.Show;
import dev.junction.query.Loaded;
import dev.junction.query.Query;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.util.List;

/** An include over 100,000 parents works on every database, each parent getting exactly its own children. */
class LargeIncludeTest {
    private static final int PARENTS = 100_000;

    @DialectTest
    void includeOverAHundredThousandParentsGivesEachItsOwnChildren(TestTarget target) {
        Crowd crowd = Crowd.of(target, PARENTS);

        List<Loaded<Fan>> loaded = crowd.fans.findAll(Query.all().order(asc("id")),
                include(crowd.likes).include(include(crowd.network)));

        assertThat(loaded).hasSize(PARENTS);
        for (int i = 0; i < PARENTS; i++) {
            Loaded<Fan> fan = loaded.get(i);
            assertThat(fan.get()).isEqualTo(crowd.crowd.get(i));
            List<Show> likes = fan.get(crowd.likes);
            if (!sameShows(likes, crowd.showsOf(i))) {
                assertThat(likes).as("likes of fan %d", i).containsExactlyInAnyOrderElementsOf(crowd.showsOf(i));
            }
        }
        Loaded<Show> aShow = loaded.get(1).loaded(crowd.likes).get(0);
        assertThat(aShow.get(crowd.network)).contains(crowd.channels.get(1));
    }

    /** A cheap check first: AssertJ per element would dominate the test's time. */
    private static boolean sameShows(List<Show> actual, List<Show> expected) {
        return actual.size() == expected.size() && actual.containsAll(expected);
    }
}
