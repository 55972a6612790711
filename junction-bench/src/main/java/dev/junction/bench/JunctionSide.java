package dev.junction.bench;

import static dev.junction.association.Associations.as;
import static dev.junction.association.Associations.through;

import dev.junction.Junction;
import dev.junction.JunctionConfig;
import dev.junction.Model;
import dev.junction.Row;
import dev.junction.association.BelongsToMany;

/**
 * Junction as a user writes it: two record models, the many-to-many declared in one line, the join model reached by
 * name. Its pool is Junction's own (HikariCP, ten connections). Timestamps are off so that every contender writes
 * the same columns.
 *
 * @param db        the open Junction
 * @param users     the User model ({@code "Users"})
 * @param shows     the Show model ({@code "Shows"})
 * @param favorites User belongsToMany Show through UserFavorites
 * @param links     the join model, {@code "UserFavorites"}
 */
public record JunctionSide(Junction db, Model<User> users, Model<Show> shows, BelongsToMany<User, Show> favorites,
                           Model<Row> links) implements AutoCloseable {

    /** A user. */
    public record User(Long id, String username) {
    }

    /** A show. */
    public record Show(Long id, String title) {
    }

    /** Opens Junction on {@code place} and defines the models (without touching the tables). */
    public static JunctionSide open(BenchDatabase.Place place) {
        Junction db = Junction.open(JunctionConfig.builder().url(place.url()).user(place.user())
                .password(place.password()).timestamps(false).build());
        Model<User> users = db.define(User.class);
        Model<Show> shows = db.define(Show.class);
        BelongsToMany<User, Show> favorites = users.belongsToMany(shows, as("Favorites").through("UserFavorites"));
        shows.belongsToMany(users, through("UserFavorites"));
        return new JunctionSide(db, users, shows, favorites, db.model("UserFavorites"));
    }

    @Override
    public void close() {
        db.close();
    }
}
