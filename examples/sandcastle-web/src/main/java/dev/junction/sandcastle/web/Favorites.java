package dev.junction.sandcastle.web;

import static dev.junction.query.Include.include;

import dev.junction.Model;
import dev.junction.association.BelongsToMany;
import dev.junction.query.Loaded;
import dev.junction.sandcastle.web.models.Show;
import dev.junction.sandcastle.web.models.User;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The town's favourites: reading a user with hers, and adding one, each in one Spring transaction. */
@Service
public class Favorites {
    private final Model<User> users;
    private final Model<Show> shows;
    private final BelongsToMany<User, Show> favorites;

    /** {@code favorites} is the starter's bean of {@code User.FAVORITES}, the one {@code BelongsToMany<User, Show>}. */
    public Favorites(Model<User> users, Model<Show> shows, BelongsToMany<User, Show> favorites) {
        this.users = users;
        this.shows = shows;
        this.favorites = favorites;
    }

    /** The user with her favourite shows, or empty when there is no such user. */
    @Transactional(readOnly = true)
    public Optional<Loaded<User>> user(long id) {
        return users.findByPk(id, include(favorites));
    }

    /** Adds a show to the user's favourites (again is no change); empty when the user or the show does not exist. */
    @Transactional
    public Optional<Loaded<User>> add(long userId, long showId) {
        Optional<User> user = users.findByPk(userId);
        Optional<Show> show = shows.findByPk(showId);
        if (user.isEmpty() || show.isEmpty()) return Optional.empty();
        favorites.add(user.get(), show.get());
        return user(userId);
    }
}
