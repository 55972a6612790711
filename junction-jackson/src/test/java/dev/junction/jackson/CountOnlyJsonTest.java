package dev.junction.jackson;

import static dev.junction.query.Include.include;
import static dev.junction.query.Order.asc;
import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.jackson.Studio.Network;
import dev.junction.jackson.Studio.Show;
import dev.junction.jackson.Studio.User;
import dev.junction.query.Include;
import dev.junction.query.Query;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;

/**
 * A count-only include is written as a number under its alias and {@code Count} ({@code "FavoritesCount": 2}),
 * after the associations that loaded targets, at whatever depth it was included.
 */
class CountOnlyJsonTest {
    private static final Query BY_ID = Query.all().order(asc("id"));

    @DialectTest
    void aCountOnlyIncludeIsANumberUnderItsAliasAndCount(TestTarget target) {
        Studio studio = new Studio(target);
        User alice = studio.user("alice");
        User bob = studio.user("bob");
        studio.rate(alice, studio.show("Dune", null), 5);
        studio.rate(alice, studio.show("Heat", null), 4);

        assertThat(studio.json(studio.users.findAll(BY_ID, Include.count(studio.favorites))))
                .isEqualTo(studio.expected("""
                        [{'id': %d, 'username': 'alice', 'joinedAt': '2026-07-05T09:30:00Z', 'FavoritesCount': 2},
                         {'id': %d, 'username': 'bob', 'joinedAt': '2026-07-05T09:30:00Z', 'FavoritesCount': 0}]
                        """.formatted(alice.id(), bob.id())));
    }

    @DialectTest
    void countsFollowTheLoadedAssociationsAndNestInsideThem(TestTarget target) {
        Studio studio = new Studio(target);
        User carol = studio.user("carol");
        Network hbo = studio.network("HBO");
        Show dune = studio.show("Dune", hbo);
        studio.show("Arrival", hbo);
        studio.rate(carol, dune, 3);
        studio.profile(carol, "reads");

        Object loaded = studio.users.findAll(BY_ID, Include.count(studio.favorites),
                include(studio.profile));
        assertThat(studio.json(loaded).get(0).fieldNames()).toIterable()
                .containsExactly("id", "username", "joinedAt", "Profile", "FavoritesCount");

        Object shows = studio.shows.findAll(Query.where(dev.junction.query.Where.eq("id", dune.id())),
                include(studio.network).include(Include.count(studio.catalog)));
        assertThat(studio.json(shows)).isEqualTo(studio.expected("""
                [{'id': %1$d, 'title': 'Dune', 'NetworkId': %2$d,
                  'Network': {'id': %2$d, 'name': 'HBO', 'CatalogCount': 2}}]
                """.formatted(dune.id(), hbo.getId())));
    }
}
