package dev.junction.sandcastle.models;

import static dev.junction.association.Associations.through;

import dev.junction.Models;
import dev.junction.annotation.Column;

/** A kind of sandcastle, built with many kinds of tools. */
public record SandcastleType(Long id, @Column(unique = true, allowNull = false) String name) {
    public SandcastleType(String name) {
        this(null, name);
    }

    static void associate(Models models) {
        models.model(SandcastleType.class).belongsToMany(models.model(Tool.class),
                through(SandcastleTypeTool.class));
    }
}
