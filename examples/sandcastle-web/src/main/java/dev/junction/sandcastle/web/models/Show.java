package dev.junction.sandcastle.web.models;

import static dev.junction.association.Associations.through;

import dev.junction.Models;
import dev.junction.annotation.Column;

/** A TV show the town watches. */
public record Show(Long id, @Column(unique = true, allowNull = false) String title) {

    static void associate(Models models) {
        models.model(Show.class).belongsToMany(models.model(User.class), through("UserFavorites"));
    }
}
