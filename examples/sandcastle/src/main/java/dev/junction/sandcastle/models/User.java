package dev.junction.sandcastle.models;

import static dev.junction.association.Associations.through;

import dev.junction.Models;
import dev.junction.annotation.Column;
import dev.junction.association.AssociationKey;
import dev.junction.association.BelongsToManyKey;
import dev.junction.association.Through;

/** A townsperson who has favourite TV shows, watches them, follows other users and votes for sandcastles. */
public record User(Long id, @Column(unique = true, allowNull = false) String username) {
    /** The lesson's favourite shows (join table UserFavorites). */
    public static final BelongsToManyKey<User, Show> FAVORITES =
            AssociationKey.belongsToMany(User.class, "Favorites", Show.class);
    /** Every time the user watched a show (join model Viewing, one row per viewing). */
    public static final BelongsToManyKey<User, Show> WATCHED =
            AssociationKey.belongsToMany(User.class, "Watched", Show.class);
    /** The users who follow this one (join table Follows). */
    public static final BelongsToManyKey<User, User> FOLLOWERS =
            AssociationKey.belongsToMany(User.class, "Followers", User.class);
    /** The users this one follows. */
    public static final BelongsToManyKey<User, User> FOLLOWING =
            AssociationKey.belongsToMany(User.class, "Following", User.class);
    /** The sandcastles the user voted for in the contest (join model Vote, with stars). */
    public static final BelongsToManyKey<User, Sandcastle> VOTED_FOR =
            AssociationKey.belongsToMany(User.class, "VotedFor", Sandcastle.class);

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
        users.belongsToMany(shows, FAVORITES, through("UserFavorites"));
        users.belongsToMany(shows, WATCHED, through(Through.of(Viewing.class).unique(false)));
        users.belongsToMany(users, FOLLOWERS, through("Follows").foreignKey("followingId").otherKey("followerId"));
        users.belongsToMany(users, FOLLOWING, through("Follows").foreignKey("followerId").otherKey("followingId"));
        users.belongsToMany(models.model(Sandcastle.class), VOTED_FOR, through(Vote.class));
    }
}
