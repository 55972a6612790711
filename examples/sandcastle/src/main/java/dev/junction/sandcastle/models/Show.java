package dev.junction.sandcastle.models;

import static dev.junction.association.Associations.through;

import dev.junction.Models;
import dev.junction.annotation.Column;
import dev.junction.association.AssociationKey;
import dev.junction.association.BelongsToManyKey;
import dev.junction.association.Through;

/** A TV show the town watches. */
public record Show(Long id, @Column(unique = true, allowNull = false) String title) {
    /** The users who have the show among their favourites: the other side of {@link User#FAVORITES}. */
    public static final BelongsToManyKey<Show, User> FANS = AssociationKey.belongsToMany(Show.class, "Users",
            User.class);
    /** Every time a user watched the show: the other side of {@link User#WATCHED}. */
    public static final BelongsToManyKey<Show, User> VIEWERS = AssociationKey.belongsToMany(Show.class, "Viewers",
            User.class);

    public Show(String title) {
        this(null, title);
    }

    /** Titles are stored without surrounding blanks, however they were typed: runs before every create and update. */
    static Show beforeSave(Show show) {
        return show.title() == null ? show : new Show(show.id(), show.title().strip());
    }

    /**
     * The lesson's two declarations: the other side of the favourites, and the duplicates example — the same
     * pair may be linked many times, keyed by {@code show_id}, without foreign-key constraints.
     */
    static void associate(Models models) {
        var shows = models.model(Show.class);
        var users = models.model(User.class);
        shows.belongsToMany(users, FANS, through("UserFavorites"));
        shows.belongsToMany(users, VIEWERS, through(Through.of(Viewing.class).unique(false))
                .foreignKey("show_id").constraints(false));
    }
}
