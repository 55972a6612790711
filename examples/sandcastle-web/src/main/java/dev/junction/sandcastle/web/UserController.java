package dev.junction.sandcastle.web;

import dev.junction.query.Loaded;
import dev.junction.sandcastle.web.models.User;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /users/{id}}: the user with her favourite shows, as Sequelize's {@code toJSON} writes an instance read
 * with {@code include} (junction-jackson's module, a bean Spring's ObjectMapper picks up).
 * {@code POST /users/{id}/favorites} with {@code {"showId": 3}}: adds a favourite, answers the user as GET does.
 */
@RestController
public class UserController {
    private final Favorites favorites;

    public UserController(Favorites favorites) {
        this.favorites = favorites;
    }

    /** The body of {@code POST /users/{id}/favorites}. */
    public record NewFavorite(Long showId) { }

    @GetMapping("/users/{id}")
    public Loaded<User> user(@PathVariable long id) {
        return favorites.user(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "No user " + id));
    }

    @PostMapping("/users/{id}/favorites")
    public Loaded<User> addFavorite(@PathVariable long id, @RequestBody NewFavorite favorite) {
        if (favorite == null || favorite.showId() == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "showId is required");
        }
        return favorites.add(id, favorite.showId()).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.NOT_FOUND, "No user " + id + " or no show " + favorite.showId()));
    }
}
