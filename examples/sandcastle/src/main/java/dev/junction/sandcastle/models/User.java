package dev.junction.sandcastle.models;

import static dev.junction.association.Associations.as;
import static dev.junction.association.Associations.through;

import dev.junction.Models;
import dev.junction.annotation.Column;
import dev.junction.association.Through;

/** A townsperson who has favourite TV shows, watches them, follows other users and votes for sandcastles. */
public record User(Long id, @Column(unique = true, allowNull = false) String username) {
    public User(String username) {
        this(null, username);
    }

    /**
     * The lesson's favourites, the duplicates example seen from the user, who follows whom, and the sandcastles
     * the user voted for in the contest.
     */
    static void associate(Models models) {
        var users = models.model(User.class);
        var shows = models.model(Show.class);
        users.belongsToMany(shows, as("Favorites").through("UserFavorites"));
        users.belongsToMany(shows, as("Watched").through(Through.of(Viewing.class).unique(false)));
        users.belongsToMany(users, as("Followers").through("Follows").foreignKey("followingId")
                .otherKey("followerId"));
        users.belongsToMany(users, as("Following").through("Follows").foreignKey("followerId")
                .otherKey("followingId"));
        users.belongsToMany(models.model(Sandcastle.class), as("VotedFor").through(Vote.class));
    }
}
