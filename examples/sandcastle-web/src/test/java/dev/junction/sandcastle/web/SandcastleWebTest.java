package dev.junction.sandcastle.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.junction.Model;
import dev.junction.sandcastle.web.models.Show;
import dev.junction.sandcastle.web.models.User;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** The REST API end to end: a real server on a random port, called over HTTP, on H2. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SandcastleWebTest {
    @Autowired TestRestTemplate http;
    @Autowired Model<User> users;
    @Autowired Model<Show> shows;
    @Autowired JdbcTemplate jdbc;

    private User alice;
    private Show dune;
    private Show severance;

    @BeforeEach
    void town() {
        jdbc.update("DELETE FROM \"UserFavorites\"");
        jdbc.update("DELETE FROM \"Users\"");
        jdbc.update("DELETE FROM \"Shows\"");
        alice = users.create(new User(null, "alice"));
        dune = shows.create(new Show(null, "Dune"));
        severance = shows.create(new Show(null, "Severance"));
        users.belongsToMany("Favorites", Show.class).add(alice, dune);
    }

    @Test
    void getUserReturnsHerWithHerFavouritesAndTheirJoinRows() {
        ResponseEntity<JsonNode> response = http.getForEntity("/users/{id}", JsonNode.class, alice.id());

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode body = response.getBody();
        assertThat(body.get("id").asLong()).isEqualTo(alice.id());
        assertThat(body.get("username").asText()).isEqualTo("alice");
        assertThat(body.get("Favorites")).hasSize(1);
        JsonNode favourite = body.get("Favorites").get(0);
        assertThat(favourite.get("title").asText()).isEqualTo("Dune");
        assertThat(favourite.get("UserFavorites").get("UserId").asLong()).isEqualTo(alice.id());
        assertThat(favourite.get("UserFavorites").get("createdAt").isTextual()).as("ISO-8601 text").isTrue();
    }

    @Test
    void postFavoriteAddsTheShowOnceAndAnswersTheUserAsGetDoes() {
        ResponseEntity<JsonNode> added = http.postForEntity("/users/{id}/favorites",
                Map.of("showId", severance.id()), JsonNode.class, alice.id());
        http.postForEntity("/users/{id}/favorites", Map.of("showId", severance.id()), JsonNode.class, alice.id());

        assertThat(added.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(added.getBody().get("Favorites").findValuesAsText("title")).containsExactlyInAnyOrder("Dune",
                "Severance");
        JsonNode again = http.getForObject("/users/{id}", JsonNode.class, alice.id());
        assertThat(again.get("Favorites").findValuesAsText("title")).containsExactlyInAnyOrder("Dune", "Severance");
    }

    @Test
    void anUnknownUserOrShowIsNotFoundAndAMissingShowIdABadRequest() {
        assertThat(http.getForEntity("/users/{id}", String.class, alice.id() + 100).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.postForEntity("/users/{id}/favorites", Map.of("showId", severance.id() + 100),
                String.class, alice.id()).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.postForEntity("/users/{id}/favorites", Map.of(), String.class, alice.id())
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(users.belongsToMany("Favorites", Show.class).count(alice)).isEqualTo(1);
    }
}
