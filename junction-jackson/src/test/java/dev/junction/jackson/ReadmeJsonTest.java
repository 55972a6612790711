package dev.junction.jackson;

import static dev.junction.association.Associations.as;
import static dev.junction.query.Include.include;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.junction.Junction;
import dev.junction.association.BelongsToMany;
import dev.junction.association.HasOne;
import dev.junction.query.Loaded;
import dev.junction.query.Query;
import dev.junction.schema.DataType;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The README's "JSON output" example, as written there, on every database; its output is compared with the JSON
 * block the README shows (keys and timestamps normalised).
 */
class ReadmeJsonTest {
    record User(Long id, String username, Instant joinedAt) { }

    record Show(Long id, String title) { }

    record Profile(Long id, String bio, Long UserId) { }

    @DialectTest
    void theJsonOutputExample(TestTarget target) throws Exception {
        Junction db = target.open();
        db.define(User.class);
        db.define(Show.class);
        db.define(Profile.class);
        db.define("UserFavorites", m -> m.attribute("rating", DataType.integer()));
        BelongsToMany<User, Show> favorites = db.model(User.class).belongsToMany(db.model(Show.class),
                as("Favorites").through("UserFavorites"));
        HasOne<User, Profile> profile = db.model(User.class).hasOne(db.model(Profile.class));
        db.sync();
        User alice = db.model(User.class).create(new User(null, "alice", Instant.parse("2026-07-05T09:30:00Z")));
        favorites.add(alice, List.of(db.model(Show.class).create(new Show(null, "Dune"))), Map.of("rating", 5));

        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();   // Spring Boot registers it by itself
        List<Loaded<User>> users = db.model(User.class).findAll(Query.all(), include(favorites), include(profile));
        String json = mapper.writeValueAsString(users);

        assertThat(normalised(mapper.readTree(json))).isEqualTo(normalised(mapper.readTree(readmeJson())));
        assertThat(mapper.readTree(json).at("/0/joinedAt").textValue()).isEqualTo("2026-07-05T09:30:00Z");
    }

    /** The JSON block of the README's "JSON output" section. */
    private static String readmeJson() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        String section = readme.substring(readme.indexOf("### JSON output (junction-jackson)"));
        int start = section.indexOf("```json\n") + "```json\n".length();
        return section.substring(start, section.indexOf("```", start));
    }

    /** Keys as {@code "<id>"}, timestamps as {@code "<instant>"} (checked to be ISO-8601 first). */
    private static JsonNode normalised(JsonNode node) {
        return keysNormalised(Studio.normalised(node));
    }

    private static JsonNode keysNormalised(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.properties().forEach(field -> {
                String name = field.getKey();
                if ((name.equals("id") || name.endsWith("Id")) && field.getValue().isIntegralNumber()) {
                    field.setValue(TextNode.valueOf("<id>"));
                }
            });
        }
        node.forEach(ReadmeJsonTest::keysNormalised);
        return node;
    }
}
