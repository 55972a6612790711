package dev.junction.testing;

import static dev.junction.association.Associations.as;
import static dev.junction.association.Associations.through;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Row;
import dev.junction.association.BelongsToMany;
import dev.junction.schema.DataType;

/**
 * The lesson's users and shows as {@link Row} models ({@code name}, {@code title}) with favourites through
 * {@code UserFavorites}, synced. A test that wants join attributes of its own defines {@code UserFavorites} first.
 *
 * @param users     the users
 * @param shows     the shows
 * @param favorites users' favourite shows
 */
public record RowFavorites(Model<Row> users, Model<Row> shows, BelongsToMany<Row, Row> favorites) {
    /** Defines the two models and both sides of the many-to-many on {@code db}, and syncs. */
    public static RowFavorites define(Junction db) {
        Model<Row> users = db.define("User", m -> m.attribute("name", DataType.string(40)));
        Model<Row> shows = db.define("Show", m -> m.attribute("title", DataType.string(40)));
        BelongsToMany<Row, Row> favorites = users.belongsToMany(shows, as("Favorites").through("UserFavorites"));
        shows.belongsToMany(users, through("UserFavorites"));
        db.sync();
        return new RowFavorites(users, shows, favorites);
    }
}
