package dev.junction.reliability;

import dev.junction.reliability.Catalog.Show;
import dev.junction.reliability.Catalog.User;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * One association call on the {@link Catalog} — add, remove, set or create, on Favorites (unique) or Watched
 * (unique(false)) — that can be run against the database and applied to a {@link LinkModel}.
 *
 * @param kind    which call
 * @param user    whose links
 * @param targets the shows given to the call (none for create); may repeat a show
 */
record LinkOperation(Kind kind, User user, List<Show> targets) {

    enum Kind { ADD_FAVORITES, REMOVE_FAVORITES, SET_FAVORITES, CREATE_FAVORITE, ADD_WATCHED, REMOVE_WATCHED,
        SET_WATCHED, CREATE_WATCHED }

    /** A random operation on one of {@code users}, with up to four of {@code shows} (repeats possible). */
    static LinkOperation random(Random random, List<User> users, List<Show> shows) {
        Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
        User user = users.get(random.nextInt(users.size()));
        int count = switch (kind) {
            case CREATE_FAVORITE, CREATE_WATCHED -> 0;
            case SET_FAVORITES, SET_WATCHED -> random.nextInt(5);
            default -> 1 + random.nextInt(3);
        };
        List<Show> targets = new ArrayList<>();
        for (int i = 0; i < count; i++) targets.add(shows.get(random.nextInt(shows.size())));
        return new LinkOperation(kind, user, targets);
    }

    /**
     * Runs the call, then records its effect in {@code model}. A call that throws records nothing: every
     * association write is atomic, so a failed one changed nothing.
     */
    void run(Catalog c, LinkModel model) {
        long id = user.id();
        List<Long> shows = targets.stream().map(Show::id).toList();
        switch (kind) {
            case ADD_FAVORITES -> {
                c.favorites.add(user, targets.toArray());
                model.addFavorites(id, shows);
            }
            case REMOVE_FAVORITES -> {
                c.favorites.remove(user, targets.toArray());
                model.removeFavorites(id, shows);
            }
            case SET_FAVORITES -> {
                c.favorites.set(user, targets);
                model.setFavorites(id, shows);
            }
            case CREATE_FAVORITE -> model.addFavorites(id, List.of(c.favorites.create(user, newShow()).id()));
            case ADD_WATCHED -> {
                c.watched.add(user, targets.toArray());
                model.addWatched(id, shows);
            }
            case REMOVE_WATCHED -> {
                c.watched.remove(user, targets.toArray());
                model.removeWatched(id, shows);
            }
            case SET_WATCHED -> {
                c.watched.set(user, targets);
                model.setWatched(id, shows);
            }
            case CREATE_WATCHED -> model.addWatched(id, List.of(c.watched.create(user, newShow()).id()));
        }
    }

    private Show newShow() {
        return new Show(null, "made for " + user.username());
    }

    @Override
    public String toString() {
        String name = switch (kind) {
            case ADD_FAVORITES -> "favorites.add";
            case REMOVE_FAVORITES -> "favorites.remove";
            case SET_FAVORITES -> "favorites.set";
            case CREATE_FAVORITE -> "favorites.create";
            case ADD_WATCHED -> "watched.add";
            case REMOVE_WATCHED -> "watched.remove";
            case SET_WATCHED -> "watched.set";
            case CREATE_WATCHED -> "watched.create";
        };
        return name + "(" + user.username() + ", " + targets.stream().map(Show::title).toList() + ")";
    }
}
