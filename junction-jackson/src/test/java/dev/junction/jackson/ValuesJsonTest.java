package dev.junction.jackson;

import static dev.junction.query.Include.include;
import static dev.junction.query.Order.asc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import dev.junction.Row;
import dev.junction.association.Linked;
import dev.junction.jackson.Studio.Show;
import dev.junction.jackson.Studio.User;
import dev.junction.query.Loaded;
import dev.junction.query.Query;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rows, links and dates as JSON, and a mapper as an application has one, with the module found on the classpath. */
class ValuesJsonTest {

    @DialectTest
    void aListOfLoadedIsWrittenByAMapperThatFoundTheModuleItself(TestTarget target) throws Exception {
        Studio studio = new Studio(target);
        User alice = studio.user("alice");
        Show dune = studio.show("Dune", null);
        studio.rate(alice, dune, 5);
        List<Loaded<User>> users = studio.users.findAll(Query.all(), include(studio.favorites));
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();   // as Spring Boot's mapper does

        String json = mapper.writeValueAsString(users);

        assertThat(Studio.normalised(mapper.readTree(json))).isEqualTo(studio.expected("""
                [{'id': %1$d, 'username': 'alice', 'joinedAt': '2026-07-05T09:30:00Z',
                  'Favorites': [{'id': %2$d, 'title': 'Dune', 'NetworkId': null,
                                 'UserFavorites': {'UserId': %1$d, 'ShowId': %2$d, 'rating': 5,
                                                   'createdAt': '<instant>', 'updatedAt': '<instant>'}}]}]
                """.formatted(alice.id(), dune.id())));
    }

    @DialectTest
    void withoutTheModuleJacksonCannotWriteLoaded(TestTarget target) {
        Studio studio = new Studio(target);
        studio.user("bob");
        List<Loaded<User>> users = studio.users.findAll(Query.all(), include(studio.profile));

        assertThatThrownBy(() -> new ObjectMapper().writeValueAsString(users))
                .isInstanceOf(InvalidDefinitionException.class).hasMessageContaining("LoadedNode");
    }

    @DialectTest
    void linkedTargetsCarryTheirJoinRowUnderTheJoinModelsName(TestTarget target) {
        Studio studio = new Studio(target);
        User carol = studio.user("carol");
        Show dune = studio.show("Dune", null);
        Show arrival = studio.show("Arrival", null);
        studio.rate(carol, dune, 4);
        studio.rate(carol, arrival, 2);

        assertThat(studio.json(studio.favorites.getLinked(carol, Query.all().order(asc("title")), null)))
                .isEqualTo(studio.expected("""
                        [{'id': %2$d, 'title': 'Arrival', 'NetworkId': null,
                          'UserFavorites': {'UserId': %1$d, 'ShowId': %2$d, 'rating': 2,
                                            'createdAt': '<instant>', 'updatedAt': '<instant>'}},
                         {'id': %3$d, 'title': 'Dune', 'NetworkId': null,
                          'UserFavorites': {'UserId': %1$d, 'ShowId': %3$d, 'rating': 4,
                                            'createdAt': '<instant>', 'updatedAt': '<instant>'}}]
                        """.formatted(carol.id(), arrival.id(), dune.id())));
    }

    @DialectTest
    void aRowIsItsAttributesInAttributeOrderWhateverTheMapperDoesWithMaps(TestTarget target) throws Exception {
        Studio studio = new Studio(target);
        User dave = studio.user("dave");
        Row bio = studio.profile(dave, "sails");
        ObjectMapper sorting = new ObjectMapper().registerModule(new JunctionModule())
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

        List<Row> rows = studio.profiles.findAll();
        JsonNode json = Studio.normalised(sorting.readTree(sorting.writeValueAsString(rows)));

        assertThat(json.get(0).fieldNames()).toIterable().containsExactlyElementsOf(rows.get(0).keySet());
        assertThat(json).isEqualTo(studio.expected("""
                [{'id': %d, 'bio': 'sails', 'createdAt': '<instant>', 'updatedAt': '<instant>', 'UserId': %d}]
                """.formatted(bio.getLong("id"), dave.id())));
    }

    @DialectTest
    void timestampsAreIsoTextOfTheStoredInstant(TestTarget target) throws Exception {
        Studio studio = new Studio(target);
        User erin = studio.user("erin");
        Row bio = studio.profile(erin, "swims");
        ObjectMapper mapper = new ObjectMapper().registerModule(new JunctionModule());

        JsonNode json = mapper.readTree(mapper.writeValueAsString(studio.profiles.findAll()));

        assertThat(Instant.parse(json.get(0).get("createdAt").textValue())).isEqualTo(bio.getInstant("createdAt"));
        assertThat(json.get(0).get("createdAt").textValue()).endsWith("Z");
    }

    @Test
    void aLinkMadeWithoutItsJoinModelsNameIsAClearError() throws Exception {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JunctionModule());
        Linked<Show> made = new Linked<>(new Show(1L, "Dune", null), Row.of("rating", 5), null);

        assertThatThrownBy(() -> mapper.writeValueAsString(made)).isInstanceOf(JsonMappingException.class)
                .hasMessageContaining("join model's name");
        assertThat(mapper.writeValueAsString(new Linked<>(new Show(1L, "Dune", null), new Row(), null)))
                .isEqualTo("{\"id\":1,\"title\":\"Dune\",\"NetworkId\":null}");
    }

    @Test
    void javaTimeValuesAreIsoTextUnlessTheMapperChoseAFormat() throws Exception {
        Map<String, Object> values = Map.of("at", Instant.parse("2026-07-05T09:30:00.250Z"),
                "on", LocalDate.of(2026, 7, 5));
        ObjectMapper plain = new ObjectMapper().registerModule(new JunctionModule());
        ObjectMapper chosen = new ObjectMapper();
        chosen.configOverride(LocalDate.class).setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.ARRAY));
        chosen.registerModule(new JunctionModule());

        assertThat(plain.convertValue(values, new TypeReference<Map<String, Object>>() { }))
                .containsEntry("at", "2026-07-05T09:30:00.250Z").containsEntry("on", "2026-07-05");
        assertThat(chosen.writeValueAsString(Row.of("on", LocalDate.of(2026, 7, 5)))).isEqualTo("{\"on\":[2026,7,5]}");
    }
}
