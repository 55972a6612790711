package dev.junction.spring.app.models;

import static dev.junction.association.Associations.as;

import dev.junction.Models;
import dev.junction.annotation.Column;

/** A user, with the shows she likes ({@code Favorites}) declared in her model's own hook. */
public record User(Long id, @Column(unique = true, allowNull = false) String username) {

    static void associate(Models models) {
        models.model(User.class).belongsToMany(models.model(Show.class), as("Favorites").through("UserFavorites"));
    }
}
