package dev.junction.sandcastle.web.models;

import static dev.junction.association.Associations.as;

import dev.junction.Models;
import dev.junction.annotation.Column;

/** A townsperson with favourite TV shows, as in the sandcastle town. */
public record User(Long id, @Column(unique = true, allowNull = false) String username) {

    static void associate(Models models) {
        models.model(User.class).belongsToMany(models.model(Show.class), as("Favorites").through("UserFavorites"));
    }
}
