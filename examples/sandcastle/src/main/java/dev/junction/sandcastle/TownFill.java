package dev.junction.sandcastle;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.association.BelongsToMany;
import dev.junction.association.Link;
import dev.junction.sandcastle.models.Beach;
import dev.junction.sandcastle.models.Lifeguard;
import dev.junction.sandcastle.models.Sandcastle;
import dev.junction.sandcastle.models.SandcastleType;
import dev.junction.sandcastle.models.Show;
import dev.junction.sandcastle.models.Tool;
import dev.junction.sandcastle.models.User;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Fills an empty town through the association accessors, in one transaction; a filled town is left alone. */
final class TownFill {
    private TownFill() {
    }

    static void fillOnce(Junction db) {
        Model<User> users = db.model(User.class);
        if (users.count() > 0) return;
        db.useTransaction(tx -> fill(db, users));
    }

    private static void fill(Junction db, Model<User> users) {
        Model<Show> shows = db.model(Show.class);
        Model<Beach> beaches = db.model(Beach.class);
        Model<Lifeguard> lifeguards = db.model(Lifeguard.class);
        Model<SandcastleType> types = db.model(SandcastleType.class);
        Model<Tool> tools = db.model(Tool.class);
        Model<Sandcastle> castles = db.model(Sandcastle.class);
        List<User> u = users.bulkCreate(List.of(new User("alice"), new User("bob"), new User("carol")));
        List<Show> s = shows.bulkCreate(List.of(new Show("Dune"), new Show("Arrival"), new Show("Baywatch")));
        BelongsToMany<User, Show> favorites = users.belongsToMany("Favorites", Show.class);
        favorites.add(u.get(0), s.get(0), s.get(1));
        favorites.add(u.get(1), s.get(0));
        BelongsToMany<User, Show> watched = users.belongsToMany("Watched", Show.class);
        Instant now = Instant.parse("2026-07-01T20:00:00Z");
        watched.add(u.get(0), List.of(s.get(0), s.get(0), s.get(2)), Map.of("watchedAt", now));
        users.belongsToMany("Following", User.class).add(u.get(0), u.get(1), u.get(2));
        List<Beach> b = beaches.bulkCreate(List.of(new Beach("North Beach"), new Beach("Dune Cove"),
                new Beach("Pier Point")));
        List<Lifeguard> l = lifeguards.bulkCreate(List.of(new Lifeguard("Maya"), new Lifeguard("Theo")));
        lifeguards.belongsToMany("Beaches", Beach.class).add(l.get(0), List.of(
                Link.of(b.get(0), Map.of("day", LocalDate.parse("2026-07-01"), "hours", 8)),
                Link.of(b.get(0), Map.of("day", LocalDate.parse("2026-07-02"), "hours", 6)),
                Link.of(b.get(1), Map.of("day", LocalDate.parse("2026-07-03"), "hours", 4))), Map.of());
        List<SandcastleType> t = types.bulkCreate(List.of(new SandcastleType("Keep"), new SandcastleType("Tower")));
        List<Tool> tl = tools.bulkCreate(List.of(new Tool("Bucket"), new Tool("Spade")));
        types.belongsToMany("Tools", Tool.class).add(t.get(0), List.of(
                Link.of(tl.get(0), Map.of("quantity", 2)), Link.of(tl.get(1), Map.of("quantity", 1))), Map.of());
        castles.bulkCreate(List.of(new Sandcastle(null, "Moat Manor", 40, b.get(0).id(), t.get(0).id()),
                new Sandcastle(null, "Tide Tower", 75, b.get(0).id(), t.get(1).id()),
                new Sandcastle(null, "Shell Keep", 30, b.get(1).id(), null)));
    }
}
