package dev.junction.sandcastle.web.models;

import static dev.junction.association.Associations.through;

import dev.junction.Models;
import dev.junction.annotation.Column;
import dev.junction.association.AssociationKey;
import dev.junction.association.BelongsToManyKey;

/**
 * A townsperson with favourite TV shows, as in the sandcastle town. Her {@code FAVORITES} key is also a bean (the
 * starter's {@code user.favorites}): {@code Favorites} is given the handle rather than looking it up.
 */
public record User(Long id, @Column(unique = true, allowNull = false) String username) {
    public static final BelongsToManyKey<User, Show> FAVORITES =
            AssociationKey.belongsToMany(User.class, "Favorites", Show.class);

    static void associate(Models models) {
        models.model(User.class).belongsToMany(models.model(Show.class), FAVORITES, through("UserFavorites"));
    }
}
