package dev.junction.testing;

import static dev.junction.association.Associations.as;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.association.BelongsTo;
import dev.junction.association.BelongsToMany;
import dev.junction.association.HasMany;
import dev.junction.association.HasOne;

/**
 * A synced database with one association of every kind — users' favourite shows (belongsToMany), a user's profile
 * (hasOne), a beach's sandcastles (hasMany), a sandcastle's beach (belongsTo) — and one row of each end: alice, who
 * favours Dune, the beach Bondi and the sandcastle Keep (not yet on it). For tests that go over every kind at once.
 */
public final class EveryKind {
    public record User(Long id, String username) { }

    public record Show(Long id, String title) { }

    public record Profile(Long id, String bio) { }

    public record Beach(Long id, String name) { }

    public record Sandcastle(Long id, String name) { }

    public final Junction db;
    public final Model<User> users;
    public final Model<Show> shows;
    public final Model<Profile> profiles;
    public final Model<Beach> beaches;
    public final Model<Sandcastle> sandcastles;
    public final BelongsToMany<User, Show> favorites;
    public final HasOne<User, Profile> profile;
    public final HasMany<Beach, Sandcastle> castles;
    public final BelongsTo<Sandcastle, Beach> beach;
    public final User alice;
    public final Show dune;
    public final Beach bondi;
    public final Sandcastle keep;

    public EveryKind(TestTarget target) {
        db = target.open();
        users = db.define(User.class);
        shows = db.define(Show.class);
        profiles = db.define(Profile.class);
        beaches = db.define(Beach.class);
        sandcastles = db.define(Sandcastle.class);
        favorites = users.belongsToMany(shows, as("Favorites").through("UserFavorites"));
        profile = users.hasOne(profiles);
        castles = beaches.hasMany(sandcastles);
        beach = sandcastles.belongsTo(beaches);
        db.sync();
        alice = users.create(new User(null, "alice"));
        dune = shows.create(new Show(null, "Dune"));
        bondi = beaches.create(new Beach(null, "Bondi"));
        keep = sandcastles.create(new Sandcastle(null, "Keep"));
        favorites.add(alice, dune);
    }
}
