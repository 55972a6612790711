package dev.junction.sandcastle.web;

import static dev.junction.query.Where.eq;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.junction.Model;
import dev.junction.association.BelongsToMany;
import dev.junction.sandcastle.web.models.Show;
import dev.junction.sandcastle.web.models.User;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The REST API end to end: the application as configured (H2, tables synced, {@code seeders/01-town.yaml} applied
 * at start-up) on a real server on a random port, called over HTTP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SandcastleWebTest {
    @Autowired TestRestTemplate http;
    @Autowired Model<User> users;
    @Autowired Model<Show> shows;
    @Autowired BelongsToMany<User, Show> favorites;

    @Test
    void getUserReturnsHerWithHerFavouritesAndTheirJoinRows() {
        User alice = user("alice");

        ResponseEntity<JsonNode> response = http.getForEntity("/users/{id}", JsonNode.class, alice.id());

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode body = response.getBody();
        assertThat(body.get("id").asLong()).isEqualTo(alice.id());
        assertThat(body.get("username").asText()).isEqualTo("alice");
        assertThat(body.get("Favorites").findValuesAsText("title")).containsExactlyInAnyOrder("Dune", "The Wire");
        JsonNode link = body.get("Favorites").get(0).get("UserFavorites");
        assertThat(link.get("UserId").asLong()).isEqualTo(alice.id());
        assertThat(link.get("createdAt").isTextual()).as("ISO-8601 text, by junction-jackson's module").isTrue();
    }

    @Test
    void postFavoriteAddsTheShowOnceAndAnswersTheUserAsGetDoes() {
        User bob = user("bob");
        Show severance = shows.findOne(eq("title", "Severance")).orElseThrow();

        ResponseEntity<JsonNode> added = http.postForEntity("/users/{id}/favorites",
                Map.of("showId", severance.id()), JsonNode.class, bob.id());
        http.postForEntity("/users/{id}/favorites", Map.of("showId", severance.id()), JsonNode.class, bob.id());

        assertThat(added.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(added.getBody().get("Favorites").findValuesAsText("title")).containsExactly("Severance");
        JsonNode again = http.getForObject("/users/{id}", JsonNode.class, bob.id());
        assertThat(again.get("Favorites").findValuesAsText("title")).containsExactly("Severance");
    }

    @Test
    void anUnknownUserOrShowIsNotFoundAndAMissingShowIdABadRequest() {
        User alice = user("alice");
        long noShow = shows.findAll().stream().mapToLong(Show::id).max().orElseThrow() + 1;

        assertThat(http.getForEntity("/users/{id}", String.class, alice.id() + 100).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.postForEntity("/users/{id}/favorites", Map.of("showId", noShow), String.class, alice.id())
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.postForEntity("/users/{id}/favorites", Map.of(), String.class, alice.id())
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(favorites.count(alice)).isEqualTo(2);
    }

    private User user(String username) {
        return users.findOne(eq("username", username)).orElseThrow();
    }
}
