package dev.junction.sandcastle;

import static dev.junction.query.Include.include;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Row;
import dev.junction.association.BelongsTo;
import dev.junction.association.BelongsToMany;
import dev.junction.association.HasMany;
import dev.junction.association.Linked;
import dev.junction.query.Aggregate;
import dev.junction.query.GroupBy;
import dev.junction.query.Loaded;
import dev.junction.query.Order;
import dev.junction.query.Query;
import dev.junction.query.Where;
import dev.junction.sandcastle.models.Beach;
import dev.junction.sandcastle.models.Lifeguard;
import dev.junction.sandcastle.models.Sandcastle;
import dev.junction.sandcastle.models.SandcastleType;
import dev.junction.sandcastle.models.Show;
import dev.junction.sandcastle.models.Tool;
import dev.junction.sandcastle.models.User;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The town's report, read with eager loading: every section is one query for its rows plus one per include level,
 * whatever the size of the town. Ids and timestamps are never printed, so the report is the same on every
 * database.
 */
final class TownReport {
    private final Model<User> users;
    private final Model<Show> shows;
    private final Model<Lifeguard> lifeguards;
    private final Model<Beach> beaches;
    private final Model<SandcastleType> types;
    private final BelongsToMany<User, Show> favorites;
    private final BelongsToMany<Show, User> fans;
    private final BelongsToMany<User, Show> watched;
    private final BelongsToMany<User, User> following;
    private final BelongsToMany<Lifeguard, Beach> shifts;
    private final BelongsToMany<Beach, Lifeguard> guards;
    private final BelongsToMany<SandcastleType, Tool> tools;
    private final HasMany<Beach, Sandcastle> castles;
    private final BelongsTo<Sandcastle, SandcastleType> castleType;
    private final Model<Sandcastle> sandcastles;
    private final BelongsToMany<Sandcastle, User> voters;

    TownReport(Junction db) {
        users = db.model(User.class);
        shows = db.model(Show.class);
        lifeguards = db.model(Lifeguard.class);
        beaches = db.model(Beach.class);
        types = db.model(SandcastleType.class);
        favorites = db.association(User.FAVORITES);
        fans = db.association(Show.FANS);
        watched = db.association(User.WATCHED);
        following = db.association(User.FOLLOWING);
        shifts = db.association(Lifeguard.BEACHES);
        guards = db.association(Beach.LIFEGUARDS);
        tools = db.association(SandcastleType.TOOLS);
        castles = db.association(Beach.SANDCASTLES);
        sandcastles = db.model(Sandcastle.class);
        castleType = db.association(Sandcastle.TYPE);
        voters = db.association(Sandcastle.VOTERS);
    }

    void print(PrintWriter out) {
        favourites(out);
        mostFavourited(out);
        viewings(out);
        lifeguardShifts(out);
        beachesOpenClosedAndGone(out);
        toolsPerType(out);
        sandcastlesPerBeach(out);
        beachCounts(out);
        contest(out);
        follows(out);
    }

    private void favourites(PrintWriter out) {
        heading(out, "Favourite shows");
        for (Loaded<User> user : users.findAll(byName("username"), include(favorites).order(Order.asc("title")))) {
            List<String> titles = user.get(favorites).stream().map(Show::title).toList();
            out.println("  " + user.get().username() + ": " + (titles.isEmpty() ? "—" : String.join(", ", titles)));
        }
    }

    /** Shows by fan count: a count-only include, one GROUP BY for all shows, no fan read. */
    private void mostFavourited(PrintWriter out) {
        heading(out, "Most favourited shows");
        List<Loaded<Show>> loaded = new ArrayList<>(shows.findAll(byName("title"),
                include(fans).required().countOnly()));
        loaded.sort(Comparator.comparingLong((Loaded<Show> s) -> -s.count(fans)).thenComparing(s -> s.get().title()));
        for (Loaded<Show> show : loaded) {
            long count = show.count(fans);
            out.println("  " + show.get().title() + ": " + count + (count == 1 ? " fan" : " fans"));
        }
    }

    /** How many times each user watched each show: one GROUP BY over the Viewings join rows, counted there. */
    private void viewings(PrintWriter out) {
        heading(out, "Who watched what");
        Map<Long, String> titles = shows.findAll().stream().collect(Collectors.toMap(Show::id, Show::title));
        Map<Long, Map<String, Long>> times = new HashMap<>();
        String user = watched.foreignKey();
        String show = watched.otherKey();
        for (Row pair : watched.through().aggregate(GroupBy.groupBy(user, show), Aggregate.count())) {
            times.computeIfAbsent(pair.getLong(user), u -> new TreeMap<>())
                    .put(titles.get(pair.getLong(show)), pair.getLong("count"));
        }
        for (User viewer : users.findAll(byName("username"))) {
            Map<String, Long> watchedTimes = times.get(viewer.id());
            if (watchedTimes == null) continue;
            out.println("  " + viewer.username() + ": " + watchedTimes.entrySet().stream()
                    .map(e -> e.getKey() + " ×" + e.getValue()).collect(Collectors.joining(", ")));
        }
    }

    private void lifeguardShifts(PrintWriter out) {
        heading(out, "Lifeguards and their shifts");
        for (Loaded<Lifeguard> guard : lifeguards.findAll(byName("name"), include(shifts))) {
            Map<String, List<String>> byBeach = new TreeMap<>();
            for (Linked<Beach> shift : guard.linked(shifts)) {
                Row row = shift.through();
                byBeach.computeIfAbsent(shift.target().name(), b -> new ArrayList<>())
                        .add(row.get("day") + " " + row.getInteger("hours") + "h");
            }
            byBeach.values().forEach(java.util.Collections::sort);
            String certified = guard.get().certifiedOn() == null ? "" : " (certified " + guard.get().certifiedOn() + ")";
            out.println("  " + guard.get().name() + certified + ": " + (byBeach.isEmpty() ? "no shifts" : byBeach.entrySet()
                    .stream().map(e -> e.getKey() + " (" + String.join(", ", e.getValue()) + ")")
                    .collect(Collectors.joining("; "))));
        }
    }

    /**
     * Every read of Beach hides closed beaches (its default scope) and soft-deleted ones; a scope or
     * {@code withDeleted()} shows them, with the shifts worked there.
     */
    private void beachesOpenClosedAndGone(PrintWriter out) {
        heading(out, "Beaches open, closed and gone");
        out.println("  open: " + beaches.findAll(byName("name")).stream().map(Beach::name)
                .collect(Collectors.joining(", ")));
        out.println("  closed for the season: " + beaches.scoped("closed").findAll(byName("name")).stream()
                .map(Beach::name).collect(Collectors.joining(", ")));
        for (Loaded<Beach> gone : beaches.findAll(byName("name").and(Where.not(Where.isNull("deletedAt"))).withDeleted(),
                include(guards))) {
            out.println("  taken by the sea: " + gone.get().name() + ", still on record with shifts by "
                    + gone.linked(guards).stream().map(s -> s.target().name() + " " + s.through().get("day"))
                    .sorted().collect(Collectors.joining(", ")));
        }
    }

    private void toolsPerType(PrintWriter out) {
        heading(out, "Tools for each sandcastle type");
        for (Loaded<SandcastleType> type : types.findAll(byName("name"), include(tools).order(Order.asc("name")))) {
            String list = type.linked(tools).stream()
                    .map(t -> t.through().getInteger("quantity") + " × " + t.target().name())
                    .collect(Collectors.joining(", "));
            out.println("  " + type.get().name() + ": " + (list.isEmpty() ? "—" : list));
        }
    }

    private void sandcastlesPerBeach(PrintWriter out) {
        heading(out, "Sandcastles on each beach");
        for (Loaded<Beach> beach : beaches.findAll(byName("name"),
                include(castles).order(Order.asc("name")).include(include(castleType)))) {
            List<Loaded<Sandcastle>> built = beach.loaded(castles);
            out.println("  " + beach.get().name() + ":" + (built.isEmpty() ? " no sandcastles yet" : ""));
            for (Loaded<Sandcastle> castle : built) {
                String type = castle.get(castleType).map(SandcastleType::name).orElse("freestyle");
                String day = castle.get().builtOn() == null ? "" : ", built " + castle.get().builtOn();
                out.println("    - " + castle.get().name() + " (" + type + ", " + castle.get().height() + " cm"
                        + day + ")");
            }
        }
    }

    /**
     * How many castles were built on each open beach and how many lifeguard shifts it has: counted by the database,
     * one GROUP BY per association for all beaches ({@code countAll}), nothing loaded.
     */
    private void beachCounts(PrintWriter out) {
        heading(out, "Each beach at a glance");
        List<Beach> open = beaches.findAll(byName("name"));
        Map<Beach, Long> built = castles.countAll(open);
        Map<Beach, Long> onShift = guards.countAll(open);
        for (Beach beach : open) {
            long castleCount = built.getOrDefault(beach, 0L);
            long shiftCount = onShift.getOrDefault(beach, 0L);
            out.println("  " + beach.name() + ": " + castleCount + (castleCount == 1 ? " sandcastle" : " sandcastles")
                    + " built, " + shiftCount + (shiftCount == 1 ? " lifeguard shift" : " lifeguard shifts"));
        }
    }

    /** The castles with votes, best average first, each vote's stars by voter name. */
    private void contest(PrintWriter out) {
        heading(out, "Sandcastle contest");
        List<Loaded<Sandcastle>> entries = new ArrayList<>(sandcastles.findAll(byName("name"),
                include(voters).order(Order.asc("username")).required()));
        entries.sort(Comparator.comparingDouble((Loaded<Sandcastle> c) -> -averageStars(c))
                .thenComparing(c -> c.get().name()));
        for (Loaded<Sandcastle> castle : entries) {
            List<Linked<User>> votes = castle.linked(voters);
            out.println("  " + castle.get().name() + ": " + String.format(Locale.ROOT, "%.1f", averageStars(castle))
                    + " stars from " + votes.size() + (votes.size() == 1 ? " vote" : " votes") + " (" + votes.stream()
                    .map(v -> v.target().username() + " " + v.through().getInteger("stars"))
                    .collect(Collectors.joining(", ")) + ")");
        }
    }

    private double averageStars(Loaded<Sandcastle> castle) {
        return castle.linked(voters).stream().mapToInt(v -> v.through().getInteger("stars")).average().orElse(0);
    }

    private void follows(PrintWriter out) {
        heading(out, "Who follows whom");
        for (Loaded<User> user : users.findAll(byName("username"),
                include(following).order(Order.asc("username")).required())) {
            out.println("  " + user.get().username() + " follows " + user.get(following).stream()
                    .map(User::username).collect(Collectors.joining(", ")));
        }
    }

    private static Query byName(String attribute) {
        return Query.all().order(Order.asc(attribute));
    }

    private static void heading(PrintWriter out, String title) {
        out.println();
        out.println(title);
    }
}
