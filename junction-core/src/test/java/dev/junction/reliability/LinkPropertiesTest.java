package dev.junction.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.junction.query.Where;
import dev.junction.reliability.Catalog.Show;
import dev.junction.reliability.Catalog.User;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A property, checked on random sequences of association calls: after every add, remove, set or create on Favorites
 * (unique) and Watched (unique(false)), the join tables hold exactly the links an in-memory model of the same calls
 * says, and the association's own count agrees.
 *
 * <p>Each run draws {@value #SEQUENCES} sequences of up to {@value #LONGEST} calls on three users and five shows
 * (small, so that calls keep meeting the same pairs) from a random seed. A failure names the seed — rerun with
 * {@code -Djunction.seed=…} to get the same sequences — and the shortest sequence found to fail, shrunk by leaving
 * out one call at a time. The generator and shrinker are these few lines rather than jqwik: jqwik 1.10 prints text
 * aimed at coding agents into test output, and its author asks that agents not use it at all.
 */
class LinkPropertiesTest {
    static final int SEQUENCES = 30;
    static final int LONGEST = 16;

    @DialectTest
    void everySequenceOfLinkCallsLeavesTheLinksTheModelSays(TestTarget target) throws Exception {
        Catalog c = new Catalog(target, b -> b);
        List<User> users = c.createUsers(3);
        List<Show> shows = c.createShows(5);
        long seed = Long.getLong("junction.seed", new Random().nextLong());
        Random random = new Random(seed);

        try (Connection jdbc = target.jdbc()) {
            Sequences sequences = new Sequences(c, users, jdbc);
            for (int n = 1; n <= SEQUENCES; n++) {
                List<LinkOperation> sequence = new ArrayList<>();
                int length = 1 + random.nextInt(LONGEST);
                for (int i = 0; i < length; i++) sequence.add(LinkOperation.random(random, users, shows));
                if (sequences.disagreement(sequence) != null) {
                    List<LinkOperation> shortest = sequences.shrink(sequence);
                    fail("Seed " + seed + ", sequence " + n + " of " + SEQUENCES + ", shrunk to " + shortest.size()
                            + " calls: " + shortest + "\n  " + sequences.disagreement(shortest));
                }
            }
        }
        assertThat(c.db.poolStats().active()).isZero();
    }

    /** Runs sequences from no links at all, and shrinks failing ones. */
    private record Sequences(Catalog c, List<User> users, Connection jdbc) {

        /** What first disagreed when running {@code sequence} from no links, or null when nothing did. */
        String disagreement(List<LinkOperation> sequence) throws SQLException {
            c.favorites.through().destroy(Where.all());
            c.watched.through().destroy(Where.all());
            LinkModel model = new LinkModel();
            for (int i = 0; i < sequence.size(); i++) {
                String step = "after call " + (i + 1) + ", " + sequence.get(i) + ": ";
                try {
                    sequence.get(i).run(c, model);
                } catch (RuntimeException e) {
                    return step + "threw " + e;
                }
                String wrong = compare(model);
                if (wrong != null) return step + wrong;
            }
            return null;
        }

        private String compare(LinkModel model) throws SQLException {
            if (!c.favoriteRows(jdbc).equals(model.favorites())) {
                return "Favorites are " + c.favoriteRows(jdbc) + ", the model says " + model.favorites();
            }
            if (!c.watchedRows(jdbc).equals(model.watched())) {
                return "Watched are " + c.watchedRows(jdbc) + ", the model says " + model.watched();
            }
            for (User user : users) {
                long favorites = model.favorites().getOrDefault(user.id(), List.of()).size();
                long watched = model.watched().getOrDefault(user.id(), List.of()).size();
                if (c.favorites.count(user) != favorites || c.watched.count(user) != watched) {
                    return user.username() + "'s counts are " + c.favorites.count(user) + " and "
                            + c.watched.count(user) + ", the model says " + favorites + " and " + watched;
                }
            }
            return null;
        }

        /** The sequence with calls left out, one at a time, for as long as it still fails. */
        List<LinkOperation> shrink(List<LinkOperation> failing) throws SQLException {
            List<LinkOperation> shortest = new ArrayList<>(failing);
            boolean shorter = true;
            while (shorter) {
                shorter = false;
                for (int i = shortest.size() - 1; i >= 0 && shortest.size() > 1; i--) {
                    List<LinkOperation> candidate = new ArrayList<>(shortest);
                    candidate.remove(i);
                    if (disagreement(candidate) != null) {
                        shortest = candidate;
                        shorter = true;
                    }
                }
            }
            return shortest;
        }
    }
}
