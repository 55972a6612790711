package dev.junction.spring.app;

import dev.junction.Model;
import dev.junction.association.BelongsToMany;
import dev.junction.association.HasMany;
import dev.junction.spring.app.models.Episode;
import dev.junction.spring.app.models.Show;
import dev.junction.spring.app.models.User;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A service given association handles as beans: a {@code HasMany} by its type alone, and two
 * {@code BelongsToMany<User, Show>} told apart by their bean names.
 */
@Service
public class Premieres {
    private final Model<User> users;
    private final Model<Show> shows;
    private final BelongsToMany<User, Show> favorites;
    private final BelongsToMany<User, Show> watchlist;
    private final HasMany<Show, Episode> episodes;

    public Premieres(Model<User> users, Model<Show> shows,
                     @Qualifier("user.favorites") BelongsToMany<User, Show> favorites,
                     @Qualifier("user.watchlist") BelongsToMany<User, Show> watchlist,
                     HasMany<Show, Episode> episodes) {
        this.users = users;
        this.shows = shows;
        this.favorites = favorites;
        this.watchlist = watchlist;
        this.episodes = episodes;
    }

    /**
     * In one transaction: a new show with its pilot, a new user who likes it and means to watch its sequel; {@code
     * fail} throws after every write, so that all of them roll back.
     */
    @Transactional
    public User premiere(String username, String title, boolean fail) {
        User user = users.create(new User(null, username));
        Show show = shows.create(new Show(null, title));
        Show sequel = shows.create(new Show(null, title + " 2"));
        episodes.create(show, new Episode(null, "Pilot", null));
        favorites.add(user, show);
        watchlist.add(user, sequel);
        if (fail) throw new IllegalStateException("after the premiere");
        return user;
    }
}
