package dev.junction.spring.app.models;

import static dev.junction.association.Associations.through;

import dev.junction.Model;
import dev.junction.Models;
import dev.junction.annotation.Column;
import dev.junction.association.AssociationKey;
import dev.junction.association.BelongsToManyKey;

/**
 * A user, with the shows she likes ({@code Favorites}) and those she means to watch ({@code Watchlist}), declared in
 * her model's own hook with keys: two handles of one type, which the starter registers as {@code user.favorites} and
 * {@code user.watchlist}.
 */
public record User(Long id, @Column(unique = true, allowNull = false) String username) {
    public static final BelongsToManyKey<User, Show> FAVORITES =
            AssociationKey.belongsToMany(User.class, "Favorites", Show.class);
    public static final BelongsToManyKey<User, Show> WATCHLIST =
            AssociationKey.belongsToMany(User.class, "Watchlist", Show.class);

    static void associate(Models models) {
        Model<User> users = models.model(User.class);
        users.belongsToMany(models.model(Show.class), FAVORITES, through("UserFavorites"));
        users.belongsToMany(models.model(Show.class), WATCHLIST, through("UserWatchlist"));
    }
}
