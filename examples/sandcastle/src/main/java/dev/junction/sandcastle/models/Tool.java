package dev.junction.sandcastle.models;

import static dev.junction.association.Associations.through;

import dev.junction.Models;
import dev.junction.annotation.Column;

/** A tool for building sandcastles: many tools build many kinds of sandcastles. */
public record Tool(Long id, @Column(unique = true, allowNull = false) String name) {
    public Tool(String name) {
        this(null, name);
    }

    static void associate(Models models) {
        models.model(Tool.class).belongsToMany(models.model(SandcastleType.class), through(SandcastleTypeTool.class));
    }
}
