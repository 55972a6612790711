package dev.junction.reliability;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the links should be after a log of operations, kept in memory: per user, a set of favourite shows (a unique
 * association) and a list of watched shows (unique(false): one entry per link row). The reference the database is
 * compared with. Thread-safe for callers that change one user from one thread at a time.
 */
final class LinkModel {
    private final Map<Long, Set<Long>> favorites = new ConcurrentHashMap<>();
    private final Map<Long, List<Long>> watched = new ConcurrentHashMap<>();

    void addFavorites(long user, Collection<Long> shows) {
        favorites.computeIfAbsent(user, u -> new TreeSet<>()).addAll(shows);
    }

    void removeFavorites(long user, Collection<Long> shows) {
        favorites.computeIfAbsent(user, u -> new TreeSet<>()).removeAll(shows);
    }

    void setFavorites(long user, Collection<Long> shows) {
        favorites.put(user, new TreeSet<>(shows));
    }

    void addWatched(long user, Collection<Long> shows) {
        watched.computeIfAbsent(user, u -> new ArrayList<>()).addAll(shows);
    }

    /** {@code remove} unlinks a target entirely: every link row to it goes. */
    void removeWatched(long user, Collection<Long> shows) {
        watched.computeIfAbsent(user, u -> new ArrayList<>()).removeAll(shows);
    }

    void setWatched(long user, Collection<Long> shows) {
        watched.put(user, new ArrayList<>(shows));
    }

    /** User id → favourite show ids, sorted; users without any are left out (as a table of links has no row). */
    Map<Long, List<Long>> favorites() {
        return sorted(favorites);
    }

    /** User id → watched show ids with repeats, sorted; users without any are left out. */
    Map<Long, List<Long>> watched() {
        return sorted(watched);
    }

    private static Map<Long, List<Long>> sorted(Map<Long, ? extends Collection<Long>> links) {
        Map<Long, List<Long>> out = new TreeMap<>();
        links.forEach((user, shows) -> {
            if (shows.isEmpty()) return;
            List<Long> list = new ArrayList<>(shows);
            list.sort(null);
            out.put(user, list);
        });
        return out;
    }
}
