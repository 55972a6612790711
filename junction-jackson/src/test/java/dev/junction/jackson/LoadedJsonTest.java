package dev.junction.jackson;

import static dev.junction.query.Include.include;
import static dev.junction.query.Order.asc;
import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.Row;
import dev.junction.jackson.Studio.Network;
import dev.junction.jackson.Studio.Show;
import dev.junction.jackson.Studio.User;
import dev.junction.query.Query;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;

/**
 * {@code Loaded} is written as Sequelize's {@code toJSON} writes an instance fetched with include: its properties,
 * then each loaded association under its alias, nested includes inside, what was not included left out.
 */
class LoadedJsonTest {
    private static final Query BY_ID = Query.all().order(asc("id"));

    @DialectTest
    void everyAssociationKindNestsUnderItsAliasWithJoinValuesUnderTheJoinModel(TestTarget target) {
        Studio studio = new Studio(target);
        User alice = studio.user("alice");
        Network hbo = studio.network("HBO");
        Show dune = studio.show("Dune", hbo);
        Show arrival = studio.show("Arrival", hbo);
        studio.rate(alice, dune, 5);
        Row bio = studio.profile(alice, "likes dunes");

        Object loaded = studio.users.findAll(BY_ID,
                include(studio.favorites).order(asc("title")).include(include(studio.network)
                        .include(include(studio.catalog).order(asc("title")))),
                include(studio.profile));

        assertThat(studio.json(loaded)).isEqualTo(studio.expected("""
                [{'id': %1$d, 'username': 'alice', 'joinedAt': '2026-07-05T09:30:00Z',
                  'Favorites': [{'id': %2$d, 'title': 'Dune', 'NetworkId': %3$d,
                                 'Network': {'id': %3$d, 'name': 'HBO',
                                             'Catalog': [{'id': %4$d, 'title': 'Arrival', 'NetworkId': %3$d},
                                                         {'id': %2$d, 'title': 'Dune', 'NetworkId': %3$d}]},
                                 'UserFavorites': {'UserId': %1$d, 'ShowId': %2$d, 'rating': 5,
                                                   'createdAt': '<instant>', 'updatedAt': '<instant>'}}],
                  'Profile': {'id': %5$d, 'bio': 'likes dunes', 'createdAt': '<instant>', 'updatedAt': '<instant>',
                              'UserId': %1$d}}]
                """.formatted(alice.id(), dune.id(), hbo.getId(), arrival.id(), bio.getLong("id"))));
    }

    @DialectTest
    void aToOneWithNothingIsNullAndAToManyWithNothingIsAnEmptyArray(TestTarget target) {
        Studio studio = new Studio(target);
        User bob = studio.user("bob");
        Show orphan = studio.show("Orphan", null);
        Network empty = studio.network("Nothing");

        assertThat(studio.json(studio.users.findAll(include(studio.favorites), include(studio.profile))))
                .isEqualTo(studio.expected("""
                        [{'id': %d, 'username': 'bob', 'joinedAt': '2026-07-05T09:30:00Z', 'Favorites': [],
                          'Profile': null}]""".formatted(bob.id())));
        assertThat(studio.json(studio.shows.findAll(include(studio.network))))
                .isEqualTo(studio.expected("[{'id': %d, 'title': 'Orphan', 'NetworkId': null, 'Network': null}]"
                        .formatted(orphan.id())));
        assertThat(studio.json(studio.networks.findAll(include(studio.catalog))))
                .isEqualTo(studio.expected("[{'id': %d, 'name': 'Nothing', 'Catalog': []}]"
                        .formatted(empty.getId())));
    }

    @DialectTest
    void associationsNotIncludedAreLeftOut(TestTarget target) {
        Studio studio = new Studio(target);
        User carol = studio.user("carol");
        studio.rate(carol, studio.show("Dune", null), 4);
        studio.profile(carol, "reads");

        assertThat(studio.json(studio.users.findAll(include(studio.profile))).get(0).fieldNames())
                .toIterable().containsExactly("id", "username", "joinedAt", "Profile");
        assertThat(studio.json(studio.users.findAll(include(studio.favorites))).get(0).fieldNames())
                .toIterable().containsExactly("id", "username", "joinedAt", "Favorites");
    }

    @DialectTest
    void pojosAreWrittenAsJacksonWritesThem(TestTarget target) {
        Studio studio = new Studio(target);
        Network hbo = studio.network("HBO");
        Show dune = studio.show("Dune", hbo);

        assertThat(studio.json(studio.networks.findAll(include(studio.catalog))))
                .isEqualTo(studio.expected(
                        "[{'id': %1$d, 'name': 'HBO', 'Catalog': [{'id': %2$d, 'title': 'Dune', 'NetworkId': %1$d}]}]"
                                .formatted(hbo.getId(), dune.id())));
    }

    @DialectTest
    void rowModelsWriteTheirAttributesThenTheirIncludes(TestTarget target) {
        Studio studio = new Studio(target);
        User dave = studio.user("dave");
        Row bio = studio.profile(dave, "sails");

        assertThat(studio.json(studio.profiles.findAll(include(studio.owner))))
                .isEqualTo(studio.expected("""
                        [{'id': %1$d, 'bio': 'sails', 'createdAt': '<instant>', 'updatedAt': '<instant>',
                          'UserId': %2$d,
                          'User': {'id': %2$d, 'username': 'dave', 'joinedAt': '2026-07-05T09:30:00Z'}}]
                        """.formatted(bio.getLong("id"), dave.id())));
    }

    @DialectTest
    void aLinkWithoutJoinAttributesLeavesTheJoinModelOut(TestTarget target) {
        Studio studio = new Studio(target);
        User erin = studio.user("erin");
        Show dune = studio.show("Dune", null);
        studio.rate(erin, dune, 3);

        assertThat(studio.json(studio.users.findAll(include(studio.favorites).throughAttributes())))
                .isEqualTo(studio.expected("""
                        [{'id': %d, 'username': 'erin', 'joinedAt': '2026-07-05T09:30:00Z',
                          'Favorites': [{'id': %d, 'title': 'Dune', 'NetworkId': null}]}]
                        """.formatted(erin.id(), dune.id())));
        assertThat(studio.json(studio.users.findAll(include(studio.favorites).throughAttributes("rating")))
                .at("/0/Favorites/0/UserFavorites")).isEqualTo(studio.expected("{'rating': 3}"));
    }
}
